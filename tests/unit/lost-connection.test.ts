// A lost or refused database connection reads as "unavailable" (503, 请稍后重试), whichever layer
// reports it; real faults and bad input don't. The real restart is tests/stress/db-restart.test.ts.
import { describe, expect, it } from 'vitest';
import { asDomainError, isLostConnection, UNAVAILABLE_MESSAGE } from '@/lib/shared/errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('a lost database connection', () => {
  it.each([
    ['pg: terminated by a restart (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['pg: not yet accepting connections (57P03)', withCode('the database system is starting up', '57P03')],
    ['pg: connection exception class 08', withCode('connection failure', '08006')],
    ['pg: every connection slot taken (53300)', withCode('sorry, too many clients already', '53300')],
    ['pg-pool: no connection within its wait', new Error('timeout exceeded when trying to connect')],
    ['socket refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['pg: the connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['Prisma: cannot reach the server (P1001)', withCode("Can't reach database server at 127.0.0.1:5432", 'P1001')],
    [
      'Prisma adapter: wrapped SQLSTATE',
      Object.assign(new Error('x'), { meta: { driverAdapterError: { cause: { originalCode: '57P01' } } } }),
    ],
    ['Prisma adapter: a kind without a code', Object.assign(new Error('x'), { cause: { kind: 'DatabaseNotReachable' } })],
    ['wrapped as a cause', new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') })],
  ])('%s → unavailable', (_what, err) => {
    expect(isLostConnection(err)).toBe(true);
    expect(asDomainError(err)).toMatchObject({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE });
    expect(UNAVAILABLE_MESSAGE).toContain('请稍后重试');
  });

  it.each([
    ['a bug', new TypeError('x is undefined')],
    ['a unique key lost in a race', withCode('duplicate key', '23505')],
    ['a bad date', withCode('invalid input syntax for type date', '22007')],
    ['a statement timeout', withCode('canceling statement due to statement timeout', '57014')],
  ])('%s is not', (_what, err) => {
    expect(isLostConnection(err)).toBe(false);
    expect(asDomainError(err)?.kind).not.toBe('unavailable');
  });
});
