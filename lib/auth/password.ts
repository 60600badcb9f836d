import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';

const COST = 10;
export const MIN_PASSWORD_LENGTH = 10;

/** The minimum policy; returns a message in Chinese, or null when the password is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A password that satisfies the policy, for demo users and resets. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = (s: string) => s[crypto.randomInt(s.length)];
  let out = '';
  for (let i = 0; i < 10; i++) out += pick(alphabet);
  return out + pick('23456789') + pick('23456789');
}
