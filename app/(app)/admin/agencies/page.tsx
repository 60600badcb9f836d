import { AgencyCreateForm } from '@/components/admin/agency-create-form';
import { agencyTree, userCounts } from '@/lib/agencies/tree';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { AGENCY_LEVELS } from '@/lib/documents/remedy';
import { createAgencyAction } from './actions';
import { TableHead } from '@/components/ui/table-head';

export const metadata = { title: '下级机关' };

export default async function AgenciesPage() {
  const actor = await requirePage('/admin/agencies');
  const tree = await agencyTree(db(), actor.agencyId);
  const users = await userCounts(
    db(),
    tree.map((a) => a.id),
  );
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">下级机关</h1>
      <p className="text-sm text-slate-600">
        本机关及其下级机关。每个机关有自己的用户、令牌、机关信息、文书模板、主题和编号；本机关负责人可在“年度报表”查看汇总、在“督办”查看各下级机关的办理情况。
      </p>
      <table className="w-full bg-white text-sm" aria-label="机关树">
        <TableHead columns={['机关', '简称', '编号', '用户数']} />
        <tbody>
          {tree.map((a) => (
            <tr key={a.id} className="border-b">
              <td className="p-2" style={{ paddingLeft: `${0.5 + a.depth * 1.5}rem` }}>
                {a.depth ? '└ ' : ''}
                {a.name}
              </td>
              <td className="p-2">{a.shortName}</td>
              <td className="p-2">{a.id}</td>
              <td className="p-2">{users.get(a.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AgencyCreateForm
        parents={tree.map((a) => ({ id: a.id, label: `${'　'.repeat(a.depth)}${a.name}` }))}
        levels={Object.entries(AGENCY_LEVELS)}
        action={createAgencyAction}
      />
    </section>
  );
}
