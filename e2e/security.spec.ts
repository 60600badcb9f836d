import { expect, test } from './axe';
import { adminCli, signInWithForm } from './helpers';

test('security headers are set, HSTS only behind TLS', async ({ request }) => {
  const plain = await request.get('/login');
  const h = plain.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("object-src 'none'");
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['referrer-policy']).toBe('same-origin');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['strict-transport-security']).toBeUndefined();
  const tls = await request.get('/login', { headers: { 'x-forwarded-proto': 'https' } });
  expect(tls.headers()['strict-transport-security']).toContain('max-age=31536000');
  expect(h['x-powered-by']).toBeUndefined();
});

test('a session cookie is httpOnly and expires after a working day', async ({ page, context }) => {
  await signInWithForm(page, 'clerk');
  const cookie = (await context.cookies()).find((c) => c.name.includes('session-token'))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  const hours = (cookie.expires * 1000 - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(7.9);
  expect(hours).toBeLessThanOrEqual(8);
});

test('five wrong passwords lock the account, even against the right one', async ({ page }) => {
  adminCli('user:create', '--login', 'locky', '--name', '锁定测试', '--role', 'clerk', '--password', 'stone-Pass-2025');
  const attempt = async (password: string) => {
    await page.goto('/login');
    await page.getByLabel('登录名').fill('locky');
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong-guess-${i}0`);
    await expect(page.getByRole('alert').filter({ hasText: '登录名或密码错误' })).toBeVisible();
  }
  await attempt('stone-Pass-2025');
  await expect(page.getByRole('alert').filter({ hasText: '登录失败次数过多' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
