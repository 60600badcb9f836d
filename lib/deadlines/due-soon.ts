// "Due soon" is one rule for every list, tile, colour and the morning digest: due within three
// working days (or overdue). Changing the window here changes all of them.
import type { Calendar } from './calendar';
import { addWorkdays } from './count-workdays';
import type { IsoDate } from '@/lib/shared/dates';

export const DUE_SOON_WORKDAYS = 3;

/** Overdue, or due within the window, from the working days left (negative when overdue). */
export const dueUrgency = (left: number | null): 'late' | 'soon' | undefined =>
  left === null ? undefined : left < 0 ? 'late' : left <= DUE_SOON_WORKDAYS ? 'soon' : undefined;

/** The last due date that still counts as due soon, for queries. */
export const dueSoonDate = (cal: Calendar, today: IsoDate) => addWorkdays(cal, today, DUE_SOON_WORKDAYS).date;
