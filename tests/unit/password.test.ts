import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';

describe('password policy', () => {
  it.each([
    ['short1', '密码至少 10 个字符'],
    ['abcdefghijk', '密码须同时包含字母和数字'],
    ['12345678901', '密码须同时包含字母和数字'],
    ['password12', '密码过于常见或有规律，容易被猜中，请换一个'],
    ['Qwerty-2024!', '密码过于常见或有规律，容易被猜中，请换一个'],
    ['woaini1314520', '密码过于常见或有规律，容易被猜中，请换一个'],
    ['aaaa1111bbbb', '密码过于常见或有规律，容易被猜中，请换一个'],
    ['ab12ab12ab12', '密码过于常见或有规律，容易被猜中，请换一个'],
  ])('rejects %s', (pw, message) => expect(passwordProblem(pw)).toBe(message));

  it('rejects a password that contains the login', () => {
    expect(passwordProblem('Zhangwei-2025', 'zhangwei')).toBe('密码不能包含登录名');
    expect(passwordProblem('Zhangwei-2025', 'lina')).toBeNull();
  });

  it('accepts a long mixed password and its own generated ones', () => {
    expect(passwordProblem('correcthorse9')).toBeNull();
    for (let i = 0; i < 50; i++) expect(passwordProblem(generatePassword())).toBeNull();
  });

  it('hashes the SHA-256 of the password with bcrypt, so bytes past 72 count', async () => {
    const long = '登记簿平原上的灯塔青山绿水春风秋雨夏日冬雪'.repeat(2) + 'x1';
    expect(Buffer.byteLength(long)).toBeGreaterThan(72);
    const hash = await hashPassword(long);
    expect(hash).toMatch(/^sha256\$\$2[aby]\$/);
    expect(await verifyPassword(long, hash)).toBe(true);
    expect(await verifyPassword(long.slice(0, -1) + '2', hash)).toBe(false);
  });

  it('still verifies hashes made before (plain bcrypt)', async () => {
    const old = await bcrypt.hash('correcthorse9', 4);
    expect(await verifyPassword('correcthorse9', old)).toBe(true);
    expect(await verifyPassword('correcthorse8', old)).toBe(false);
  });
});
