import { describe, expect, it } from 'vitest';
import { clientAddress, trustedHops } from '@/lib/auth/client-address';
import { forgedRequestProblem } from '@/lib/api/same-origin';

describe('the client address', () => {
  it('is the connection itself unless proxies are trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4, 5.6.7.8', 0)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', null, 0)).toBe('127.0.0.1');
    expect(clientAddress(null, '1.2.3.4', 0)).toBe('unknown');
  });

  it('takes the entry our own proxies wrote, never one the client prepended', () => {
    // Client forged "1.1.1.1"; our one proxy appended the real 198.51.100.4.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.4, 10.0.0.9', 2)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', '198.51.100.4', 3)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', 'x'.repeat(500), 1)).toHaveLength(64);
  });

  it('reads TRUST_PROXY as a small whole number, anything else as none', () => {
    expect([trustedHops('1'), trustedHops('2'), trustedHops(undefined), trustedHops('yes'), trustedHops('-1'), trustedHops('99')]).toEqual([
      1, 2, 0, 0, 0, 0,
    ]);
  });
});

describe('forged requests', () => {
  const h = (o: Record<string, string>) => new Headers({ host: 'localhost:3000', ...o });
  it('lets same-origin JSON through and safe methods always', () => {
    expect(forgedRequestProblem('GET', h({}))).toBeNull();
    expect(forgedRequestProblem('POST', h({ 'content-type': 'application/json', origin: 'http://localhost:3000' }))).toBeNull();
    expect(
      forgedRequestProblem('POST', h({ 'content-type': 'application/json; charset=utf-8', 'sec-fetch-site': 'same-origin' })),
    ).toBeNull();
  });
  it('refuses a form body, another port, another site, or no origin at all', () => {
    expect(forgedRequestProblem('POST', h({ 'content-type': 'text/plain', origin: 'http://localhost:3000' }))).toMatch(/application\/json/);
    expect(
      forgedRequestProblem(
        'POST',
        h({ 'content-type': 'application/json', origin: 'http://localhost:4000', 'sec-fetch-site': 'same-site' }),
      ),
    ).toMatch(/其他网站/);
    expect(forgedRequestProblem('POST', h({ 'content-type': 'application/json', origin: 'https://evil.example' }))).toMatch(/其他网站/);
    expect(forgedRequestProblem('POST', h({ 'content-type': 'application/json' }))).toMatch(/Origin/);
    expect(forgedRequestProblem('DELETE', h({ origin: 'null' }))).toMatch(/Origin/);
  });
});
