import { Nav } from '@/components/nav';
import { menuFor } from '@/lib/auth/navigation';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Every signed-in role may open the layout; each page checks its own permission.
  const actor = await requirePermission('account.self');
  return (
    <>
      <Nav items={menuFor(actor.role)} userLabel={`${actor.name}（${ROLE_LABELS[actor.role]}）`} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
