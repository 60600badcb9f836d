export function Notice({ kind, children }: { kind: 'error' | 'success' | 'info'; children: React.ReactNode }) {
  const cls = {
    error: 'border-red-300 bg-red-50 text-red-800',
    success: 'border-green-300 bg-green-50 text-green-800',
    info: 'border-blue-300 bg-blue-50 text-blue-800',
  }[kind];
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`rounded border px-3 py-2 text-sm ${cls}`}>
      {children}
    </div>
  );
}

/** An action's answer under its form (nothing before the first answer); not printed. */
export function ResultNotice({ result }: { result: { ok: boolean; message: string } | null | undefined }) {
  if (!result) return null;
  return (
    <div className="no-print">
      <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice>
    </div>
  );
}
