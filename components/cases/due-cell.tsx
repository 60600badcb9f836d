import { formatCn } from '@/lib/shared/dates';
import { dueUrgency } from '@/lib/deadlines/due-soon';
import { html } from '@/components/html';
import { Markup } from '@/components/markup';

// Overdue, or due soon (lib/deadlines/due-soon.ts): the one rule every list and due date is coloured by.
export { dueUrgency };
const TONES = { late: 'text-red-700 font-semibold', soon: 'text-amber-700 font-semibold' };
const dueTone = (left: number | null) => {
  const u = dueUrgency(left);
  return u ? TONES[u] : 'text-slate-700';
};
const dueNote = (left: number | null) =>
  left === null ? '' : left < 0 ? `已超期 ${-left} 个工作日` : left === 0 ? '今日到期' : `剩 ${left} 个工作日`;
const PROVISIONAL_TITLE = '期限跨入尚未公布节假日安排的年份';

export interface Due {
  dueOn: string | null;
  left: number | null;
  provisional?: boolean;
  /** 2025年3月4日 rather than 2025-03-04. */
  long?: boolean;
}

/** A due date with working days left: red when overdue, amber within 3 working days. */
export function dueHtml({ dueOn, left, provisional = false, long = false }: Due) {
  if (!dueOn) return html`<span class="text-slate-600">—</span>`;
  const note = dueNote(left);
  return html`<span class="${dueTone(left)}" data-due="${dueOn}" data-left="${left ?? ''}"
    >${long ? formatCn(dueOn) : dueOn}${
      note && html`<small class="ml-1">（${note}）</small>`
    }${provisional && html`<small class="ml-1 text-slate-600" title="${PROVISIONAL_TITLE}">暂定</small>`}</span
  >`;
}

export function DueCell(props: Due) {
  return <Markup as="span" html={dueHtml(props)} />;
}
