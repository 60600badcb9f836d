import Link from 'next/link';
import { ChecksList } from '@/components/reports/checks-list';
import { FreezeButton, ManualForm, PrintButton } from '@/components/reports/report-controls';
import { Markup } from '@/components/markup';
import { html, type SafeHtml } from '@/components/html';
import { memoTables, reportTableHtml, rulesHtml } from '@/components/reports/report-table';
import { YearTables } from '@/components/reports/year-tables';
import { ReportChooser } from '@/components/reports/report-chooser';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { chinaDate, formatCn, formatTimestamp, todayInChina, yearOf } from '@/lib/shared/dates';
import { cachedReport, publishedCells } from '@/lib/statistics/build-report';
import { RULES_TEXT } from '@/lib/statistics/counting-rules';
import { FORMAT_LABELS, KIND_COLUMNS, manualRows, rowLabel, type FormatId } from '@/lib/statistics/formats';
import { layout } from '@/lib/statistics/layout';
import { pageYearFormat } from '@/lib/statistics/parse-params';
import { freezeAction, saveManualAction, saveOfficePartsAction } from './actions';
import { OfficePartsForm } from '@/components/reports/office-parts-form';
import { OFFICE_PARTS, reportPageOffice } from '@/lib/annual-report/office-parts';

export const metadata = { title: '年度报表' };

function change(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  if (before === 0) return now === 0 ? '—' : '新增';
  const pct = ((now - before) / before) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

type Report = Awaited<ReturnType<typeof cachedReport>>;

/**
 * The year's tables as markup, each row beside last year's figure and the change; derived rows are
 * marked for YearTables to link their numbers to the cases they count. Written only when the
 * cached report changes (memoTables).
 */
function yearTablesHtml(r: Report, prev: Report, format: FormatId): SafeHtml {
  const prevSections = layout(format, publishedCells(prev));
  const totalCol = format === '2017' ? 0 : KIND_COLUMNS.length - 1;
  return html`${layout(format, publishedCells(r)).map((section, si) =>
    reportTableHtml(section, si, () => null, {
      drill: (source) => source === 'derived' && !r.frozen,
      heads: ['上年', '同比'],
      cells: (ri, values) => {
        const col = Math.min(totalCol, values.length - 1);
        const before = prevSections[si]?.rows[ri]?.values[col] ?? null;
        return [before === null ? '' : String(before), change(values[col], before)];
      },
    }),
  )}`;
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage('/reports');
  const p = await searchParams;
  const thisYear = yearOf(todayInChina());
  const { year, format } = pageYearFormat(p, thisYear);
  const [r, prev, office] = await Promise.all([
    cachedReport(db(), actor.agencyId, year, format),
    cachedReport(db(), actor.agencyId, year - 1, format),
    reportPageOffice(db(), actor.agencyId, year),
  ]);
  const failing = r.checks.filter((c) => !c.ok);

  return (
    <section className="space-y-5">
      <div className="no-print flex flex-wrap items-end gap-3">
        <h1 className="text-2xl font-semibold">年度报表</h1>
        <ReportChooser year={year} format={format} thisYear={thisYear} />
        <div className="ml-auto flex items-center gap-2 text-sm">
          <a
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`/api/v1/reports/${year}/export?format=${format}&type=xlsx`}
            download
          >
            导出 .xlsx
          </a>
          <a
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`/api/v1/reports/${year}/export?format=${format}&type=csv`}
            download
          >
            导出 .csv
          </a>
          <a className="rounded border border-slate-300 bg-white px-3 py-1.5" href={`/api/v1/reports/${year}?format=${format}`}>
            JSON
          </a>
          <a
            className="rounded border border-slate-300 bg-white px-3 py-1.5"
            href={`/api/v1/reports/${year}/annual-report?format=2021`}
            download
          >
            生成年度报告（Word）
          </a>
          {office.hasSubordinates ? (
            <Link className="rounded border border-slate-300 bg-white px-3 py-1.5" href={`/reports/tree?year=${year}&format=${format}`}>
              含下级机关汇总
            </Link>
          ) : null}
          <PrintButton />
        </div>
      </div>
      <h2 className="text-center text-xl font-semibold">
        {year}年度 {FORMAT_LABELS[format]}
      </h2>
      {/* On paper the table says whose it is and for which period (the form's 填报单位 line). */}
      <p className="hidden text-sm print:flex print:justify-between" data-testid="print-heading">
        <span>填报单位：{office.name}</span>
        <span>
          统计期限：{year}年1月1日至{year}年12月31日
        </span>
        <span>{r.frozen ? `冻结日期：${formatCn(chinaDate(r.frozen.at))}` : '（未冻结，数字随案件变化）'}</span>
      </p>
      <div className="no-print flex flex-wrap items-center gap-3">
        {r.frozen ? (
          <p data-testid="frozen" className="rounded bg-slate-100 px-3 py-1.5 text-sm">
            已冻结：{r.frozen.by ?? '—'} 于 {formatTimestamp(r.frozen.at)}。表中为冻结时的数字。
          </p>
        ) : (
          <FreezeButton year={String(year)} format={format} disabled={failing.length > 0} action={freezeAction} />
        )}
        {r.frozen && r.differs.length ? (
          <p role="alert" data-testid="differs" className="rounded border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
            与冻结版本不一致：冻结后案件有变动，当前数据计算的“{r.differs.map((code) => rowLabel(format, code)).join('”“')}
            ”与冻结数字不同（冻结数字不变）。
          </p>
        ) : null}
      </div>

      <YearTables html={memoTables(r, prev, () => yearTablesHtml(r, prev, format))} format={format} year={year} />
      <p className="no-print text-xs text-slate-500">浅蓝色行为手工填报数；其余数字由案件自动统计，点击数字可查看所计入的案件。</p>

      <ChecksList title="一致性检查" checks={r.checks} className="no-print" />
      <section className="no-print rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">
          手工填报（{format === '2017' ? '主动公开、回应解读、机构建设、会议培训' : '表二 主动公开政府信息情况'}）
        </h2>
        {r.frozen ? (
          <p className="text-sm text-slate-600" data-testid="manual-locked">
            本年度报表已冻结，手工填报的数字随之锁定。
          </p>
        ) : (
          <ManualForm year={String(year)} format={format} rows={manualRows(format)} values={r.manual} action={saveManualAction} />
        )}
      </section>
      <section className="no-print rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{year}年度报告的文字部分</h2>
        <p className="mb-2 text-sm text-slate-600">
          “生成年度报告”按2021年格式起草全文：第二、三、四部分由报表数字生成；以下三部分由本机关撰写，未填写时草稿沿用上一年度的内容供修改。
        </p>
        <OfficePartsForm
          year={String(year)}
          parts={Object.entries(OFFICE_PARTS).map(([n, p]) => [Number(n), p.title, p.hint])}
          values={office.parts}
          action={saveOfficePartsAction}
        />
      </section>
      <section className="rounded border border-slate-200 bg-white p-4 text-sm">
        <h2 className="mb-2 font-semibold">统计口径</h2>
        <Markup html={rulesHtml(RULES_TEXT, r.mapping)} />
      </section>
    </section>
  );
}
