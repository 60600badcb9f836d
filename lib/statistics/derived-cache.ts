// Year tables, roll-ups and the supervision overview are derived from tens of thousands of cases
// (100 ms to seconds of database work each at a million cases), and a busy office opens them all at
// once. Each answer is shared: concurrent requests wait on one computation; for FRESH_MS it is served
// as is, and up to STALE_MS it is still served while one refresh runs behind it (so nobody waits on a
// recomputation under load). Any write in this process that could move a number (a step, an intake,
// an import, a manual figure, a freeze, a complaint, a mapping or calendar change) drops every entry,
// so the next request computes afresh; another process's writes are seen within FRESH_MS plus one
// computation. Freezing always computes afresh.
const FRESH_MS = 5_000;
const STALE_MS = 60_000;
interface Entry {
  at: number;
  value: Promise<unknown>;
  refreshing?: boolean;
}
const g = globalThis as unknown as { ddDerived?: Map<string, Entry> };
const cache = (g.ddDerived ??= new Map());

function start<T>(key: string, compute: () => Promise<T>, previous?: Entry): Promise<T> {
  const value = compute();
  const entry: Entry = { at: Date.now(), value };
  if (!previous) cache.set(key, entry);
  value.then(
    () => {
      // A refresh replaces the entry only when it finished; a write meanwhile (clear) wins.
      if (previous && cache.get(key) === previous) cache.set(key, entry);
    },
    () => {
      if (cache.get(key) === entry) cache.delete(key);
      if (previous) previous.refreshing = false;
    },
  );
  return value;
}

export function cachedDerived<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = cache.get(key);
  if (hit && now - hit.at < FRESH_MS) return hit.value as Promise<T>;
  if (hit && now - hit.at < STALE_MS) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      void start(key, compute, hit).catch(() => {});
    }
    return hit.value as Promise<T>;
  }
  if (cache.size > 2_000) cache.clear();
  return start(key, compute);
}

/** Called by every write that can change a derived number. */
export function forgetDerived(): void {
  cache.clear();
}
