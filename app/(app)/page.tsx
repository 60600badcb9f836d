import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';

export default async function Dashboard() {
  const actor = await requirePermission('dashboard.view');
  return (
    <section>
      <h1 className="text-2xl font-semibold">工作台</h1>
      <p className="mt-2 text-slate-600">您好，{actor.name}。当前角色：{ROLE_LABELS[actor.role]}。</p>
    </section>
  );
}
