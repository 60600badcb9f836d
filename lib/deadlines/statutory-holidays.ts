// The holidays fixed by law (《全国年节及纪念日放假办法》, as amended 2024, in force 2025), known for
// any year before the State Council publishes its arrangement. Only the bridging days and the
// make-up weekends of that arrangement are unknown; these days are off whatever it says.
import chineseDays from 'chinese-days';
import { addDays, type IsoDate } from '@/lib/shared/dates';

const memo = new Map<number, Map<IsoDate, string>>();

export function statutoryHolidays(year: number): Map<IsoDate, string> {
  let days = memo.get(year);
  if (days) return days;
  days = new Map();
  const lunar = (md: string) => chineseDays.getSolarDateFromLunar(`${year}-${md}`).date;
  const put = (d: IsoDate, name: string) => days!.set(d, name);
  put(`${year}-01-01`, '元旦');
  // 春节: 除夕 and 正月初一至初三 — the eve falls in the Gregorian year too (lunar new year is late Jan–Feb).
  const newYear = lunar('01-01');
  for (let i = -1; i <= 2; i++) put(addDays(newYear, i), '春节');
  put(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'), '清明节');
  put(`${year}-05-01`, '劳动节');
  put(`${year}-05-02`, '劳动节');
  put(lunar('05-05'), '端午节');
  put(lunar('08-15'), '中秋节');
  for (const d of ['10-01', '10-02', '10-03']) put(`${year}-${d}`, '国庆节');
  memo.set(year, days);
  return days;
}
