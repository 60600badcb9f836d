// Issue 26, point 6, against a running server: wrong passwords from rotating addresses can't keep
// the real user out. TRUST_PROXY=1 lets the test choose each request's client address
// (X-Forwarded-For), as a proxy in front would.
import { beforeAll, describe, expect, it } from 'vitest';
import { signInCookie } from '../../scripts/lib/sign-in-cookie';
import type { TestDb } from '../helpers/db';
import { serverSuite, type AppServer } from '../helpers/app-server';

const PASSWORD = 'test-Password-1';
let tdb: TestDb;
let app: AppServer;

const suite = serverSuite({ TRUST_PROXY: '1' });
beforeAll(() => ({ tdb, app } = suite));

const from = (address: string) => ({ 'x-forwarded-for': address });

describe('throttling a stranger cannot turn against users (point 6)', () => {
  it('the victim signs in with the right password from a clean address, every time, while wrong passwords rotate addresses', async () => {
    let stop = false;
    let attempts = 0;
    let n = 0;
    const attack = Array.from({ length: 3 }, async () => {
      while (!stop && n < 3000) {
        const k = n++;
        await signInCookie(app.base, 'admin', `wrong-Guess-${k}`, from(`198.51.100.${k % 250}`));
        attempts++;
      }
    });
    const counted = async () => (await tdb.prisma.signInFailure.findUnique({ where: { key: 'acct:admin' } }))?.failures ?? 0;
    // Each time, the account has at least 16 fresh failures (as in the finding) before the victim
    // tries; their success clears the account's count, so the attack builds it up again.
    const outcomes: { counted: number; signedIn: boolean }[] = [];
    for (let i = 0; i < 5; i++) {
      for (let t = 0; t < 300 && (await counted()) < 16; t++) await new Promise((r) => setTimeout(r, 100));
      const before = await counted();
      outcomes.push({ counted: before, signedIn: (await signInCookie(app.base, 'admin', PASSWORD, from('203.0.113.77'))) !== null });
    }
    stop = true;
    await Promise.all(attack);
    console.log(`rotating attack: ${attempts} wrong passwords; victim: ${JSON.stringify(outcomes)}`);
    expect(outcomes.every((o) => o.counted >= 16)).toBe(true);
    expect(outcomes.every((o) => o.signedIn)).toBe(true);
  });

  it('keeps the per-pair and per-address limits', async () => {
    for (let i = 0; i < 5; i++) expect(await signInCookie(app.base, 'manager', 'wrong-Guess-x', from('192.0.2.50'))).toBeNull();
    expect(await signInCookie(app.base, 'manager', PASSWORD, from('192.0.2.50'))).toBeNull(); // that pair is locked
    expect(await signInCookie(app.base, 'manager', PASSWORD, from('192.0.2.51'))).not.toBeNull(); // the user elsewhere is not
    for (let i = 0; i < 30; i++) await signInCookie(app.base, `nobody${i}`, 'wrong-Guess-x', from('192.0.2.60'));
    expect(await signInCookie(app.base, 'reviewer', PASSWORD, from('192.0.2.60'))).toBeNull(); // that address is locked
  });
});
