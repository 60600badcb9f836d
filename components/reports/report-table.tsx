import { html, type SafeHtml } from '@/components/html';
import { isRectifyOutcome } from '@/lib/cases/dispositions';
import { Markup } from '@/components/markup';
import { rowLabel } from '@/lib/statistics/formats';
import type { Section } from '@/lib/statistics/layout';

type Href = (code: string, col: number, source: string) => string | null;
type Extra = {
  heads: string[];
  cells: (row: number, values: (number | null)[]) => string[];
  /** Rows whose numbers the browser makes links (components/reports/year-tables.tsx), marked data-drill. */
  drill?: (source: string) => boolean;
};

/**
 * One section of a year table as a page shows it: rows by Chinese name, numbers right-aligned,
 * each number a link when `href` gives one (or, with `extra.drill`, once in the browser), and
 * optional trailing columns (上年, 同比).
 *
 * Written as markup, not React elements: a year table is ~400 cells, and building, serialising
 * and server-rendering them as elements was most of the year page's cost (bench: 22 % of the
 * trivial page). Written with html`` (every text and attribute escaped); cells are styled by .year-table in
 * app/globals.css rather than per-cell classes.
 */
export function reportTableHtml(section: Section, index: number, href: Href, extra?: Extra): SafeHtml {
  const rows = section.rows.map(({ row, values }, ri) => {
    const cells = values.map((v, ci) => {
      const link = v === null ? null : href(row.code, ci, row.source);
      return html`<td data-col="${ci}">${v !== null && (link ? html`<a href="${link}">${v}</a>` : v)}</td>`;
    });
    return html`<tr${row.source === 'manual' && html` class="bg-sky-50/60"`} data-code="${row.code}"${extra?.drill?.(row.source) && html` data-drill`}><td${
      row.source === 'heading' && html` class="font-semibold"`
    } style="padding-left:${0.4 + row.indent}rem">${row.label}</td><td>${row.unit}</td>${cells}${(extra?.cells(ri, values) ?? []).map(
      (c) => html`<td class="x">${c}</td>`,
    )}</tr>`;
  });
  return html`<table class="year-table w-full border-collapse bg-white text-sm" data-section="${index}">
    <caption class="p-2 text-left font-semibold">
      ${section.title}
    </caption>
    <thead>
      <tr class="bg-slate-50 text-left">
        <th>项目</th>
        <th>单位</th>
        ${section.columns.map(
          (c) => html`<th class="text-right">${c}</th>`,
        )}${(extra?.heads ?? []).map((h) => html`<th class="x">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

export function ReportTable({ html: markup }: { html: SafeHtml }) {
  return <Markup html={markup} />;
}

// The same report object is shared between requests while it is fresh (cachedReport), so its
// tables are written once per report (and last year's, for the 上年 column), not once per request.
const written = new WeakMap<object, { also: object | null; markup: SafeHtml }>();
export function memoTables(report: object, also: object | null, write: () => SafeHtml): SafeHtml {
  const hit = written.get(report);
  if (hit && hit.also === also) return hit.markup;
  const markup = write();
  written.set(report, { also, markup });
  return markup;
}

const rulesWritten = new WeakMap<object, SafeHtml>();
/** 统计口径 and 处理结果归类 under the table: the same for every request until the mapping changes. */
export function rulesHtml(
  rules: readonly string[],
  mapping: { code: string; label: string; cell2017: string; cell2021: string }[],
): SafeHtml {
  let markup = rulesWritten.get(mapping);
  if (!markup) {
    markup = html`<ol class="list-decimal space-y-1 pl-5">
        ${rules.map((t) => html`<li>${t}</li>`)}
      </ol>
      <h3 class="mb-1 mt-3 font-semibold">处理结果归类</h3>
      <table class="w-full">
        <thead>
          <tr class="border-b text-left">
            <th class="p-1">处理结果</th>
            <th class="p-1">2017年格式栏目</th>
            <th class="p-1">2021年格式栏目</th>
          </tr>
        </thead>
        <tbody>
          ${mapping
            // 更正申请's outcomes are in no cell of either format: not counted here at all.
            .filter((m) => !isRectifyOutcome(m.code))
            .map(
              (m) =>
                html`<tr class="border-b">
                  <td class="p-1">${m.label}</td>
                  <td class="p-1">${rowLabel('2017', m.cell2017)}</td>
                  <td class="p-1">${rowLabel('2021', m.cell2021)}</td>
                </tr>`,
            )}
        </tbody>
      </table>`;
    rulesWritten.set(mapping, markup);
  }
  return markup;
}
