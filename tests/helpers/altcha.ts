// Solves the portal's proof of work as the widget does in a browser (altcha-lib's solver), and
// makes the widget's base64 payload from it.
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { newChallenge } from '@/lib/portal/challenge';

export const payloadOf = (challenge: Challenge, solution: { counter: number; derivedKey: string }) =>
  Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString(
    'base64',
  );

/** A solved challenge of the server's (fetched from `base`, or made here), as the widget submits it. */
export async function solvedChallenge(base?: string): Promise<string> {
  const challenge = base ? ((await (await fetch(`${base}/api/public/challenge?widget=1`)).json()) as Challenge) : await newChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return payloadOf(challenge, solution);
}

/** A fresh challenge answered wrongly. */
export async function wronglySolvedChallenge(): Promise<string> {
  const challenge = await newChallenge();
  return payloadOf(challenge, { counter: 1, derivedKey: '00'.repeat(32) });
}
