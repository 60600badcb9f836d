// Issue 26, point 7, against a running server: the portal's limits can't be raced, and its proof
// of work (ALTCHA) is good once, answered right or wrong. TRUST_PROXY=1 lets the test choose each
// request's address (X-Forwarded-For), as a proxy in front would.
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHALLENGE_AFTER } from '@/lib/portal/challenge';
import { SUBMISSION_LIMITS } from '@/lib/portal/submit-application';
import { payloadOf, solvedChallenge } from '../helpers/altcha';
import { serverSuite, type AppServer } from '../helpers/app-server';

let app: AppServer;
const suite = serverSuite({ TRUST_PROXY: '1' });
beforeAll(() => ({ app } = suite));

/** The n-th valid 居民身份证 number of this test (GB 11643 check digit). */
function idNumber(n: number): string {
  const base = `11010119800101${String(n).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...base].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return base + '10X98765432'[sum % 11];
}
let nextId = 1;
/** Five numbers no earlier test has used (each may apply 3 times a day). */
const freshIds = () => Array.from({ length: 5 }, () => idNumber(nextId++));

function submit(address: string, idNumber: string, challenge?: string) {
  return fetch(`${app.base}/api/public/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({
      kind: 'natural',
      name: '并发',
      idType: '居民身份证',
      idNumber,
      phone: '13500000001',
      description: '请公开某文件',
      formWanted: 'paper',
      deliveryWanted: 'pickup',
      consent: true,
      ...(challenge ? { challenge } : {}),
    }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { message: string } } }));
}

describe('the portal cannot be raced or replayed (point 7)', () => {
  it('12 parallel submissions from one address: only those the limits allow get through', async () => {
    let IDS = freshIds();
    const bare = await Promise.all(Array.from({ length: 12 }, (_, i) => submit('198.51.100.20', IDS[i % 5])));
    const through = bare.filter((r) => r.status === 201).length;
    console.log(
      `12 parallel, no proof: ${through} through; ${[...new Set(bare.map((r) => r.body.error?.message).filter(Boolean))].join(' / ')}`,
    );
    expect(through).toBe(CHALLENGE_AFTER);
    // With a solved challenge each, the hourly limit holds.
    IDS = freshIds();
    const proofs = await Promise.all(Array.from({ length: 12 }, () => solvedChallenge(app.base)));
    const solved = await Promise.all(proofs.map((p, i) => submit('198.51.100.21', IDS[i % 5], p)));
    const throughSolved = solved.filter((r) => r.status === 201).length;
    console.log(`12 parallel, each with a proof: ${throughSolved} through (limit ${SUBMISSION_LIMITS.perAddressPerHour})`);
    expect(throughSolved).toBe(SUBMISSION_LIMITS.perAddressPerHour);
  });

  it('one ID number from 8 addresses in parallel: at most the daily limit', async () => {
    const r = await Promise.all(Array.from({ length: 8 }, (_, i) => submit(`203.0.113.${100 + i}`, idNumber(999))));
    const through = r.filter((x) => x.status === 201).length;
    console.log(`one ID from 8 addresses: ${through} through (limit ${SUBMISSION_LIMITS.perIdPerDay})`);
    expect(through).toBe(SUBMISSION_LIMITS.perIdPerDay);
    expect(r.find((x) => x.status === 429)?.body.error?.message).toMatch(/同一申请人今天已提交多件申请/);
  });

  it('a challenge is used up by a wrong answer as by a right one', async () => {
    const address = '192.0.2.200';
    const IDS = freshIds();
    for (const id of IDS.slice(0, CHALLENGE_AFTER)) expect((await submit(address, id)).status).toBe(201);
    expect((await submit(address, IDS[2])).body.error?.message).toMatch(/请先完成“我不是机器人”安全验证/);
    const challenge = (await (await fetch(`${app.base}/api/public/challenge?widget=1`)).json()) as Challenge;
    const wrong = await submit(address, IDS[2], payloadOf(challenge, { counter: 7, derivedKey: 'ab'.repeat(32) }));
    expect(wrong.body.error?.message).toBe('安全验证未通过，请重新验证');
    const right = (await solveChallenge({ challenge, deriveKey }))!;
    const replay = await submit(address, IDS[2], payloadOf(challenge, right));
    expect(replay.body.error?.message).toBe('安全验证已使用过，请重新验证');
    // A fresh one goes through, once.
    const fresh = await solvedChallenge(app.base);
    expect((await submit(address, IDS[2], fresh)).status).toBe(201);
    expect((await submit(address, IDS[3], fresh)).body.error?.message).toBe('安全验证已使用过，请重新验证');
  });
});
