// Year tables, roll-ups and the supervision overview are derived from tens of thousands of cases
// (100 ms to seconds of database work each at a million cases), and a busy office opens them all at
// once. Each answer is shared: concurrent requests wait on one computation; for FRESH_MS it is served
// as is, and up to STALE_MS it is still served while one refresh runs behind it (so nobody waits on a
// recomputation under load). Any write that could move a number (a step, an intake, an import, a
// manual figure, a freeze, a complaint, a mapping or calendar change) drops every entry, in this
// process and — through the change feed (lib/db/change-feed.ts) — in every other, so the next request
// computes afresh. FRESH_MS is only the safety net for a feed that is down: refreshing every few
// seconds regardless cost the year page ~0.5 ms of PostgreSQL a view (two tables recomputed each
// time). Freezing always computes afresh.
const FRESH_MS = 60_000;
const STALE_MS = 300_000;
// A promise carries the async context (the request) it was made in, so an entry keeps the promise
// only while it is pending and the plain value once it has settled: a cache must not hold requests.
interface Entry {
  at: number;
  pending?: Promise<unknown>;
  settled?: { value: unknown };
  refreshing?: boolean;
}
const g = globalThis as unknown as { ddDerived?: Map<string, Entry>; ddDerivedTell?: () => void };
const cache = (g.ddDerived ??= new Map());

function start<T>(key: string, compute: () => Promise<T>, previous?: Entry): Promise<T> {
  const value = compute();
  const entry: Entry = { at: Date.now(), pending: value };
  if (!previous) cache.set(key, entry);
  value.then(
    (v) => {
      entry.settled = { value: v };
      entry.pending = undefined;
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

const valueOf = <T>(e: Entry) => (e.settled ? Promise.resolve(e.settled.value) : e.pending) as Promise<T>;

export function cachedDerived<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = cache.get(key);
  if (hit && now - hit.at < FRESH_MS) return valueOf<T>(hit);
  if (hit && now - hit.at < STALE_MS) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      void start(key, compute, hit).catch(() => {});
    }
    return valueOf<T>(hit);
  }
  if (cache.size > 2_000) cache.clear();
  return start(key, compute);
}

/** Called by every write that can change a derived number (after it committed). */
export function forgetDerived(): void {
  cache.clear();
  g.ddDerivedTell?.();
}

/** Drops this process's entries only: another process's write, heard on the change feed. */
export function clearDerived(): void {
  cache.clear();
}

/** How forgetDerived tells the other processes (set once at start-up, instrumentation.ts). */
export function tellOthersWith(tell: () => void): void {
  g.ddDerivedTell = tell;
}
