// Forged requests: a page on another site (or another port of this host, which SameSite=Lax
// doesn't stop) can make a signed-in browser send a form. For cookie-authenticated requests that
// change something we require a body type no plain form can send and an Origin that is our own.
// Bearer-token clients are not browsers and are not asked.
import { trustedHops } from '@/lib/auth/client-address';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const JSON_ONLY = ['application/json'];

function ownHosts(headers: Headers): string[] {
  const hosts = [headers.get('host')];
  if (trustedHops() > 0) hosts.push(headers.get('x-forwarded-host')?.split(',')[0].trim() ?? null);
  try {
    if (process.env.NEXTAUTH_URL) hosts.push(new URL(process.env.NEXTAUTH_URL).host);
  } catch {
    /* an invalid NEXTAUTH_URL adds nothing */
  }
  return hosts.filter((h): h is string => !!h).map((h) => h.toLowerCase());
}

/** Why this cookie-authenticated request is refused as possibly forged, or null. */
export function forgedRequestProblem(method: string, headers: Headers, bodyTypes: readonly string[] = JSON_ONLY): string | null {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return null;
  const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const hasBody = Number(headers.get('content-length') ?? 0) > 0 || headers.has('transfer-encoding') || type !== '';
  if (hasBody && !bodyTypes.includes(type)) return `请求体类型须为 ${bodyTypes.join(' 或 ')}`;
  if (headers.get('sec-fetch-site') === 'same-origin') return null;
  const origin = headers.get('origin');
  if (!origin) return '缺少 Origin 请求头：使用登录会话调用接口时须来自本系统页面（脚本请使用接口令牌）';
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return 'Origin 请求头无效';
  }
  return ownHosts(headers).includes(host) ? null : '拒绝来自其他网站的请求';
}
