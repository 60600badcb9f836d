import { describe, expect, it } from 'vitest';
import { qb, rows, sql, timedOut } from '@/lib/db/kysely';
import { runList, SEARCH_TIMEOUT_MS, SEARCH_TOO_BROAD } from '@/lib/cases/list-cases';
import { DomainError } from '@/lib/shared/errors';
import { databaseForFile } from '../helpers/db';

const tdb = databaseForFile();

describe('bounded hot reads', () => {
  it('are stopped by PostgreSQL at their limit, and leave every pooled connection without one', async () => {
    const t = Date.now();
    const err = await rows(tdb.prisma, qb.selectNoFrom(sql`pg_sleep(2)`.as('s')), { prepare: false, timeoutMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(timedOut(err)).toBe(true);
    expect(Date.now() - t).toBeLessThan(1_500);
    // Ten at once take every connection of the pool: none may still carry the limit.
    const settings = await Promise.all(
      Array.from({ length: 10 }, () =>
        rows(tdb.prisma, qb.selectNoFrom([sql<string>`current_setting('statement_timeout')`.as('s'), sql`pg_sleep(0.05)`.as('p')])),
      ),
    );
    expect(settings.map((r) => r[0].s)).toEqual(Array(10).fill('0'));
    // A bounded read that finishes in time answers as any other.
    expect(await rows(tdb.prisma, qb.selectNoFrom(sql<number>`1`.as('n')), { timeoutMs: 1_000 })).toEqual([{ n: 1 }]);
  });

  it('turn a substring search that runs out of time into a message about the search, not a fault', async () => {
    const slow = qb.selectNoFrom(sql`pg_sleep(${SEARCH_TIMEOUT_MS / 1000 + 2})`.as('s'));
    const err = await runList(tdb.prisma, { q: '征收补偿' }, () => slow).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ kind: 'invalid', field: 'q', message: SEARCH_TOO_BROAD });
    // Other lists are prepared and unbounded (their plans read an index in order and stop).
    expect(
      await runList(tdb.prisma, { view: 'mine' }, () => qb.selectNoFrom([sql<number>`2`.as('n'), sql`pg_sleep(0.01)`.as('p')])),
    ).toEqual([{ n: 2, p: '' }]);
  }, 20_000);

  it('answer a substring search the trigram-first way when it is quick, else planned for its text', async () => {
    const which = (slowFirst: boolean) => (g: { trigramFirst?: boolean }) =>
      qb.selectNoFrom([
        sql<string>`${g.trigramFirst ? 'first' : 'planned'}::text`.as('s'),
        sql`pg_sleep(${g.trigramFirst && slowFirst ? 2 : 0})`.as('p'),
      ]);
    expect((await runList(tdb.prisma, { q: '征收补偿' }, which(false)))[0].s).toBe('first');
    const t = Date.now();
    expect((await runList(tdb.prisma, { q: '征收补偿' }, which(true)))[0].s).toBe('planned');
    expect(Date.now() - t).toBeLessThan(1_500);
  }, 20_000);
});
