import { CalendarForms, RemoveDayButton } from '@/components/admin/calendar-forms';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { Calendar } from '@/lib/deadlines/calendar';
import { fromDate, todayInChina, yearOf } from '@/lib/shared/dates';
import { publishYearAction, removeDayAction, setDayAction } from './actions';

export const metadata = { title: '节假日设置' };

export default async function CalendarPage() {
  await requirePermission('settings.manage', '/admin/calendar');
  const [days, years] = await Promise.all([
    db().calendarDay.findMany({ orderBy: { date: 'asc' } }),
    db().calendarYear.findMany({ orderBy: { year: 'asc' } }),
  ]);
  const cal = new Calendar({ days: [], publishedYears: years.map((y) => y.year) });
  const thisYear = yearOf(todayInChina());
  const status = [thisYear - 1, thisYear, thisYear + 1].map((y) => [y, cal.isKnownYear(y)] as const);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">节假日设置</h1>
      <p className="text-sm text-slate-600">
        系统内置国务院办公厅公布的 2004—2026 年节假日安排。新一年的安排公布后（通常在 10 月底至 12
        月初），请逐日录入放假和调休上班日，并标记该年安排已公布；未公布年份的期限按周末计算并标注“暂定”。修改后，未办结案件的期限会自动重新计算并记入办理记录。
      </p>
      <ul className="flex gap-4 text-sm">
        {status.map(([y, known]) => (
          <li key={y}>
            {y}年：{known ? '已有安排' : <span className="text-amber-700">尚未公布（期限暂定）</span>}
          </li>
        ))}
      </ul>
      <CalendarForms setDay={setDayAction} publishYear={publishYearAction} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <table className="w-full bg-white text-sm">
          <caption className="p-2 text-left font-medium">逐日调整</caption>
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">日期</th>
              <th className="p-2">安排</th>
              <th className="p-2">名称</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={fromDate(d.date)} className="border-b">
                <td className="p-2">{fromDate(d.date)}</td>
                <td className="p-2">{d.work ? '上班' : '放假'}</td>
                <td className="p-2">{d.name}</td>
                <td className="p-2">
                  <RemoveDayButton date={fromDate(d.date)} remove={removeDayAction} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full bg-white text-sm">
          <caption className="p-2 text-left font-medium">已登记的年度安排</caption>
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">年份</th>
              <th className="p-2">依据</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} className="border-b">
                <td className="p-2">{y.year}</td>
                <td className="p-2">{y.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
