import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import { COMMON_PASSWORD_WORDS, passwordCore } from './common-passwords';

const COST = 10;
const MIN_PASSWORD_LENGTH = 10;

/**
 * The minimum policy; returns a message in Chinese, or null when the password is acceptable.
 * Besides length and mix: not built on a common word (password12, qwerty2024) and not the login.
 */
export function passwordProblem(password: string, login?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字';
  if (login && password.toLowerCase().includes(login.toLowerCase())) return '密码不能包含登录名';
  const core = passwordCore(password);
  if (COMMON_PASSWORD_WORDS.has(core) || [...new Set(core)].length <= 2 || /^(.+?)\1+$/.test(password.toLowerCase()))
    return '密码过于常见或有规律，容易被猜中，请换一个';
  return null;
}

// bcrypt reads only the first 72 bytes of what it is given (24 Chinese characters): the password is
// first hashed with SHA-256, so every byte counts. Such hashes carry the prefix; older ones are
// plain bcrypt and are still checked as they were made.
const PREHASHED = 'sha256$';
const prehash = (password: string) => crypto.createHash('sha256').update(password, 'utf8').digest('base64');

export async function hashPassword(password: string): Promise<string> {
  return PREHASHED + (await bcrypt.hash(prehash(password), COST));
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return hash.startsWith(PREHASHED) ? bcrypt.compare(prehash(password), hash.slice(PREHASHED.length)) : bcrypt.compare(password, hash);
}

/** A password that satisfies the policy, for demo users and resets. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = (s: string) => s[crypto.randomInt(s.length)];
  let out = '';
  for (let i = 0; i < 10; i++) out += pick(alphabet);
  return out + pick('23456789') + pick('23456789');
}
