import { CalendarForms, RemoveDayButton } from '@/components/admin/calendar-forms';
import { YearSelect } from '@/components/ui/year-select';
import { RowsTable } from '@/components/dashboard/panels';
import { calendarEntries, isCalendarKeeper } from '@/lib/settings/calendar';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { Calendar } from '@/lib/deadlines/calendar';
import { formatCn, fromDate, todayInChina, yearOf } from '@/lib/shared/dates';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { pasteYearAction, publishYearAction, removeDayAction, setDayAction } from './actions';
import { TableHead } from '@/components/ui/table-head';

export const metadata = { title: '节假日设置' };

const WEEKDAYS = '日一二三四五六';

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePage('/admin/calendar');
  const [[days, years], effective, keeper] = await Promise.all([
    calendarEntries(db()),
    loadCalendar(db()),
    isCalendarKeeper(db(), actor.agencyId),
  ]);
  const asked = Number((await searchParams).year);
  const shown = Number.isInteger(asked) && asked >= 2004 && asked <= 2100 ? asked : yearOf(todayInChina());
  const arrangement = effective.arrangement(shown);
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
      {keeper ? (
        <CalendarForms setDay={setDayAction} publishYear={publishYearAction} pasteYear={pasteYearAction} />
      ) : (
        <p className="rounded border border-slate-200 bg-white p-3 text-sm">
          节假日安排全国统一，由平台最上级机关的管理员维护，本机关只能查看。
        </p>
      )}
      <section className="rounded border border-slate-200 bg-white p-4 text-sm" aria-label="年度安排一览">
        <form className="mb-2 flex items-center gap-2">
          <label htmlFor="show-year" className="font-medium">
            查看年度安排
          </label>
          <YearSelect id="show-year" value={shown} first={2004} last={yearOf(todayInChina()) + 1} />
          <button type="submit" className="rounded border px-2 py-1">
            查看
          </button>
          {effective.isKnownYear(shown) ? null : <span className="text-amber-700">该年安排尚未公布，下表仅列法定节日，期限暂定</span>}
        </form>
        <div data-testid="arrangement">
          <RowsTable
            label="年度安排"
            head={['日期', '星期', '安排', '名称']}
            rows={arrangement.map((d) => ({
              key: d.date,
              cells: [
                formatCn(d.date),
                `星期${WEEKDAYS[new Date(d.date + 'T00:00:00Z').getUTCDay()]}`,
                d.work ? '上班' : '放假',
                d.name ?? '',
              ],
            }))}
          />
        </div>
      </section>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <table className="w-full bg-white text-sm">
          <caption className="p-2 text-left font-medium">逐日调整</caption>
          <TableHead columns={['日期', '安排', '名称', null]} />
          <tbody>
            {days.map((d) => (
              <tr key={fromDate(d.date)} className="border-b">
                <td className="p-2">{fromDate(d.date)}</td>
                <td className="p-2">{d.work ? '上班' : '放假'}</td>
                <td className="p-2">{d.name}</td>
                <td className="p-2">{keeper ? <RemoveDayButton date={fromDate(d.date)} remove={removeDayAction} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full bg-white text-sm">
          <caption className="p-2 text-left font-medium">已登记的年度安排</caption>
          <TableHead columns={['年份', '依据']} />
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
