// After a few submissions from one address, the form asks for the characters of a picture
// (svg-captcha). The answer travels in a signed, expiring token and each token is good once, so a
// solved picture can't be replayed for a flood.
import crypto from 'node:crypto';
import svgCaptcha from 'svg-captcha';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/shared/errors';

export const CHALLENGE_AFTER = 2; // submissions from one address within the hour
const TTL_MS = 10 * 60_000;
const secret = () => process.env.NEXTAUTH_SECRET || 'dd-challenge';
const sign = (s: string) => crypto.createHmac('sha256', secret()).update(s).digest('base64url');

/** Submissions from this address within the last hour (for the challenge and the hourly limit). */
export const submissionsInLastHour = (db: PrismaClient, address: string) =>
  db.submission.count({ where: { address, submittedAt: { gte: new Date(Date.now() - 3600_000) } } });

export async function challengeNeeded(db: PrismaClient, address: string): Promise<boolean> {
  return (await submissionsInLastHour(db, address)) >= CHALLENGE_AFTER;
}

export function newChallenge(now = Date.now()): { svg: string; token: string; answer: string } {
  const c = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0oO1ilI', color: false, background: '#f8fafc' });
  const nonce = crypto.randomBytes(9).toString('base64url');
  const expires = String(now + TTL_MS);
  return { svg: c.data, token: `${nonce}.${expires}.${sign(`${nonce}.${expires}.${c.text.toLowerCase()}`)}`, answer: c.text };
}

/** Throws unless the answer fits a live, unused token; then marks the token used. */
export async function checkChallenge(
  db: PrismaClient,
  input: { token?: unknown; answer?: unknown } | undefined,
  now = Date.now(),
): Promise<void> {
  const fail = (msg: string) => new DomainError('invalid', msg, 'challenge');
  const [nonce, expires, mac] = String(input?.token ?? '').split('.');
  const answer = String(input?.answer ?? '')
    .trim()
    .toLowerCase();
  if (!nonce || !expires || !mac || !answer) throw fail('请输入图中的字符');
  if (Number(expires) < now) throw fail('验证码已过期，请换一张');
  const expected = Buffer.from(sign(`${nonce}.${expires}.${answer}`));
  if (expected.length !== Buffer.from(mac).length || !crypto.timingSafeEqual(expected, Buffer.from(mac))) throw fail('验证码不正确');
  const key = `challenge:${nonce}`;
  const used = await db.signInFailure.findUnique({ where: { key } });
  if (used) throw fail('验证码已使用，请换一张');
  await db.signInFailure.create({ data: { key, failures: 1, firstAt: new Date(), lastAt: new Date() } });
}
