// The one way to write SQL that Prisma's client can't express: Kysely, typed by the tables and
// columns `prisma generate` makes from schema.prisma (lib/generated/kysely), so renaming a column
// there fails `tsc` at every query that names it. Kysely only builds the statement; it runs through
// the Prisma client given — inside its transaction when it is one, else straight on the pool under
// it as a named prepared statement (lib/db/client.ts). Two drivers answer differently for some
// types, so queries select those in a form both give alike: counts as integer (`int`), money as
// text, dates as 'YYYY-MM-DD' text (`isoDate`).
import 'server-only';
import crypto from 'node:crypto';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type ColumnType,
  type Compilable,
  type CompiledQuery,
  type Expression,
  type RawBuilder,
  type Selectable,
  type SqlBool,
} from 'kysely';
import type { DB as Generated } from '@/lib/generated/kysely/types';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isLostConnection, sqlState } from '@/lib/shared/errors';
import { poolOf } from './client';
import pg from 'pg';

const PgPool = pg.Pool;

// The case's two columns PostgreSQL generates (migrations 20261126050000, 20261201000000) are read,
// never written: Prisma's schema has no word for that, so they are marked so here, by name.
type CaseRow = Generated['disclosure_case'];
export type DB = Omit<Generated, 'disclosure_case'> & {
  disclosure_case: Omit<CaseRow, 'search_bigrams' | 'list_item'> & {
    search_bigrams: ColumnType<string[], never, never>;
    list_item: ColumnType<string | null, never, never>;
  };
};

/** Builds statements (never connects: see `rows`). */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** A Prisma client or transaction: what a query runs on. */
export type Runner = Pick<PrismaClient, '$queryRawUnsafe'>;

// Statements are prepared per connection and live as long as it does; the filter combinations are
// bounded, but cap the names anyway so no input can make a connection hold thousands of plans.
const MAX_NAMES = 200;
const names = new Map<string, string>();
function statementName(text: string): string | undefined {
  const hit = names.get(text);
  if (hit || names.size >= MAX_NAMES) return hit;
  const name = 'dd_' + crypto.createHash('sha1').update(text).digest('hex').slice(0, 20);
  names.set(text, name);
  return name;
}

export interface RunOptions {
  /** false where the best plan depends on the values (a substring's commonness). */
  prepare?: boolean;
  /** Where the values decide how much there is to read: PostgreSQL stops it (see `timedOut`). */
  timeoutMs?: number;
}

/**
 * Runs a Kysely statement and returns its rows, typed by the statement. Measured at 1 M cases:
 * Prisma's raw-query path cost more Node CPU than PostgreSQL spent on a list query, so outside a
 * transaction the statement goes to the pg pool, prepared (PostgreSQL then skips parsing and
 * planning too).
 */
export async function rows<O>(db: Runner, query: Compilable<O>, { prepare = true, timeoutMs }: RunOptions = {}): Promise<O[]> {
  const { text, values } = compiled(query);
  const pool = poolOf(db as PrismaClient);
  // Inside a transaction (no pool of its own) the statement runs as the transaction's.
  if (!pool) return db.$queryRawUnsafe<O[]>(text, ...values);
  const statement = { name: prepare ? statementName(text) : undefined, text, values };
  if (!timeoutMs) return (await readOnce(pool, statement)).rows as O[];
  return (await readOnce(boundedPool(pool, timeoutMs), statement)).rows as O[];
}

// Reads PostgreSQL must stop at a time limit go to connections of their own (as many as the main
// pool may open), opened with that limit and read-only: one round trip a statement. Setting the
// limit per statement (BEGIN, SET LOCAL, the query, COMMIT) cost a substring search three round
// trips; four connections held 32 clients' searches to what four round trips at a time allow.
// A client-side timeout would leave the statement running.
const bounded = new WeakMap<pg.Pool, Map<number, pg.Pool>>();
function boundedPool(pool: pg.Pool, timeoutMs: number): pg.Pool {
  const byLimit = bounded.get(pool) ?? new Map<number, pg.Pool>();
  bounded.set(pool, byLimit);
  const ms = Math.max(1, Math.trunc(timeoutMs));
  let p = byLimit.get(ms);
  if (!p) {
    const o = (pool as pg.Pool & { options: pg.PoolConfig }).options;
    p = new PgPool({
      connectionString: o.connectionString,
      connectionTimeoutMillis: o.connectionTimeoutMillis,
      max: o.max,
      statement_timeout: ms,
      options: '-c default_transaction_read_only=on',
      // Idle ones close, so a process that stops searching (a test, a script) holds none.
      idleTimeoutMillis: 60_000,
      allowExitOnIdle: true,
    });
    p.on('error', () => {});
    byLimit.set(ms, p);
  }
  return p;
}

// A pooled connection can be dead without the pool knowing yet (PostgreSQL restarted, a failover
// behind the same address): a read that fails that way is tried once more, on a fresh connection.
// Only a read: a write whose connection dropped may have committed, and is answered 503 instead.
const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|merge)\b/i;
async function readOnce(pool: pg.Pool, statement: pg.QueryConfig) {
  try {
    return await pool.query(statement);
  } catch (err) {
    if (!isLostConnection(err) || !READ_ONLY.test(statement.text) || WRITES.test(statement.text)) throw err;
    return pool.query(statement);
  }
}

/** The first row, or undefined. */
export const first = async <O>(db: Runner, query: Compilable<O>, opts?: RunOptions): Promise<O | undefined> =>
  (await rows(db, query, opts))[0];

/** Runs a statement for its effect; returns how many rows it changed (where PostgreSQL says). */
export async function execute(db: Pick<PrismaClient, '$executeRawUnsafe'>, query: Compilable<unknown>): Promise<number> {
  const { text, values } = compiled(query);
  return db.$executeRawUnsafe(text, ...values);
}

/** The statement's text and values, a Date as ISO text (the same moment to pg and to Prisma). */
function compiled(query: Compilable<unknown>) {
  const { sql: text, parameters } = query.compile();
  return { text, values: parameters.map((v) => (v instanceof Date ? v.toISOString() : v)) };
}

/** One placeholder expression for each value of a statement compiled once. */
export type Slots<V> = { [K in keyof V]: RawBuilder<V[K]> };

// A value not yet known when a statement is compiled once (`compiledOnce`): Kysely keeps it as a
// parameter like any value, and binding swaps it for the call's own.
class Slot {
  constructor(readonly key: string) {}
}

/**
 * A statement built and compiled once, then bound to each call's values: for a statement whose
 * shape never changes and whose Kysely build is a noticeable share of its time (the year table's
 * counts: ~0.4 ms of building and compiling a call on a cold server, against ~18 ms in PostgreSQL).
 * `shape` names the values and their types (its own values are not used); `build` gets one
 * placeholder expression for each and must put every value of the call through one.
 */
export function compiledOnce<V extends Record<string, unknown>, O>(
  shape: V,
  build: (slots: Slots<V>) => Compilable<O>,
): (values: V) => Compilable<O> {
  let once: CompiledQuery<O> | undefined;
  const slots = () => Object.fromEntries(Object.keys(shape).map((k) => [k, sql`${new Slot(k)}`])) as Slots<V>;
  return (values) => ({
    compile: () => {
      once ??= build(slots()).compile();
      return { ...once, parameters: once.parameters.map((p) => (p instanceof Slot ? values[p.key] : p)) };
    },
  });
}

/** Whether PostgreSQL stopped a statement at its time limit. */
export const timedOut = (err: unknown) => sqlState(err) === '57014';

/** A date column as 'YYYY-MM-DD' (pg would give local midnight, Prisma UTC midnight). */
export const isoDate = <T extends Date | null>(e: Expression<T>) =>
  sql<T extends Date ? string : string | null>`to_char(${e}, 'YYYY-MM-DD')`;

/** A timestamp inside a JSON result (json_agg, jsonArrayFrom), where PostgreSQL writes it as ISO text. */
export const inJson = <T>(e: Expression<T>) => sql<T extends Date ? string : T>`${e}`;

/** A value compared with a `date` column: the text 'YYYY-MM-DD' (or an expression of it) as a date. */
export const asDate = (iso: string | null | Expression<string | null>): RawBuilder<Date> => sql<Date>`${iso}::date`;

/** count(*) as a JavaScript number in both drivers. */
export const countInt = (): RawBuilder<number> => sql<number>`count(*)::int`;

/** count(*) of the rows meeting `cond`, as a number in both drivers. */
export const countWhere = (cond: Expression<SqlBool>): RawBuilder<number> => sql<number>`count(*) FILTER (WHERE ${cond})::int`;

/** The rows of a JSON array read as rows of `table` (jsonb_populate_recordset): a batch in one parameter. */
export const recordsOf = <T extends keyof DB & string>(table: T, records: unknown[]) =>
  sql<Selectable<DB[T]>>`jsonb_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(records)}::jsonb)`;

/** The entries of a JSON object as rows (key, value): values keyed by a row's natural key. */
export const jsonEntries = (o: Record<string, unknown>) => sql<{ key: string; value: unknown }>`jsonb_each(${JSON.stringify(o)}::jsonb)`;

/** Holds an advisory lock on `key` until the transaction `tx` ends (callers of one key queue). */
export async function lockUntilCommit(tx: Runner, key: string): Promise<void> {
  await rows(tx, qb.selectNoFrom(sql<string>`pg_advisory_xact_lock(hashtextextended(${key}, 0))::text`.as('locked')));
}

export { sql };
