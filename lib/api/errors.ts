// JSON errors for everything under /api: { error: { code, message } }, never HTML or a stack.
import { idFromAddress } from '@/lib/shared/id-from-address';
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string, details?: unknown): Response {
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

export const unauthorized = () => new ApiError(401, 'unauthorized', '未登录或令牌无效');
export const forbiddenError = () => new ApiError(403, 'forbidden', '当前角色无权执行此操作');
export const notFound = (what = '资源') => new ApiError(404, 'not_found', `${what}不存在`);

/** A numeric id from the URL; anything else is answered as "not found", never as a crash. */
export function idParam(raw: string, what: string): number {
  const id = idFromAddress(raw);
  if (id === null) throw notFound(what);
  return id;
}
