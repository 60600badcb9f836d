import type { Section } from '@/lib/statistics/layout';

/**
 * One section of a year table as a page shows it: rows by Chinese name, numbers right-aligned,
 * each number a link when `href` gives one, and optional trailing columns (上年, 同比).
 */
export function ReportTable({
  section,
  index,
  href,
  extra,
}: {
  section: Section;
  index: number;
  href: (code: string, col: number, source: string) => string | null;
  extra?: { heads: string[]; cells: (row: number, values: (number | null)[]) => string[] };
}) {
  return (
    <table className="w-full border-collapse bg-white text-sm" data-section={index}>
      <caption className="p-2 text-left font-semibold">{section.title}</caption>
      <thead>
        <tr className="border-b bg-slate-50 text-left">
          <th className="p-1.5">项目</th>
          <th className="p-1.5">单位</th>
          {section.columns.map((c) => (
            <th key={c} className="p-1.5 text-right">
              {c}
            </th>
          ))}
          {extra?.heads.map((h) => (
            <th key={h} className="p-1.5 text-right text-slate-500">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {section.rows.map(({ row, values }, ri) => (
          <tr key={row.code} className={`border-b ${row.source === 'manual' ? 'bg-sky-50/60' : ''}`} data-code={row.code}>
            <td className={`p-1.5 ${row.source === 'heading' ? 'font-semibold' : ''}`} style={{ paddingLeft: `${0.4 + row.indent}rem` }}>
              {row.label}
            </td>
            <td className="p-1.5">{row.unit}</td>
            {values.map((v, ci) => {
              const link = v === null ? null : href(row.code, ci, row.source);
              return (
                <td key={ci} className="p-1.5 text-right tabular-nums" data-col={ci}>
                  {v === null ? (
                    ''
                  ) : link ? (
                    // A plain link: hundreds of numbers per table, each a client <Link>, would make the page heavy.
                    <a className="text-blue-700 underline" href={link}>
                      {v}
                    </a>
                  ) : (
                    v
                  )}
                </td>
              );
            })}
            {extra?.cells(ri, values).map((c, i) => (
              <td key={`x${i}`} className="p-1.5 text-right text-slate-500">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
