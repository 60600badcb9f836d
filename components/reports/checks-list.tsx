/** The consistency checks under a year table or a roll-up, each passed (✓) or failed (✗) with why. */
export function ChecksList({
  title,
  checks,
  className = '',
}: {
  title: string;
  checks: { id: string; ok: boolean; label: string; detail: string }[];
  className?: string;
}) {
  return (
    <section className={`${className} rounded border border-slate-200 bg-white p-4`.trim()}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      <ul className="space-y-1 text-sm" data-testid="checks">
        {checks.map((c) => (
          <li key={c.id} className={c.ok ? 'text-green-800' : 'text-red-700'}>
            {c.ok ? '✓' : '✗'} {c.label}：{c.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}
