// The Nth working day after a start date (the start itself is not counted: 民法典 art. 201),
// skipping days inside pauses, and remembering what the count crossed for the trace.
import type { Calendar } from './calendar';
import { addDays, type IsoDate } from '@/lib/shared/dates';

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** [year, day of the year from 0] of a YYYY-MM-DD date, without a Date object. */
function yearDay(d: IsoDate): [number, number] {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return [y, MONTH_START[m - 1] + (m > 2 && leap(y) ? 1 : 0) + Number(d.slice(8, 10)) - 1];
}

/** The longest span any count walks, in calendar days. */
export const MAX_SPAN_DAYS = 3660;

export interface Pause {
  from: IsoDate;
  to: IsoDate;
}

export interface Crossed {
  date: IsoDate;
  kind: 'holiday' | 'makeup' | 'paused';
  name?: string;
}

export interface CountResult {
  date: IsoDate;
  crossed: Crossed[];
  provisional: boolean;
}

const inPause = (d: IsoDate, pauses: Pause[]) => pauses.some((p) => d >= p.from && d <= p.to);

export function addWorkdays(cal: Calendar, start: IsoDate, n: number, pauses: Pause[] = []): CountResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let d = start;
  let counted = 0;
  let provisional = false;
  const crossed: Crossed[] = [];
  // Beyond ~3 years something is wrong with the input; stop rather than loop forever.
  for (let guard = 0; counted < n; guard++) {
    if (guard > 1200) throw new RangeError('working-day count did not converge');
    d = addDays(d, 1);
    const info = cal.day(d);
    if (!info.known) provisional = true;
    if (inPause(d, pauses)) {
      if (info.work) crossed.push({ date: d, kind: 'paused' });
      continue;
    }
    if (info.work) {
      counted++;
      if (info.kind === 'makeup') crossed.push({ date: d, kind: 'makeup', name: info.name });
    } else if (info.kind === 'holiday') {
      crossed.push({ date: d, kind: 'holiday', name: info.name });
    }
  }
  return { date: d, crossed, provisional };
}

/** Working days from `today` (exclusive) to `due` (inclusive); negative when overdue. */
export function workdaysLeft(cal: Calendar, today: IsoDate, due: IsoDate): number {
  if (today === due) return 0;
  const forward = today < due;
  const d = forward ? today : due;
  let end = forward ? due : today;
  // Bounded: beyond ten years the exact count means nothing to anyone, and a stray far-future date
  // must not make one page walk millions of days for every user.
  const cap = addDays(d, MAX_SPAN_DAYS);
  if (end > cap) end = cap;
  // Working days in (d, end]: whole years between, from the calendar's per-year running counts.
  const [y0, i0] = yearDay(d);
  const [y1, i1] = yearDay(end);
  let n = cal.workdaysThrough(y1, i1) - cal.workdaysThrough(y0, i0);
  for (let y = y0; y < y1; y++) n += cal.workdaysThrough(y, 366);
  return forward ? n : -n;
}
