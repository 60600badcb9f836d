import { YearSelect } from '../ui/year-select';
import { FORMAT_IDS, FORMAT_LABELS, type FormatId } from '@/lib/statistics/formats';

/** The year and format of a year table, with visible labels (the office's own table and the roll-up). */
export function ReportChooser({ year, format, thisYear }: { year: number; format: FormatId; thisYear: number }) {
  return (
    <form className="flex items-end gap-2 text-sm" aria-label="选择报表">
      <label className="flex flex-col">
        年度
        <YearSelect value={year} first={2008} last={thisYear} />
      </label>
      <label className="flex flex-col">
        格式
        <select name="format" defaultValue={format} className="rounded border border-slate-300 px-2 py-1">
          {FORMAT_IDS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <button className="rounded bg-slate-800 px-3 py-1.5 text-white">查看</button>
    </form>
  );
}
