import Link from 'next/link';
import type { ReactNode } from 'react';

export function Panel({ title, children, more }: { title: string; children: ReactNode; more?: { href: string; label: string } }) {
  return (
    <section className="rounded border border-slate-200 bg-white p-4" aria-label={title}>
      <div className="mb-2 flex items-baseline justify-between">
        <h2 className="font-semibold">{title}</h2>
        {more ? (
          <Link href={more.href} className="text-sm text-blue-700 underline">
            {more.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export interface Row {
  key: string | number;
  cells: ReactNode[];
  tone?: 'late' | 'soon';
}

/** A dense list: tracking numbers, dates and statuses never wrap. */
export function RowsTable({ head, rows, label }: { head: string[]; rows: Row[]; label: string }) {
  return (
    <table className="w-full text-sm" aria-label={label}>
      <thead>
        <tr className="border-b text-left text-slate-600">
          {head.map((h) => (
            <th key={h} className="p-1 whitespace-nowrap">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={head.length} className="p-3 text-center text-slate-500">
              暂无
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key} className={`border-b ${r.tone === 'late' ? 'bg-red-50' : r.tone === 'soon' ? 'bg-amber-50' : ''}`}>
              {r.cells.map((c, i) => (
                <td key={i} className="p-1 whitespace-nowrap">
                  {c}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** A small horizontal bar chart in a fixed order of rows. */
export function Bars({ items, label }: { items: { label: string; count: number }[]; label: string }) {
  const max = Math.max(...items.map((x) => x.count), 1);
  return (
    <ul className="space-y-1 text-sm" aria-label={label}>
      {items.map((r) => (
        <li key={r.label} className="flex items-center gap-2">
          <span className="w-40 truncate" title={r.label}>
            {r.label}
          </span>
          <span className="h-3 rounded bg-blue-600" style={{ width: `${(r.count / max) * 50}%`, minWidth: r.count ? 2 : 0 }} aria-hidden />
          <span>{r.count}</span>
        </li>
      ))}
    </ul>
  );
}
