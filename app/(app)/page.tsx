import Link from 'next/link';
import { cachedDerived } from '@/lib/statistics/derived-cache';
import { loadCatalogue } from '@/lib/settings/dispositions';
import { DueCell, dueUrgency } from '@/components/cases/due-cell';
import { Bars, Panel, RowsTable } from '@/components/dashboard/panels';
import { ROLE_LABELS, ROLE_QUEUE, can } from '@/lib/auth/permissions';
import { requirePage } from '@/lib/auth/session';
import { hintsAnswered } from '@/lib/released/public-register';
import { adminAttention, officeOverview, reviewQueue, workloadTiles, yearSoFar } from '@/lib/cases/dashboard';
import { CHANNEL_LABELS, CHANNELS, STATUS_LABELS, STATUSES } from '@/lib/cases/labels';
import { listCases } from '@/lib/cases/list-cases';
import { db } from '@/lib/db/client';
import { openSupervisionNotes } from '@/lib/supervision/send-note';
import { pendingForRequest } from './pending';
import { openRouteList } from '@/lib/departments/route-lists';
import { openAppealAnswers } from '@/lib/departments/appeal-answers';
import { AppealAnswersPanel, RoutesPanel } from '@/components/dashboard/handling-panels';
import { workdaysLeft } from '@/lib/deadlines/count-workdays';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { addDays, formatCn, formatTimestamp, fromDate, todayInChina, yearOf } from '@/lib/shared/dates';

export const metadata = { title: '工作台' };

export default async function Dashboard() {
  const actor = await requirePage('/');
  const view = ROLE_QUEUE[actor.role];
  const today = todayInChina();
  const year = yearOf(today);
  const works = can(actor.role, 'cases.work');
  const handler = actor.role === 'handler';
  const [tileList, cal, mine, queue, overview, ytd, dispositions, attention, notes, pending, routes, answers, hinted] = await Promise.all([
    // Counts and charts are shared for a few seconds (dropped by any write here); the lists stay live.
    can(actor.role, 'cases.view')
      ? cachedDerived(`tiles:${actor.agencyId}:${actor.userId}:${view}`, [actor.agencyId], () => workloadTiles(db(), actor, view))
      : [],
    cachedCalendar(db()),
    works ? listCases(db(), actor, { view: 'mine', status: 'active', sort: 'due', limit: 20 }) : null,
    can(actor.role, 'cases.review') ? reviewQueue(db(), actor.agencyId) : null,
    can(actor.role, 'reports.view')
      ? cachedDerived(`overview:${actor.agencyId}:${today}`, [actor.agencyId], () => officeOverview(db(), actor.agencyId, today))
      : null,
    can(actor.role, 'reports.view')
      ? cachedDerived(`ytd:${actor.agencyId}:${year}`, [actor.agencyId], () => yearSoFar(db(), actor.agencyId, year))
      : null,
    can(actor.role, 'reports.view') ? loadCatalogue(db(), actor.agencyId) : null,
    can(actor.role, 'settings.manage') ? adminAttention(db(), actor.agencyId) : null,
    can(actor.role, 'cases.view') && !handler ? openSupervisionNotes(db(), actor.agencyId) : null,
    can(actor.role, 'cases.create') ? pendingForRequest(actor.agencyId) : null,
    // Internal handling: a handler's own department's routings; the clerk's, the office's overdue ones.
    // Shared for a few seconds like the tiles (a step in the office drops them).
    handler
      ? cachedDerived(`routes:${actor.agencyId}:${actor.departmentId}:${today}`, [actor.agencyId], () =>
          openRouteList(db(), actor.agencyId, { departmentId: actor.departmentId ?? -1 }),
        )
      : works
        ? cachedDerived(`routes-overdue:${actor.agencyId}:${today}`, [actor.agencyId], () =>
            openRouteList(db(), actor.agencyId, { overdueOn: today }),
          )
        : null,
    works
      ? cachedDerived(`answers:${actor.agencyId}:${today}`, [actor.agencyId], async () =>
          openAppealAnswers(db(), await cachedCalendar(db()), [actor.agencyId]),
        )
      : null,
    // Art. 44: how many people the published items answered (followed the hint on /apply, did not apply).
    can(actor.role, 'releases.manage') ? hintsAnswered(db(), actor.agencyId) : null,
  ]);
  const tiles: [string, number, string][] = [
    ...tileList.map((t): [string, number, string] => [t.label, t.count, t.href]),
    // Online applications start their clock only when confirmed: the clerk sees them first.
    ...(pending === null ? [] : [['网上申请待确认', pending, '/submissions'] as [string, number, string]]),
    ...(hinted === null ? [] : [['已公开信息答复申请', hinted, '/released'] as [string, number, string]]),
  ];
  const left = (due: Date | string | null) => (due ? workdaysLeft(cal, today, typeof due === 'string' ? due : fromDate(due)) : null);
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">工作台</h1>
        <p className="mt-1 text-slate-600">
          您好，{actor.name}。当前角色：{ROLE_LABELS[actor.role]}。今天是{formatCn(today)}。
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
      {notes?.length ? (
        <Panel title="上级机关督办">
          <RowsTable
            label="上级机关督办"
            head={['编号', '督办机关', '督办意见', '督办时间', '答复期限', '承办人']}
            rows={notes.map((n) => ({
              key: n.id,
              tone: 'late',
              cells: [
                <Link key="n" href={`/cases/${n.case.id}`} className="font-mono text-blue-700 underline">
                  {n.case.trackingNo}
                </Link>,
                n.byAgency.name,
                n.text,
                formatTimestamp(n.at),
                n.case.dueOn ? formatCn(n.case.dueOn) : '—',
                n.case.assignee?.name ?? '未分派',
              ],
            }))}
          />
        </Panel>
      ) : null}
      {routes ? <RoutesPanel title={handler ? '本部门待办理的转办' : '承办部门逾期未答复的转办'} routes={routes} today={today} /> : null}
      {answers?.length ? <AppealAnswersPanel answers={answers} today={today} /> : null}
      {mine ? (
        <Panel title="我的未办结案件（按答复期限）" more={{ href: '/cases?view=mine&status=active&sort=due', label: '全部' }}>
          <RowsTable
            label="我的未办结案件"
            head={['编号', '申请人', '状态', '答复期限']}
            rows={mine.items.map((c) => {
              const l = left(c.dueOn);
              return {
                key: c.id,
                tone: dueUrgency(l),
                cells: [
                  <Link key="n" href={`/cases/${c.id}`} className="font-mono text-blue-700 underline">
                    {c.trackingNo}
                  </Link>,
                  c.applicantName,
                  STATUS_LABELS[c.status],
                  <DueCell key="d" dueOn={c.dueOn} left={l} provisional={c.dueProvisional} />,
                ],
              };
            })}
          />
        </Panel>
      ) : null}
      {queue ? (
        <Panel title="待审核（先提交的在前）" more={{ href: '/cases?view=review', label: '全部' }}>
          <RowsTable
            label="待审核"
            head={['编号', '申请人', '待审核事项', '提交人', '提交时间', '答复期限']}
            rows={queue.map((q) => ({
              key: q.id,
              cells: [
                <Link key="n" href={`/cases/${q.id}`} className="font-mono text-blue-700 underline">
                  {q.trackingNo}
                </Link>,
                q.applicantName,
                q.what,
                q.submittedBy ?? '—',
                formatTimestamp(q.submittedAt),
                q.dueOn ? formatCn(fromDate(q.dueOn)) : '—',
              ],
            }))}
          />
        </Panel>
      ) : null}
      {overview && ytd && dispositions ? (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Panel title="未办结案件（按状态）">
            <Bars
              label="未办结案件（按状态）"
              items={STATUSES.filter((s) => s !== 'closed').map((s) => ({
                label: STATUS_LABELS[s],
                count: overview.byStatus.find((r) => r.status === s)?.count ?? 0,
              }))}
            />
          </Panel>
          <Panel
            title="已超期案件"
            more={{ href: `/cases?view=all&status=active&dueBefore=${addDays(today, -1)}&sort=due`, label: '全部' }}
          >
            <RowsTable
              label="已超期案件"
              head={['编号', '申请人', '答复期限', '承办人']}
              rows={overview.overdue.map((c) => ({
                key: c.id,
                tone: 'late',
                cells: [
                  <Link key="n" href={`/cases/${c.id}`} className="font-mono text-blue-700 underline">
                    {c.trackingNo}
                  </Link>,
                  c.applicantName,
                  c.dueOn ? formatCn(fromDate(c.dueOn)) : '—',
                  c.assignee?.name ?? '未分派',
                ],
              }))}
            />
          </Panel>
          <Panel title={`${year}年收到申请（按渠道）`}>
            <Bars
              label="按渠道"
              items={CHANNELS.map((ch) => ({ label: CHANNEL_LABELS[ch], count: ytd.byChannel.find((r) => r.channel === ch)?.count ?? 0 }))}
            />
          </Panel>
          <Panel title={`${year}年办结（按处理结果）`} more={{ href: `/reports?year=${year}`, label: '年度报表' }}>
            <Bars
              label="按处理结果"
              items={dispositions
                .map((d) => ({ label: d.label, count: ytd.byDisposition.find((r) => r.code === d.code)?.count ?? 0 }))
                .filter((x) => x.count > 0)}
            />
            {ytd.byDisposition.length === 0 ? <p className="text-sm text-slate-500">暂无</p> : null}
          </Panel>
        </div>
      ) : null}
      {attention ? (
        <Panel title="需要注意">
          <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="需要注意">
            {attention.nextYearPublished ? null : (
              <li>
                {attention.nextYear}年节假日安排尚未录入：跨入该年的期限暂按法定节假日计算。
                <Link href="/admin/calendar" className="text-blue-700 underline">
                  去录入
                </Link>
              </li>
            )}
            {attention.inactiveUsers.map((u) => (
              <li key={u.login}>
                用户 {u.name}（{u.login}）90 天未登录，如已离岗请
                <Link href="/admin/users" className="text-blue-700 underline">
                  停用
                </Link>
              </li>
            ))}
            {attention.staleTokens.map((t) => (
              <li key={t.id}>
                接口令牌“{t.name}”（{t.user.login}）90 天未使用，
                <Link href="/admin/tokens" className="text-blue-700 underline">
                  考虑吊销
                </Link>
              </li>
            ))}
            {attention.nextYearPublished && !attention.inactiveUsers.length && !attention.staleTokens.length ? <li>暂无</li> : null}
          </ul>
        </Panel>
      ) : null}
    </section>
  );
}
