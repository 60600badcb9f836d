// After a few submissions from one address, the form asks the browser for a proof of work (ALTCHA:
// altcha-lib here, the altcha widget on the form). Nothing for a person to read or type, nothing
// from a third-party service, and it works offline in a government network. The challenge is
// signed and expires; each one is good for one submission, answered right or wrong.
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { execute, qb } from '@/lib/db/kysely';
import { DomainError } from '@/lib/shared/errors';

export const CHALLENGE_AFTER = 2; // submissions from one address within the hour
const TTL_MS = 10 * 60_000;
/**
 * PBKDF2 rounds per try, and the range the answer is drawn from: a browser finds it in about a
 * second with the widget's workers; a flood pays that for every submission.
 */
const CHALLENGE_WORK = { algorithm: 'PBKDF2/SHA-256', cost: 1000, counterFrom: 1000, counterTo: 4000 } as const;

const secret = () => process.env.NEXTAUTH_SECRET || 'dd-challenge';
const keySecret = () => `${secret()}:derived-key`;

/** Submissions from this address within the last hour (for the challenge and the hourly limit). */
export const submissionsInLastHour = (db: Pick<PrismaClient, 'submission'> | Prisma.TransactionClient, address: string) =>
  db.submission.count({ where: { address, submittedAt: { gte: new Date(Date.now() - 3600_000) } } });

/** Whether an address that submitted `count` times this hour must send a proof of work. */
export const proofNeeded = (count: number) => count >= CHALLENGE_AFTER;

export async function challengeNeeded(db: PrismaClient, address: string): Promise<boolean> {
  return proofNeeded(await submissionsInLastHour(db, address));
}

/** The refusal when a proof of work is needed and none (or none readable) was sent. */
export const proofMissing = () => new DomainError('invalid', '请先完成“我不是机器人”安全验证', 'challenge');

export function newChallenge(now = Date.now()): Promise<Challenge> {
  return createChallenge({
    algorithm: CHALLENGE_WORK.algorithm,
    cost: CHALLENGE_WORK.cost,
    counter: randomInt(CHALLENGE_WORK.counterFrom, CHALLENGE_WORK.counterTo),
    deriveKey,
    expiresAt: new Date(now + TTL_MS),
    hmacSignatureSecret: secret(),
    hmacKeySignatureSecret: keySecret(),
  });
}

function decode(payload: unknown): Payload | null {
  if (typeof payload !== 'string' || payload.length > 4000) return null;
  try {
    const p = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Payload;
    return p?.challenge?.parameters && p.solution ? p : null;
  } catch {
    return null;
  }
}

/**
 * Throws unless `payload` (the widget's base64 answer) solves a live challenge of ours that no
 * submission has used. The challenge is used up first, in a statement of its own (committed even
 * if the submission then fails), whether the answer turns out right or wrong.
 */
export async function checkChallenge(db: Pick<PrismaClient, '$executeRawUnsafe'>, payload: unknown, now = Date.now()): Promise<void> {
  const fail = (msg: string) => new DomainError('invalid', msg, 'challenge');
  const p = decode(payload);
  if (!p) throw proofMissing();
  const nonce = String(p.challenge.parameters.nonce).slice(0, 100);
  // Used-up challenges are deleted by the hourly cleanup job (lib/jobs/cleanup.ts), not here on
  // every submission; they outlive their TTL there, which only makes a replay less possible.
  const fresh = await execute(
    db,
    qb
      .insertInto('sign_in_failure')
      .values({ key: `challenge:${nonce}`, failures: 1, first_at: new Date(now), last_at: new Date(now) })
      .onConflict((oc) => oc.column('key').doNothing()),
  );
  if (fresh === 0) throw fail('安全验证已使用过，请重新验证');
  const result = await verifySolution({
    challenge: p.challenge,
    solution: p.solution,
    deriveKey,
    hmacSignatureSecret: secret(),
    hmacKeySignatureSecret: keySecret(),
  }).catch(() => null);
  if (result?.expired) throw fail('安全验证已过期，请重新验证');
  if (!result?.verified) throw fail('安全验证未通过，请重新验证');
}
