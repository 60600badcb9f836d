// 补录: a letter dated more than three working days before the day it is produced records an act
// after the fact, so the office says why; the reason is kept on the timeline beside the letter.
// Three working days cover a letter drafted on a Friday and printed after a long weekend.
import type { Calendar } from '@/lib/deadlines/calendar';
import { workdaysLeft } from '@/lib/deadlines/count-workdays';
import { addDays, type IsoDate } from '@/lib/shared/dates';

export const BACKDATE_WORKDAYS = 3;

/** True when a letter dated `letterDate` and produced on `today` is back-dated (补录). */
export const isBackdated = (cal: Calendar, letterDate: IsoDate, today: IsoDate) =>
  letterDate < today && workdaysLeft(cal, letterDate, today) > BACKDATE_WORKDAYS;

/** The earliest letter date that needs no 补录 reason when produced on `today` (for the form). */
export function backdateFrom(cal: Calendar, today: IsoDate): IsoDate {
  let d = today;
  // Bounded by the longest run of rest days (a Spring Festival week) plus three working days.
  for (let i = 0; i < 40 && !isBackdated(cal, addDays(d, -1), today); i++) d = addDays(d, -1);
  return d;
}
