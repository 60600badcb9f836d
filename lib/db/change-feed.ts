// Several app processes share one PostgreSQL. Each keeps caches (bearer tokens, the holiday
// calendar, derived figures such as year tables); a change made in any process — or from the
// shell — is announced with NOTIFY, in the changing transaction (announce: delivered only if it
// commits) or right after it (broadcast, which gathers a moment's notices into one), and every
// process LISTENs and drops the cache at once. The caches' own expiry stays as the safety net if
// the listener is down.
import pg from 'pg';
import { qb, rows, sql, type Runner } from './kysely';

const CHANNEL = 'dd_cache';
export type CacheTopic = 'tokens' | 'calendar' | 'derived';
/** A topic, or the derived figures of one office ("derived:17"). */
export type CacheNotice = CacheTopic | `derived:${number}`;

/** Tell every process to drop its cache of `topic` (inside the transaction that changes it). */
export async function announce(tx: Runner, topic: CacheNotice): Promise<void> {
  await rows(tx, qb.selectNoFrom(sql<string>`pg_notify(${CHANNEL}, ${topic})::text`.as('sent')));
}

const g = globalThis as unknown as { ddChangeFeed?: pg.Client | 'starting' };

const waiting = new Set<CacheNotice>();
let sending = false;

/**
 * How long a notice waits to be sent, gathering the same office's others. Sent as soon as the last
 * had gone, a stream of registrations (175 a second, 32 clients) sent a notice for every second
 * one: a round trip from this process and a wake-up of every listening process each time. Another
 * process's figures stay stale this much longer, far inside the derived cache's own safety net.
 */
const GATHER_MS = 50;

/**
 * Tells every process (this one too) to drop its cache of `topic`, after the change committed,
 * over the listening connection; a no-op where no listener runs (scripts, tests).
 */
export function broadcast(topic: CacheNotice): void {
  const client = g.ddChangeFeed;
  if (!client || client === 'starting') return;
  waiting.add(topic);
  if (sending) return;
  sending = true;
  sendLater();
}

const sendLater = () => setTimeout(() => void send(), GATHER_MS).unref();

/** Sends what has gathered; whatever arrives meanwhile waits for the next round. */
async function send() {
  const topics = [...waiting];
  waiting.clear();
  for (const t of topics) {
    const client = g.ddChangeFeed;
    if (client && client !== 'starting') await client.query('SELECT pg_notify($1, $2)', [CHANNEL, t]).catch(() => {});
  }
  if (waiting.size) sendLater();
  else sending = false;
}

/** Starts this process's listener (once); on any trouble it drops every cache and reconnects. */
export function listenForChanges(url: string, drop: Record<CacheTopic, (arg?: number) => void>): void {
  if (g.ddChangeFeed) return;
  g.ddChangeFeed = 'starting';
  const dropAll = () => Object.values(drop).forEach((f) => f());
  const connect = async () => {
    const client = new pg.Client({ connectionString: url, application_name: 'dd-change-feed' });
    const retry = () => {
      dropAll();
      g.ddChangeFeed = 'starting';
      setTimeout(() => void connect(), 1000).unref();
    };
    client.on('notification', (m) => {
      const [topic, arg] = (m.payload ?? '').split(':');
      if (m.channel === CHANNEL && topic in drop) drop[topic as CacheTopic](arg && /^\d+$/.test(arg) ? Number(arg) : undefined);
      else dropAll();
    });
    client.on('error', () => client.end().catch(() => {}));
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      g.ddChangeFeed = client;
      dropAll(); // anything cached before the listener was up may be stale
    } catch {
      client.removeAllListeners('end');
      retry();
    }
  };
  void connect();
}
