// The Nth working day after a start date (the start itself is not counted: 民法典 art. 201),
// skipping days inside pauses, and remembering what the count crossed for the trace.
import type { Calendar } from './calendar';
import { addDays, type IsoDate } from '@/lib/shared/dates';

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
  let d = forward ? today : due;
  let end = forward ? due : today;
  // Bounded: beyond ten years the exact count means nothing to anyone, and a stray far-future date
  // must not make one page walk millions of days for every user.
  const cap = addDays(d, MAX_SPAN_DAYS);
  if (end > cap) end = cap;
  let n = 0;
  while (d < end) {
    d = addDays(d, 1);
    if (cal.isWorkday(d)) n++;
  }
  return forward ? n : -n;
}
