import { Nav } from '@/components/nav';
import { menuFor } from '@/lib/auth/navigation';
import { ROLE_LABELS, can } from '@/lib/auth/permissions';
import { pendingForRequest } from './pending';
import { requirePermission } from '@/lib/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Every signed-in role may open the layout; each page checks its own permission.
  const actor = await requirePermission('account.self');
  const pending = can(actor.role, 'cases.create') ? await pendingForRequest(actor.agencyId) : 0;
  const items = menuFor(actor.role).map((m) => (m.href === '/submissions' && pending ? { ...m, badge: pending } : m));
  return (
    <>
      <Nav items={items} userLabel={`${actor.name}（${ROLE_LABELS[actor.role]}）`} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
