// The public side's route wrapper: no account, no cookie taken into account, every body capped,
// every failure the same JSON shape as the staff API (and never a 500 with details).
import { clientAddress } from '@/lib/auth/client-address';
import { BODY_LIMITS } from '@/lib/runtime/body-limit.mjs';
import { ApiError } from './errors';
import { toErrorResponse } from './handler';

// The server caps the body while it streams (lib/runtime/body-limit.mjs); this repeats the check for
// `next dev`, which runs without our server, from the same number.
const PUBLIC_MAX_BODY = BODY_LIMITS.public.bytes;

export function publicRoute<P>(handler: (req: Request, address: string, params: P) => Promise<Response>) {
  return async (req: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      if (Number(req.headers.get('content-length') ?? 0) > PUBLIC_MAX_BODY)
        throw new ApiError(413, 'too_large', '提交的内容过大（附件合计不超过 50 MB）');
      const address = clientAddress(req.headers.get('x-dd-peer'), req.headers.get('x-forwarded-for'));
      return await handler(req, address, await ctx.params);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}
