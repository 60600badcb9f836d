import { esc, Markup } from '@/components/markup';
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
 * trivial page). Every text and attribute goes through esc(); cells are styled by .year-table in
 * app/globals.css rather than per-cell classes.
 */
export function reportTableHtml(section: Section, index: number, href: Href, extra?: Extra): string {
  const out: string[] = [
    `<table class="year-table w-full border-collapse bg-white text-sm" data-section="${index}"><caption class="p-2 text-left font-semibold">${esc(section.title)}</caption>`,
    '<thead><tr class="bg-slate-50 text-left"><th>项目</th><th>单位</th>',
    ...section.columns.map((c) => `<th class="text-right">${esc(c)}</th>`),
    ...(extra?.heads ?? []).map((h) => `<th class="x">${esc(h)}</th>`),
    '</tr></thead><tbody>',
  ];
  section.rows.forEach(({ row, values }, ri) => {
    out.push(
      `<tr${row.source === 'manual' ? ' class="bg-sky-50/60"' : ''} data-code="${esc(row.code)}"${extra?.drill?.(row.source) ? ' data-drill' : ''}>`,
      `<td${row.source === 'heading' ? ' class="font-semibold"' : ''} style="padding-left:${0.4 + row.indent}rem">${esc(row.label)}</td>`,
      `<td>${esc(row.unit)}</td>`,
    );
    values.forEach((v, ci) => {
      const link = v === null ? null : href(row.code, ci, row.source);
      const text = v === null ? '' : link ? `<a href="${esc(link)}">${esc(v)}</a>` : esc(v);
      out.push(`<td data-col="${ci}">${text}</td>`);
    });
    for (const c of extra?.cells(ri, values) ?? []) out.push(`<td class="x">${esc(c)}</td>`);
    out.push('</tr>');
  });
  out.push('</tbody></table>');
  return out.join('');
}

export function ReportTable({ html }: { html: string }) {
  return <Markup html={html} />;
}

// The same report object is shared between requests while it is fresh (cachedReport), so its
// tables are written once per report (and last year's, for the 上年 column), not once per request.
const written = new WeakMap<object, { also: object | null; html: string }>();
export function memoTables(report: object, also: object | null, write: () => string): string {
  const hit = written.get(report);
  if (hit && hit.also === also) return hit.html;
  const html = write();
  written.set(report, { also, html });
  return html;
}

const rulesWritten = new WeakMap<object, string>();
/** 统计口径 and 处理结果归类 under the table: the same for every request until the mapping changes. */
export function rulesHtml(
  rules: readonly string[],
  mapping: { code: string; label: string; cell2017: string; cell2021: string }[],
): string {
  let html = rulesWritten.get(mapping);
  if (!html) {
    html =
      `<ol class="list-decimal space-y-1 pl-5">${rules.map((t) => `<li>${esc(t)}</li>`).join('')}</ol>` +
      '<h3 class="mb-1 mt-3 font-semibold">处理结果归类</h3><table class="w-full"><thead><tr class="border-b text-left">' +
      '<th class="p-1">处理结果</th><th class="p-1">2017年格式栏目</th><th class="p-1">2021年格式栏目</th></tr></thead><tbody>' +
      mapping
        .map(
          (m) =>
            `<tr class="border-b"><td class="p-1">${esc(m.label)}</td><td class="p-1">${esc(rowLabel('2017', m.cell2017))}</td>` +
            `<td class="p-1">${esc(rowLabel('2021', m.cell2021))}</td></tr>`,
        )
        .join('') +
      '</tbody></table>';
    rulesWritten.set(mapping, html);
  }
  return html;
}
