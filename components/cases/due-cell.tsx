import { formatCn } from '@/lib/shared/dates';
import { dueUrgency } from '@/lib/deadlines/due-soon';

// Overdue, or due soon (lib/deadlines/due-soon.ts): the one rule every list and due date is coloured by.
export { dueUrgency };
const TONES = { late: 'text-red-700 font-semibold', soon: 'text-amber-700 font-semibold' };
export const dueTone = (left: number | null) => {
  const u = dueUrgency(left);
  return u ? TONES[u] : 'text-slate-700';
};
export const dueNote = (left: number | null) =>
  left === null ? '' : left < 0 ? `已超期 ${-left} 个工作日` : left === 0 ? '今日到期' : `剩 ${left} 个工作日`;
export const PROVISIONAL_TITLE = '期限跨入尚未公布节假日安排的年份';

/** A due date with working days left: red when overdue, amber within 3 working days. */
export function DueCell({
  dueOn,
  left,
  provisional,
  long = false,
}: {
  dueOn: string | null;
  left: number | null;
  provisional?: boolean;
  long?: boolean;
}) {
  if (!dueOn) return <span className="text-slate-600">—</span>;
  const tone = dueTone(left);
  const note = dueNote(left);
  const shown = long ? formatCn(dueOn) : dueOn;
  return (
    <span className={tone} data-due={dueOn} data-left={left ?? ''}>
      {shown}
      {note ? <span className="ml-1 text-xs">（{note}）</span> : null}
      {provisional ? (
        <span className="ml-1 text-xs text-slate-500" title={PROVISIONAL_TITLE}>
          暂定
        </span>
      ) : null}
    </span>
  );
}
