// Who is knocking, for sign-in throttling. The address comes from the connection itself (set by
// our HTTP server as x-dd-peer, overwriting anything a client sent); X-Forwarded-For is believed
// only as far as TRUST_PROXY says there are proxies of our own in front of us.

/** The number of trusted reverse proxies (TRUST_PROXY), 0 when unset or invalid. */
export function trustedHops(raw = process.env.TRUST_PROXY): number {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

const clean = (s: string) =>
  s
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^::ffff:/, '')
    .slice(0, 64);

/**
 * With n trusted proxies, each appends the address it saw, so the client is the n-th entry from
 * the right of X-Forwarded-For (anything left of it was written by the client and may be forged).
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, hops = trustedHops()): string {
  const direct = peer ? clean(peer) : '';
  if (hops === 0 || !forwardedFor) return direct || 'unknown';
  const chain = forwardedFor.split(',').map(clean).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : (chain[0] ?? (direct || 'unknown'));
}
