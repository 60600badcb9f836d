import { formatCn } from '@/lib/shared/dates';
import type { getCaseDetail } from '@/lib/cases/queries';

type Detail = Awaited<ReturnType<typeof getCaseDetail>>;

const ROUTE_STATUS = { routed: '待签收', accepted: '已签收，办理中', returned: '已退回', answered: '已提出意见' } as const;

/** The case's routings to departments (转办, 会签): each department's status, internal due date and opinion. */
export function CaseRoutes({ routes, label }: { routes: Detail['routes']; label: (code: string) => string }) {
  if (!routes.length) return null;
  return (
    <section className="rounded border border-slate-200 bg-white p-4" aria-labelledby="routes-h">
      <h2 id="routes-h" className="mb-2 font-semibold">
        承办部门{routes.length > 1 ? '（会签）' : ''}
      </h2>
      <table className="w-full text-sm" data-testid="routes">
        <thead>
          <tr className="border-b text-left text-slate-600">
            <th className="p-1">部门</th>
            <th className="p-1">转办日期</th>
            <th className="p-1">内部办理期限</th>
            <th className="p-1">状态</th>
            <th className="p-1">拟办意见</th>
          </tr>
        </thead>
        <tbody>
          {routes.map((r) => (
            <tr key={r.department.id} className="border-b align-top" data-department={r.department.name}>
              <td className="p-1">{r.department.name}</td>
              <td className="p-1 whitespace-nowrap">{formatCn(r.routedOn)}</td>
              <td className={`p-1 whitespace-nowrap ${r.overdue ? 'font-semibold text-red-700' : ''}`}>
                {formatCn(r.dueOn)}
                {r.overdue ? '（已逾期）' : ''}
              </td>
              <td className="p-1">
                {ROUTE_STATUS[r.status]}
                {r.acceptedOn ? `（${formatCn(r.acceptedOn)}签收）` : ''}
                {r.returned ? `：${r.returned.reason}` : ''}
              </td>
              <td className="p-1">
                {r.opinion ? (
                  <>
                    {label(r.opinion.disposition)}：{r.opinion.note}
                    {r.opinion.items.length ? `（建议公开：${r.opinion.items.join('、')}）` : ''}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Reviews and suits with the day the office's answer is due, and whether it went in. */
export function CaseAppeals({ appeals }: { appeals: Detail['appeals'] }) {
  const timed = appeals.filter((a) => a.answerDueOn);
  if (!timed.length) return null;
  return (
    <section className="rounded border border-slate-200 bg-white p-4" aria-labelledby="appeals-h">
      <h2 id="appeals-h" className="mb-2 font-semibold">
        行政复议、行政诉讼的答复
      </h2>
      <ul className="space-y-1 text-sm" data-testid="appeal-answers">
        {timed.map((a, i) => (
          <li key={i}>
            {a.kind === 'review' ? '行政复议答复书' : '行政应诉答辩状'}：{formatCn(a.noticeReceivedOn!)}收到副本，应于
            <strong>{formatCn(a.answerDueOn!)}</strong>前提交（{a.answerBasis}）{a.answeredOn ? `，已于${formatCn(a.answeredOn)}提交` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
