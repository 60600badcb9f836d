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

export function addDays(d: IsoDate, n: number): IsoDate {
  const t = toDate(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(d: IsoDate): number {
  return toDate(d).getUTCDay();
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
