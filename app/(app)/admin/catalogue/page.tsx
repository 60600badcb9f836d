import { isRectifyOutcome } from '@/lib/cases/dispositions';
import { DispositionRow, TopicForms } from '@/components/admin/catalogue-forms';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { loadCatalogue, REPLY_CELLS } from '@/lib/settings/dispositions';
import { listTopics } from '@/lib/settings/topics';
import { addTopicAction, saveDispositionAction, saveTopicAction } from './actions';
import { TableHead } from '@/components/ui/table-head';

export const metadata = { title: '办理选项' };

export default async function CataloguePage() {
  const actor = await requirePage('/admin/catalogue');
  const [catalogue, topics] = await Promise.all([loadCatalogue(db(), actor.agencyId), listTopics(db(), actor.agencyId)]);
  const cells = {
    '2017': REPLY_CELLS['2017'].map((r) => ({ code: r.code, label: r.label })),
    '2021': REPLY_CELLS['2021'].map((r) => ({ code: r.code, label: r.label })),
  };
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">办理选项</h1>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">处理结果及统计栏目</h2>
        <p className="text-sm text-slate-600">
          答复时可选的处理结果，以及每种结果在两种年度报表格式中计入的栏目。停用的处理结果不再供答复选择，已办结案件不受影响；更改栏目后，所有未冻结年度的报表按新的归类重新统计。
        </p>
        <table className="w-full bg-white text-sm">
          <TableHead columns={['名称', '启用', '2017年格式栏目', '2021年格式栏目', null]} />
          <tbody>
            {/* A 更正申请's outcomes are counted in no table (their cells stay empty): not the office's to map. */}
            {catalogue
              .filter((d) => !isRectifyOutcome(d.code))
              .map((d) => (
                <DispositionRow key={d.code} d={d} cells={cells} save={saveDispositionAction} />
              ))}
          </tbody>
        </table>
      </section>
      <section className="max-w-xl space-y-2">
        <h2 className="text-lg font-semibold">申请主题</h2>
        <p className="text-sm text-slate-600">登记申请时可选的主题。停用或改名不影响已登记案件上记载的主题。</p>
        <TopicForms topics={topics} add={addTopicAction} save={saveTopicAction} />
      </section>
    </section>
  );
}
