import { expect, test } from './axe';
import { adminCli, fillAndSubmit, sameOrigin, signIn, signInWithForm } from './helpers';

const ROLES = [
  { login: 'clerk', label: '登记/承办人员' },
  { login: 'reviewer', label: '审核人' },
  { login: 'manager', label: '负责人' },
  { login: 'admin', label: '系统管理员' },
];

test.describe('sign-in', () => {
  for (const { login, label } of ROLES) {
    test(`${login} signs in through the form and sees the role`, async ({ page }) => {
      await signInWithForm(page, login);
      await expect(page.getByText(`当前角色：${label}`)).toBeVisible();
      await expect(page.getByRole('link', { name: '用户管理' })).toHaveCount(login === 'admin' ? 1 : 0);
    });
  }

  test('a wrong password is refused in Chinese', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('登录名').fill('clerk');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '登录名或密码错误' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('an anonymous visitor is sent to the sign-in page and back afterwards', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel('登录名').fill('admin');
    await page.getByLabel('密码').fill((await import('./helpers')).DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  });
});

test.describe('roles', () => {
  test('a clerk gets a 403 page for user admin and 403 JSON from the admin API', async ({ page }) => {
    await signIn(page, 'clerk');
    const res = await page.goto('/admin/users');
    expect(res?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    const api = await page.request.get('/api/v1/users');
    expect(api.status()).toBe(403);
    expect(await api.json()).toEqual({ error: { code: 'forbidden', message: '当前角色无权执行此操作' } });
    const create = await page.request.post('/api/v1/users', {
      headers: sameOrigin,
      data: { login: 'sneaky', name: 'x', role: 'admin', password: 'sneakypass123' },
    });
    expect(create.status()).toBe(403);
  });

  test('the API answers JSON errors, never HTML', async ({ request }) => {
    for (const [path, status] of [
      ['/api/v1/users', 401],
      ['/api/v1/nowhere', 404],
    ] as const) {
      const res = await request.get(path);
      expect(res.status()).toBe(status);
      expect(res.headers()['content-type']).toContain('application/json');
      expect((await res.json()).error.code).toBeTruthy();
    }
    const health = await request.get('/api/health');
    // As the app's own role (dd_app): the database, the queue's backlog, the mail outbox.
    const report = await health.json();
    expect(report).toMatchObject({ status: 'ok', database: 'up', mail: { queued: expect.any(Number), failed: expect.any(Number) } });
    expect(report.jobsDue).toEqual(expect.any(Number));
  });
});

test.describe('user administration', () => {
  test('an admin creates a user, who signs in; disabling locks them out', async ({ page, browser }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: '新建用户' });
    await form.getByLabel('角色').selectOption('clerk');
    await fillAndSubmit(form, { 登录名: 'zhou', 姓名: '周承办', 初始密码: 'short' }, '新建用户');
    await expect(form.getByText('密码至少 10 个字符')).toBeVisible();
    await fillAndSubmit(form, { 初始密码: 'zhou-pass-2025' }, '新建用户');
    await expect(form.getByText('密码不能包含登录名')).toBeVisible();
    await fillAndSubmit(form, { 初始密码: 'river-Pass-2025' }, '新建用户');
    await expect(form.getByRole('status')).toContainText('已创建用户 zhou');
    await expect(page.locator('tr[data-login="zhou"]')).toContainText('周承办');

    const other = await browser.newPage();
    await signIn(other, 'zhou', 'river-Pass-2025');
    await other.close();

    page.once('dialog', (d) => d.accept());
    await page.locator('tr[data-login="zhou"]').getByRole('button', { name: '停用' }).click();
    await expect(page.locator('tr[data-login="zhou"]')).toContainText('已停用');

    const again = await browser.newPage();
    await again.goto('/login');
    await fillAndSubmit(again.locator('body'), { 登录名: 'zhou', 密码: 'river-Pass-2025' }, '登录');
    await expect(again.getByRole('alert').filter({ hasText: '登录名或密码错误' })).toBeVisible();
    await again.close();
  });
});

test.describe('API tokens', () => {
  test('a token issued in the UI acts as its user; once revoked it is refused', async ({ page, playwright }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/tokens');
    const form = page.getByRole('form', { name: '生成令牌' });
    await form.getByLabel('代表用户').selectOption('manager');
    await fillAndSubmit(form, { 用途: '端到端测试' }, '生成令牌');
    const token = (await page.getByTestId('new-token').textContent())!.trim();
    expect(token).toMatch(/^ddk_/);

    const api = await playwright.request.newContext({ baseURL: page.url() });
    const me = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ login: 'manager', role: 'manager' });
    const admin = await api.get('/api/v1/users', { headers: { Authorization: `Bearer ${token}` } });
    expect(admin.status()).toBe(403);

    await page.reload();
    page.once('dialog', (d) => d.accept());
    await page
      .getByRole('row', { name: /端到端测试/ })
      .getByRole('button', { name: '吊销' })
      .click();
    await expect(page.getByRole('row', { name: /端到端测试/ })).toContainText('已吊销');
    const after = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status()).toBe(401);
    await api.dispose();
  });

  test('`npm run admin -- token:create` prints a working token on its last line', async ({ playwright, baseURL }) => {
    const out = adminCli('token:create', '--user', 'admin', '--name', '脚本');
    const token = out.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^ddk_\S+$/);
    const api = await playwright.request.newContext({ baseURL });
    const res = await api.get('/api/v1/users', { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(200);
    expect((await res.json()).users.map((u: { login: string }) => u.login)).toEqual(
      expect.arrayContaining(['clerk', 'reviewer', 'manager', 'admin']),
    );
    const bad = await api.get('/api/v1/users', { headers: { Authorization: 'Bearer ddk_forged' } });
    expect(bad.status()).toBe(401);
    await api.dispose();
  });
});
