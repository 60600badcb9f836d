import type { ReactNode } from 'react';

/** A column's header: its name, or a name kept on one line (dates), or null for an unnamed column. */
type Column = ReactNode | { label: ReactNode; nowrap: true };
const isNowrap = (c: Column): c is { label: ReactNode; nowrap: true } => typeof c === 'object' && c !== null && 'nowrap' in c;

/** The header row of an admin or register table, one definition of how its columns are named. */
export function TableHead({ columns, muted = false }: { columns: Column[]; muted?: boolean }) {
  return (
    <thead>
      <tr className={muted ? 'border-b text-left text-slate-600' : 'border-b text-left'}>
        {columns.map((c, i) =>
          c === null ? (
            <th key={i} />
          ) : isNowrap(c) ? (
            <th key={i} className="whitespace-nowrap p-2">
              {c.label}
            </th>
          ) : (
            <th key={i} className="p-2">
              {c}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
