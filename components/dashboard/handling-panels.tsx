import Link from 'next/link';
import { Panel, RowsTable } from './panels';
import { formatCn, type IsoDate } from '@/lib/shared/dates';
import type { OpenRoute } from '@/lib/departments/route-lists';

const STATUS = { routed: '待签收', accepted: '办理中' } as const;

/** Routings waiting on a department: a handler's own, or the office's overdue ones for the clerk. */
export function RoutesPanel({ title, routes, today }: { title: string; routes: OpenRoute[]; today: IsoDate }) {
  return (
    <Panel title={title}>
      <RowsTable
        label={title}
        head={['编号', '承办部门', '状态', '内部办理期限']}
        rows={routes.map((r) => ({
          key: `${r.caseId}-${r.department}`,
          tone: r.dueOn < today ? 'late' : undefined,
          cells: [
            <Link key="n" href={`/cases/${r.caseId}`} className="font-mono text-blue-700 underline">
              {r.trackingNo}
            </Link>,
            r.department,
            STATUS[r.status],
            `${formatCn(r.dueOn)}${r.dueOn < today ? '（已逾期）' : ''}`,
          ],
        }))}
      />
    </Panel>
  );
}

/** Reviews and suits whose answer is still to go in, due first. */
export function AppealAnswersPanel({
  answers,
  today,
}: {
  answers: { caseId: number; trackingNo: string; kind: 'review' | 'suit'; answerDueOn: IsoDate }[];
  today: IsoDate;
}) {
  return (
    <Panel title="行政复议、行政诉讼待答复">
      <RowsTable
        label="行政复议、行政诉讼待答复"
        head={['编号', '事项', '答复期限']}
        rows={answers.map((a) => ({
          key: `${a.caseId}-${a.kind}`,
          tone: a.answerDueOn < today ? 'late' : 'soon',
          cells: [
            <Link key="n" href={`/cases/${a.caseId}`} className="font-mono text-blue-700 underline">
              {a.trackingNo}
            </Link>,
            a.kind === 'review' ? '提交行政复议答复书' : '提交行政应诉答辩状',
            formatCn(a.answerDueOn),
          ],
        }))}
      />
    </Panel>
  );
}
