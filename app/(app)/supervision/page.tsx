import { RowsTable } from '@/components/dashboard/panels';
import { NoteForm } from '@/components/supervision/note-form';
import { requirePage } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/cases/labels';
import { db } from '@/lib/db/client';
import { chinaDate, formatCn, fromDate, todayInChina, yearOf } from '@/lib/shared/dates';
import { idFromAddress } from '@/lib/shared/id-from-address';
import { cachedOverview, levelOf, overdueCases } from '@/lib/supervision/overview';
import { sendNoteAction } from './actions';

export const metadata = { title: '督办' };

const pct = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%（${part}/${whole}）` : '—');

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<{ agency?: string; under?: string }> }) {
  const actor = await requirePage('/supervision');
  const today = todayInChina();
  const sp = await searchParams;
  const agencyId = idFromAddress(sp.agency);
  // The overview holds the caller's whole subtree: whatever is asked for must be in it.
  const all = await cachedOverview(db(), actor.agencyId, today);
  const chosen = all.find((r) => r.id === agencyId);
  // One level at a time: ?under=ID opens a child's own children (inside the caller's subtree only).
  const askedUnder = idFromAddress(sp.under);
  const under = askedUnder !== null && all.some((r) => r.id === askedUnder) ? askedUnder : actor.agencyId;
  const rows = levelOf(all, under);
  const path = [] as typeof all;
  for (let a = all.find((r) => r.id === under); a; a = a.id === actor.agencyId ? undefined : all.find((r) => r.id === a!.parentId))
    path.unshift(a);
  const overdue = chosen ? await overdueCases(db(), chosen.id, today) : null;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">督办</h1>
      <p className="text-sm text-slate-600">
        本机关及各下级机关{yearOf(today)}年的办理情况（截至{formatCn(today)}
        ）。点击“已超期”数字查看超期案件并发送督办意见；督办意见记入该申请的办理记录，并显示在承办机关的工作台上。
      </p>
      {path.length > 1 ? (
        <p className="text-sm" aria-label="层级">
          {path.map((a, i) => (
            <span key={a.id}>
              {i ? ' › ' : ''}
              {i < path.length - 1 ? (
                <a className="text-blue-700 underline" href={`/supervision?under=${a.id}`}>
                  {a.name}
                </a>
              ) : (
                a.name
              )}
            </span>
          ))}
        </p>
      ) : null}
      <RowsTable
        label="各机关办理情况"
        head={['机关', '本年收到', '未办结', '已超期', '本年逾期办结', '复议诉讼被纠错', '转办逾期', '复议诉讼待答复']}
        rows={rows.map((r, i) => ({
          key: r.id,
          tone: r.overdue ? 'late' : undefined,
          cells: [
            i === 0 ? (
              `${r.name}（本级）`
            ) : r.subtree ? (
              // A child with offices below it: its row sums its subtree and opens the next level.
              <a key="n" className="text-blue-700 underline" href={`/supervision?under=${r.id}`}>
                {r.name}（含下级 {r.children} 个）
              </a>
            ) : (
              r.name
            ),
            r.received,
            r.open,
            r.overdue ? (
              <a
                key="o"
                className="text-blue-700 underline"
                href={r.subtree ? `/supervision?under=${r.id}` : `/supervision?agency=${r.id}&under=${under}#overdue`}
              >
                {r.overdue}
              </a>
            ) : (
              0
            ),
            r.closedLate,
            pct(r.appealsCorrected, r.appealsDecided),
            r.routesOverdue,
            r.answersOpen,
          ],
        }))}
      />
      {agencyId && !chosen ? <p className="text-sm text-red-700">该机关不在本机关的下级范围内。</p> : null}
      {overdue && chosen ? (
        <section id="overdue" className="rounded border border-slate-200 bg-white p-4" aria-label="超期案件">
          <h2 className="mb-2 font-semibold">{chosen.name}：已超期的申请</h2>
          <RowsTable
            label="超期案件"
            head={['申请编号', '收到日期', '答复期限', '状态', '承办人', '最近督办', '督办意见']}
            rows={overdue.map((c) => ({
              key: c.id,
              tone: 'late',
              cells: [
                c.trackingNo,
                formatCn(fromDate(c.receivedOn)),
                c.dueOn ? formatCn(fromDate(c.dueOn)) : '—',
                STATUS_LABELS[c.status],
                c.assignee?.name ?? '未分派',
                c.supervisionNotes[0] ? `${formatCn(chinaDate(c.supervisionNotes[0].at))}：${c.supervisionNotes[0].text}` : '—',
                <NoteForm key="n" trackingNo={c.trackingNo} send={sendNoteAction.bind(null, c.id)} />,
              ],
            }))}
          />
        </section>
      ) : null}
    </section>
  );
}
