import Link from 'next/link';
import { ROLE_LABELS, ROLE_QUEUE, can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { workloadCounts, yearSoFar } from '@/lib/cases/dashboard';
import { CHANNEL_LABELS } from '@/lib/cases/labels';
import { db } from '@/lib/db/client';
import { todayInChina, yearOf } from '@/lib/shared/dates';

export default async function Dashboard() {
  const actor = await requirePermission('dashboard.view');
  const showCases = can(actor.role, 'cases.view');
  const view = ROLE_QUEUE[actor.role];
  const scope = view === 'mine' ? { agencyId: actor.agencyId, assigneeId: actor.userId } : { agencyId: actor.agencyId };
  const counts = showCases ? await workloadCounts(db(), scope) : null;
  const year = yearOf(todayInChina());
  const ytd = can(actor.role, 'reports.view') ? await yearSoFar(db(), actor.agencyId, year) : null;
  const tiles: [string, number, string][] = counts
    ? [
        ['今日到期', counts.dueToday, `/cases?view=${view}&status=active&dueBefore=${todayInChina()}&sort=due`],
        ['3个工作日内到期', counts.dueSoon, `/cases?view=${view}&status=active&dueBefore=${counts.soon}&sort=due`],
        ['已超期', counts.overdue, `/cases?view=${view}&status=active&sort=due`],
        ['待补正', counts.correction, `/cases?view=${view}&status=correction`],
        ['征求意见中', counts.consulting, `/cases?view=${view}&status=consulting`],
        ['待送达', counts.toDeliver, `/cases?view=${view}&status=approved`],
        ['待审核', counts.review, '/cases?view=review'],
      ]
    : [];
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">工作台</h1>
        <p className="mt-1 text-slate-600">
          您好，{actor.name}。当前角色：{ROLE_LABELS[actor.role]}。
        </p>
      </div>
      {tiles.length ? (
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7" aria-label="待办统计">
          {tiles.map(([label, n, href]) => (
            <li key={label}>
              <Link
                href={href}
                className={`block rounded border bg-white p-3 hover:border-blue-400 ${label === '已超期' && n > 0 ? 'border-red-300' : 'border-slate-200'}`}
              >
                <span className="block text-sm text-slate-600">{label}</span>
                <span
                  className={`text-2xl font-semibold ${label === '已超期' && n > 0 ? 'text-red-700' : ''}`}
                  data-testid={`tile-${label}`}
                >
                  {n}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {ytd ? (
        <div className="rounded border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{year}年至今收到申请（按渠道）</h2>
          <ul className="space-y-1 text-sm">
            {ytd.byChannel.map((r) => {
              const max = Math.max(...ytd.byChannel.map((x) => x.count), 1);
              return (
                <li key={r.channel} className="flex items-center gap-2">
                  <span className="w-16">{CHANNEL_LABELS[r.channel]}</span>
                  <span className="h-3 rounded bg-blue-600" style={{ width: `${(r.count / max) * 60}%` }} aria-hidden />
                  <span>{r.count}</span>
                </li>
              );
            })}
            {ytd.byChannel.length === 0 ? <li className="text-slate-500">暂无</li> : null}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
