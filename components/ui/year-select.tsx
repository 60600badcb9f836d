/** A year chooser, newest first, from `last` down to `first`, each shown as 2025年. */
export function YearSelect({ id, value, first, last }: { id?: string; value: number; first: number; last: number }) {
  return (
    <select id={id} name="year" defaultValue={value} className="rounded border border-slate-300 px-2 py-1">
      {Array.from({ length: last - first + 1 }, (_, i) => last - i).map((y) => (
        <option key={y} value={y}>
          {y}年
        </option>
      ))}
    </select>
  );
}
