import { TopicForms } from '@/components/admin/catalogue-forms';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { listDepartments } from '@/lib/departments/departments';
import { addDepartmentAction, saveDepartmentAction } from './actions';

export const metadata = { title: '承办部门' };

export default async function DepartmentsPage() {
  const actor = await requirePage('/admin/departments');
  const departments = await listDepartments(db(), actor.agencyId);
  return (
    <section className="max-w-xl space-y-3">
      <h1 className="text-2xl font-semibold">承办部门</h1>
      <p className="text-sm text-slate-600">
        公开办可将申请转办至这些部门（多个部门即会签），由部门的承办人员签收、退回或提出拟办意见。新建“承办部门人员”用户时须选择其所在部门；停用的部门不再接受转办，已转办的记录不受影响。
      </p>
      <TopicForms
        topics={departments.map((d) => ({ id: d.id, name: d.name, active: d.active }))}
        add={addDepartmentAction}
        save={saveDepartmentAction}
        words={{ thing: '部门', addLabel: '新部门名称', placeholder: '例如：规划科', maxLength: 50 }}
      />
    </section>
  );
}
