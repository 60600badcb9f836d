// The one error type the domain throws. Its kind says what went wrong; the HTTP layer
// (lib/api/handler.ts) and the form layer (lib/shared/action-result.ts) each map it in one place.
// Anything else that escapes is either recognised here (bad input the database refused, a unique
// key lost in a race) or is a real bug and answers 500.
import { ZodError } from 'zod';

/**
 * `limited`: too many requests from one address or applicant (HTTP 429). `unavailable`: the
 * database could not be reached or went away mid-request (a restart, a failover): nothing was
 * saved, and the same request will work again shortly (HTTP 503).
 */
export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'invalid_state' | 'forbidden' | 'limited' | 'unavailable';
export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly field?: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
  }
}

export const STALE_MESSAGE = '该案件已被他人修改（版本不一致）。您的操作未保存，请刷新页面查看最新内容后重试。';

export const notFoundError = (what: string) => new DomainError('not_found', `${what}不存在`);

// PostgreSQL SQLSTATEs that mean "the input was wrong", not "the server broke".
const PG_INVALID: Record<string, string> = {
  '22007': '日期格式无效',
  '22008': '日期不存在或超出范围',
  '22P02': '输入的值格式无效',
  '22021': '输入含有无效字符',
  '22001': '输入的内容过长',
  '22003': '数值超出范围',
};

/** The SQLSTATE of a PostgreSQL error, as pg gives it or wrapped by Prisma's adapter. */
export function sqlState(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as {
    code?: unknown;
    meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } };
    cause?: unknown;
  };
  const cause = e.meta?.driverAdapterError?.cause;
  for (const c of [cause?.originalCode, e.meta?.code, typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined]) {
    if (typeof c === 'string') return c;
  }
  return e.cause ? sqlState(e.cause) : undefined;
}

export const UNAVAILABLE_MESSAGE = '数据库暂时无法连接，本次操作未保存，请稍后重试';

// What a lost or refused database connection looks like, through pg or Prisma's adapter: SQLSTATE
// class 08 (connection exception), 57P01–57P03 (shut down by an administrator, crashed, not yet
// accepting connections) and 53300 (every connection slot taken); the socket's errors; pg's, its
// pool's and Prisma's own messages for a connection that ended or never came.
const LOST_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'P1001',
  'P1002',
  'P1017',
  'P2024',
]);
const LOST_CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
const LOST_CONNECTION_TEXT =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|Server has closed the connection|Client has encountered a connection error|Connection closed|the database system is (starting up|shutting down|in recovery mode)/i;

/** Whether `err` (or what it wraps) says the database connection was lost or refused. */
export function isLostConnection(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const state = sqlState(err);
  if (state && (state.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(state))) return true;
  const e = err as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === 'string' && LOST_CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.kind === 'string' && LOST_CONNECTION_KINDS.has(e.kind)) return true;
  if (typeof e.message === 'string' && LOST_CONNECTION_TEXT.test(e.message)) return true;
  return isLostConnection(e.cause, depth + 1) || isLostConnection(e.meta?.driverAdapterError, depth + 1);
}

/** The domain reading of any thrown value, or null when it is a genuine fault. */
export function asDomainError(err: unknown): DomainError | null {
  if (err instanceof DomainError) return err;
  if (err instanceof ZodError) {
    const fields = err.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
    return new DomainError(
      'invalid',
      fields.map((f) => (f.field === '(body)' ? f.message : `${f.field}: ${f.message}`)).join('；'),
      fields[0]?.field,
      fields,
    );
  }
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  // Prisma: unique key lost in a race (P2002), write conflict or deadlock (P2034).
  if (code === 'P2002') return new DomainError('conflict', '该记录已存在（可能刚被他人同时创建），请刷新后查看');
  if (code === 'P2034') return new DomainError('conflict', '与他人同时操作发生冲突，您的操作未保存，请重试');
  const state = sqlState(err);
  if (state === '23505') return new DomainError('conflict', '该记录已存在（可能刚被他人同时创建），请刷新后查看');
  if (state === '40001' || state === '40P01') return new DomainError('conflict', '与他人同时操作发生冲突，您的操作未保存，请重试');
  if (state && PG_INVALID[state]) return new DomainError('invalid', PG_INVALID[state]);
  if (isLostConnection(err)) return new DomainError('unavailable', UNAVAILABLE_MESSAGE);
  return null;
}
