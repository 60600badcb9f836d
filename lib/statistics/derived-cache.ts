// Year tables, roll-ups and the supervision overview are derived from tens of thousands of cases
// (100 ms to seconds of database work each at a million cases), and a busy office opens them all at
// once. Each answer is shared: concurrent requests wait on one computation; for FRESH_MS it is served
// as is, and up to STALE_MS it is still served while one refresh runs behind it (so nobody waits on a
// recomputation under load). Each entry names the offices whose cases it reads (a roll-up: the whole
// subtree). A write that could move a number of an office drops the entries that read that office
// — its own and its supervisors' roll-ups, nobody else's — in every process, from one of two
// places: the admin log's audit() for the office's settings, figures, complaints, users and the
// calendar (lib/audit/audit.ts: a notice sent with the transaction, so only a committed change is
// heard), and forgetDerived after the commit of a case's own writes (a step, an intake), which come
// too fast for a notice inside each transaction (lib/db/change-feed.ts). The next request computes
// afresh. FRESH_MS is only the safety net for a feed that is down: refreshing every few
// seconds regardless cost the year page ~0.5 ms of PostgreSQL a view (two tables recomputed each
// time). Freezing always computes afresh.
const FRESH_MS = 60_000;
const STALE_MS = 300_000;
// A promise carries the async context (the request) it was made in, so an entry keeps the promise
// only while it is pending and the plain value once it has settled: a cache must not hold requests.
interface Entry {
  at: number;
  /** The offices whose cases the value reads; null until a value that names them has settled. */
  agencies: readonly number[] | null;
  pending?: Promise<unknown>;
  settled?: { value: unknown };
  refreshing?: boolean;
}
const g = globalThis as unknown as { ddDerived?: Map<string, Entry>; ddDerivedTell?: (agencyId?: number) => void };
const cache = (g.ddDerived ??= new Map());

/** The offices an entry reads: given, or named by its value once computed (a roll-up's subtree). */
type Agencies<T> = readonly number[] | ((value: T) => readonly number[]);

function start<T>(key: string, agencies: Agencies<T>, compute: () => Promise<T>, previous?: Entry): Promise<T> {
  const value = compute();
  const entry: Entry = { at: Date.now(), agencies: typeof agencies === 'function' ? null : agencies, pending: value };
  if (!previous) cache.set(key, entry);
  value.then(
    (v) => {
      entry.settled = { value: v };
      if (typeof agencies === 'function') entry.agencies = agencies(v);
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

/** The value under `key`, computed from the cases of `agencies`, shared as described above. */
export function cachedDerived<T>(key: string, agencies: Agencies<T>, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = cache.get(key);
  if (hit && now - hit.at < FRESH_MS) return valueOf<T>(hit);
  if (hit && now - hit.at < STALE_MS) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      void start(key, agencies, compute, hit).catch(() => {});
    }
    return valueOf<T>(hit);
  }
  if (cache.size > 2_000) cache.clear();
  return start(key, agencies, compute);
}

/**
 * Called after a case's write committed (record-event.ts, create-case.ts): drops what read office
 * `agencyId` here, and tells the other processes. Without an office, drops all.
 */
export function forgetDerived(agencyId?: number): void {
  clearDerived(agencyId);
  g.ddDerivedTell?.(agencyId);
}

/** Drops this process's entries that read `agencyId` (all without one): also another process's write, heard on the change feed. */
export function clearDerived(agencyId?: number): void {
  if (agencyId === undefined) return cache.clear();
  // An entry still computing whose offices aren't known yet is dropped by any write.
  for (const [key, e] of cache) if (!e.agencies || e.agencies.includes(agencyId)) cache.delete(key);
}

/** How forgetDerived tells the other processes (set once at start-up, instrumentation.ts). */
export function tellOthersWith(tell: (agencyId?: number) => void): void {
  g.ddDerivedTell = tell;
}
