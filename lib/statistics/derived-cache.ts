// Year tables, roll-ups and the supervision overview are derived from tens of thousands of cases
// (100 ms to a second of database work each at a million cases), and a busy office opens them all at
// once. Each answer is shared for a few seconds: concurrent requests wait on one computation, any
// write in this process that could move a number (a step, an intake, an import, a manual figure, a
// freeze, a complaint, a mapping or calendar change) drops every entry at once, and another process's
// writes are seen within TTL_MS. Freezing always computes afresh.
const TTL_MS = 5_000;
const g = globalThis as unknown as { ddDerived?: Map<string, { at: number; value: Promise<unknown> }> };
const cache = (g.ddDerived ??= new Map());

export function cachedDerived<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  if (cache.size > 2_000) cache.clear();
  const value = compute();
  cache.set(key, { at: Date.now(), value });
  // A failure is not kept: the next request tries again.
  value.catch(() => cache.get(key)?.value === value && cache.delete(key));
  return value;
}

/** Called by every write that can change a derived number. */
export function forgetDerived(): void {
  cache.clear();
}
