// Calendar dates as 'YYYY-MM-DD' strings: no time zone can move a legal date by a day.
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function toDate(d: IsoDate): Date {
  return new Date(d + 'T00:00:00Z');
}

export function fromDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

// Day arithmetic on the numbers of the date (days since 1970-01-01, H. Hinnant's civil-calendar
// algorithms) rather than Date objects: a case page counts a few hundred days across its deadlines,
// and inside Next every Date is made through a wrapper.
function dayNumber(d: IsoDate): number {
  const m = +d.slice(5, 7);
  const y = +d.slice(0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + +d.slice(8, 10) - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function isoOfDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return isoOfDayNumber(dayNumber(d) + n);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(d: IsoDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

export const yearOf = (d: IsoDate) => Number(d.slice(0, 4));

/** 2025年10月13日 */
export function formatCn(d: IsoDate): string {
  return `${+d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;
}

/** 10月13日 — inside a trace where the year is obvious. */
export function formatCnShort(d: IsoDate): string {
  return `${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;
}

/** The calendar date of a moment in China Standard Time, whatever the server's zone. */
export function chinaDate(moment: Date): IsoDate {
  return fromDate(new Date(moment.getTime() + 8 * 3600_000));
}

/** The hour (0–23) of a moment in China Standard Time. */
export const chinaHour = (moment: Date) => new Date(moment.getTime() + 8 * 3600_000).getUTCHours();

export function todayInChina(now = new Date()): IsoDate {
  return chinaDate(now);
}

/** 2017-05-23 14:05 in China Standard Time — when something was recorded. */
export function formatTimestamp(moment: Date): string {
  return new Date(moment.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
