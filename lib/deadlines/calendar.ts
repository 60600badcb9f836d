// Working days: the State Council's yearly arrangement (chinese-days bundles 2004–2026), amended
// by an admin's overrides. A year nobody has published is answered by its statutory holidays and
// the weekday, and flagged unknown, so deadlines that reach into it are marked provisional.
import chineseDays from 'chinese-days';
import { addDays, weekday, yearOf, type IsoDate } from '@/lib/shared/dates';
import { statutoryHolidays } from './statutory-holidays';

export interface DayOverride {
  date: IsoDate;
  work: boolean;
  name?: string | null;
}
export interface CalendarOverrides {
  days: DayOverride[];
  publishedYears: number[];
}

type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';
export interface DayInfo {
  date: IsoDate;
  work: boolean;
  kind: DayKind;
  name?: string;
  known: boolean;
}

const bundledYears = new Map<number, boolean>();
function bundled(year: number): boolean {
  let known = bundledYears.get(year);
  if (known === undefined) {
    // Every published arrangement makes 1 October a holiday; chinese-days answers an unknown
    // year by weekday, so a working 1 October means it has no data for that year.
    const d = chineseDays.getDayDetail(`${year}-10-01`);
    known = !d.work && d.name.includes('国庆');
    bundledYears.set(year, known);
  }
  return known;
}

function holidayName(raw: string): string | undefined {
  const parts = raw.split(',');
  return parts.length >= 2 ? parts[1] : undefined;
}

export class Calendar {
  private readonly days: Map<IsoDate, DayOverride>;
  private readonly published: Set<number>;
  // Deadlines ask about the same few hundred dates again and again; chinese-days parses each time.
  private readonly memo = new Map<IsoDate, DayInfo>();

  constructor(overrides: CalendarOverrides = { days: [], publishedYears: [] }) {
    this.days = new Map(overrides.days.map((d) => [d.date, d]));
    this.published = new Set(overrides.publishedYears);
  }

  isKnownYear(year: number): boolean {
    return this.published.has(year) || bundled(year);
  }

  day(date: IsoDate): DayInfo {
    let info = this.memo.get(date);
    if (!info) {
      info = this.lookup(date);
      if (this.memo.size > 50_000) this.memo.clear();
      this.memo.set(date, info);
    }
    return info;
  }

  private lookup(date: IsoDate): DayInfo {
    const wd = weekday(date);
    const weekend = wd === 0 || wd === 6;
    const known = this.isKnownYear(yearOf(date));
    const override = this.days.get(date);
    if (override) return this.describe(date, override.work, weekend, override.name || (override.work ? '调休上班' : '放假'), true);
    if (bundled(yearOf(date))) {
      const d = chineseDays.getDayDetail(date);
      return this.describe(date, d.work, weekend, holidayName(d.name), true);
    }
    // Not yet published: the statutory holidays are certain, the rest is counted by weekday.
    const statutory = yearOf(date) >= 2008 && yearOf(date) <= 2100 ? statutoryHolidays(yearOf(date)).get(date) : undefined;
    if (statutory) return this.describe(date, false, weekend, statutory, known);
    return this.describe(date, !weekend, weekend, undefined, known);
  }

  /** A year's arrangement as the admin page lists it: its holidays and its working weekends. */
  arrangement(year: number): DayInfo[] {
    const out: DayInfo[] = [];
    for (let d = `${year}-01-01`; yearOf(d) === year; d = addDays(d, 1)) {
      const info = this.day(d);
      if (info.kind === 'holiday' || info.kind === 'makeup' || this.days.has(d)) out.push(info);
    }
    return out;
  }

  isWorkday(date: IsoDate): boolean {
    return this.day(date).work;
  }

  // Per year, working days through each day of it: a list of 50 overdue cases (due dates years
  // back) then costs two lookups a row instead of a walk over every day in between.
  private readonly prefix = new Map<number, Uint16Array>();

  /** Working days of `year` up to and including its `dayIndex`-th day (0 = 1 January); -1 = none. */
  workdaysThrough(year: number, dayIndex: number): number {
    let p = this.prefix.get(year);
    if (!p) {
      const days: number[] = [0];
      for (let d = `${year}-01-01`; yearOf(d) === year; d = addDays(d, 1)) days.push(days.at(-1)! + (this.isWorkday(d) ? 1 : 0));
      p = Uint16Array.from(days);
      if (this.prefix.size > 200) this.prefix.clear();
      this.prefix.set(year, p);
    }
    return p[Math.min(dayIndex + 1, p.length - 1)];
  }

  private describe(date: IsoDate, work: boolean, weekend: boolean, name: string | undefined, known: boolean): DayInfo {
    // A named day off is a holiday even when it falls on a weekend (国庆 10月4日 is a Saturday).
    const kind: DayKind = work ? (weekend ? 'makeup' : 'workday') : name ? 'holiday' : 'weekend';
    return { date, work, kind, name, known };
  }
}
