// Security round two, as a browser sees it: forged requests from another port of this host,
// sessions that end when they should, and throttling that a forged header doesn't escape.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './axe';
import { adminCli, signIn, signInWithForm } from './helpers';

test("a page on another port cannot make a signed-in admin's browser change anything", async ({ page, baseURL }) => {
  await signIn(page, 'admin');
  const target = `${baseURL}/api/v1/users`;
  const body = JSON.stringify({ login: 'csrf-evil', name: '伪造', role: 'admin', password: 'evil-pass-12345' });
  // The classic attack: an auto-submitted text/plain form whose body happens to be JSON, and a
  // no-cors fetch; both carry the admin's cookie (same site: only the port differs).
  const attacker = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<form id="f" method="POST" action="${target}" enctype="text/plain"><input name='${body.slice(0, -1)},"x":"' value='"}'></form>
      <script>fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include', body: ${JSON.stringify(body)} }).finally(() => document.getElementById('f').submit());</script>`);
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', () => r()));
  const port = (attacker.address() as AddressInfo).port;
  try {
    const answer = page.waitForResponse(
      (r) => r.url() === target && r.request().method() === 'POST' && r.request().postData()?.includes('"x"') === true,
    );
    await page.goto(`http://localhost:${port}/`);
    expect((await answer).status()).toBe(403);
    await expect(page.locator('body')).toContainText('cross_site');
  } finally {
    attacker.close();
  }
  expect(adminCli('user:list')).not.toContain('csrf-evil');
  // The same cookie from a script that is not a browser page: no Origin, refused too.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const plain = await fetch(target, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body });
  expect(plain.status).toBe(403);
  expect((await plain.json()).error.message).toContain('Origin');
  // The app's own pages still work: same-origin JSON from the browser is accepted.
  await page.goto('/');
  const own = await page.evaluate(
    async () =>
      (
        await fetch('/api/v1/users', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ login: 'csrf-ok', name: '本站', role: 'clerk', password: 'fine-pass-12345' }),
        })
      ).status,
  );
  expect(own).toBe(201);
});

test('sign-out ends that session: a copied cookie no longer works', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pa = await a.newPage();
  await signInWithForm(pa, 'manager');
  await b.addCookies(await a.cookies());
  const pb = await b.newPage();
  await pb.goto('/');
  await expect(pb.getByRole('heading', { name: '工作台' })).toBeVisible();
  await pa.getByRole('button', { name: '退出' }).click();
  await expect(pa).toHaveURL(/\/login/);
  await pb.goto('/');
  await expect(pb).toHaveURL(/\/login/);
  await a.close();
  await b.close();
});

test("an admin reset ends the user's sessions; the user must choose a new password first", async ({ browser }) => {
  adminCli('user:create', '--login', 'reset-me', '--name', '重置测试', '--role', 'clerk', '--password', 'first-Pass-2026');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInWithForm(page, 'reset-me', 'first-Pass-2026');
  adminCli('user:reset-password', '--login', 'reset-me', '--password', 'temp-Pass-2026');
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('登录名').fill('reset-me');
  await page.getByLabel('密码').fill('temp-Pass-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/account\?required=1/);
  await expect(page.getByRole('status').filter({ hasText: '请先设置您自己的新密码' })).toBeVisible();
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/account/);
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill('temp-Pass-2026');
  await form.getByLabel(/^新密码/).fill('mine-Pass-2026');
  await form.getByLabel('再次输入新密码').fill('mine-Pass-2026');
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByRole('status')).toContainText('密码已修改');
  await page.goto('/cases');
  await expect(page.getByRole('heading', { name: '我的案件' })).toBeVisible();
  await ctx.close();
});

test("rotating X-Forwarded-For does not escape the limit; a stranger's guesses do not lock the user out", async ({ browser }) => {
  adminCli('user:create', '--login', 'xff-target', '--name', '限流测试', '--role', 'clerk', '--password', 'xff-Pass-2026');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const attempt = async (password: string, i: number) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `10.66.${i}.${i}` });
    await page.goto('/login');
    await page.getByLabel('登录名').fill('xff-target');
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong-guess-${i}0`, i);
    await expect(page.getByRole('alert').filter({ hasText: '登录名或密码错误' })).toBeVisible();
  }
  await attempt('xff-Pass-2026', 99);
  await expect(page.getByRole('alert').filter({ hasText: '登录失败次数过多' })).toBeVisible();
  await ctx.close();
  // That the real user, from another address, is not locked out is shown in
  // tests/integration/sign-in-security.test.ts: here every connection comes from 127.0.0.1.
});
