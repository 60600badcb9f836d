import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';

describe('password policy', () => {
  it.each([
    ['short1', '密码至少 10 个字符'],
    ['abcdefghijk', '密码须同时包含字母和数字'],
    ['12345678901', '密码须同时包含字母和数字'],
  ])('rejects %s', (pw, message) => expect(passwordProblem(pw)).toBe(message));

  it('accepts a long mixed password and its own generated ones', () => {
    expect(passwordProblem('correcthorse9')).toBeNull();
    for (let i = 0; i < 50; i++) expect(passwordProblem(generatePassword())).toBeNull();
  });

  it('hashes with bcrypt and verifies only the right password', async () => {
    const hash = await hashPassword('correcthorse9');
    expect(hash).toMatch(/^\$2[aby]\$/);
    expect(await verifyPassword('correcthorse9', hash)).toBe(true);
    expect(await verifyPassword('correcthorse8', hash)).toBe(false);
  });
});
