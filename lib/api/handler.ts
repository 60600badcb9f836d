// Wraps a route handler: authenticates (bearer token or session cookie), checks the permission
// table, and turns every failure into the JSON error shape. This is the one place a domain error
// becomes an HTTP status.
import { getSession, type Actor } from '@/lib/auth/session';
import { actorForToken } from '@/lib/auth/tokens';
import { can, type Permission } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { asDomainError, type ErrorKind } from '@/lib/shared/errors';
import { ApiError, errorResponse, forbiddenError, unauthorized } from './errors';
import { forgedRequestProblem, JSON_ONLY } from './same-origin';

async function authenticate(req: Request, bodyTypes: readonly string[] = JSON_ONLY): Promise<Actor | null> {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? actorForToken(db(), match[1]) : null;
  }
  const actor = await getSession();
  if (!actor) return null;
  // Only a request that carries a session can be a forged one.
  const forged = forgedRequestProblem(req.method, req.headers, bodyTypes);
  if (forged) throw new ApiError(403, 'cross_site', forged);
  if (actor.mustChangePassword) throw new ApiError(403, 'password_change_required', '请先在"账户"页面修改初始密码');
  return actor;
}

type Ctx<P> = { params: Promise<P> };
type Handler<P> = (req: Request, actor: Actor, params: P) => Promise<Response>;

/** `bodyTypes`: what a signed-in browser may send to this route (JSON unless it takes files). */
export function apiRoute<P = Record<string, never>>(
  permission: Permission,
  handler: Handler<P>,
  { bodyTypes = JSON_ONLY }: { bodyTypes?: readonly string[] } = {},
) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    try {
      const actor = await authenticate(req, bodyTypes);
      if (!actor) throw unauthorized();
      if (!can(actor.role, permission)) throw forbiddenError();
      return await handler(req, actor, await ctx.params);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}

const STATUS: Record<ErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  invalid: 400,
  forbidden: 403,
  limited: 429,
  unavailable: 503,
};

export function toErrorResponse(err: unknown): Response {
  if (err instanceof ApiError) return errorResponse(err.status, err.code, err.message, err.details);
  const e = asDomainError(err);
  if (e) {
    const details = e.fields ?? (e.field ? [{ field: e.field, message: e.message }] : undefined);
    return errorResponse(STATUS[e.kind], e.kind, e.message, details);
  }
  console.error(err);
  return errorResponse(500, 'internal', '服务器内部错误，请稍后重试');
}

export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', '请求体不是有效的 JSON');
  }
}
