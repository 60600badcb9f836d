// Issue 28, what a busy office stumbles on: online applications counted where the clerk looks,
// 不予受理 asked once, one current menu item, sign-out back to the address in use.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test, type Page } from './axe';
import { PNG } from '../tests/helpers/files';
import { todayInChina } from '../lib/shared/dates';
import { e2eDatabaseUrl, registerCase, sameOrigin, signIn, signInWithForm } from './helpers';

/** An online application as /apply stores it, put straight into the e2e database. */
async function submission(name: string): Promise<void> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const data = {
      kind: 'natural',
      name,
      idType: '居民身份证',
      idNumber: '11010519491231002X',
      phone: '13600000000',
      email: '',
      address: '示例市北路1号',
      postcode: '',
      orgCode: '',
      contactPerson: '',
      description: '请公开示例区2025年度建设用地供应计划',
      formWanted: 'electronic',
      deliveryWanted: 'online',
    };
    await db.query(
      `INSERT INTO submission (agency_id, code_hash, data, address, id_number)
       VALUES ((SELECT id FROM agency ORDER BY id LIMIT 1), $1, $2, '198.51.100.9', $3)`,
      [randomBytes(32).toString('hex'), data, data.idNumber],
    );
  } finally {
    await db.end();
  }
}

const waiting = async (page: Page) => {
  await page.goto('/');
  return Number(await page.getByTestId('tile-网上申请待确认').textContent());
};

test('waiting online applications are counted on the dashboard and beside 网上申请; 不予受理 asks once', async ({ page }) => {
  await signIn(page, 'clerk');
  await submission('待确认甲');
  const n = await waiting(page);
  expect(n).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('badge-/submissions')).toHaveText(`${n}件待确认`);

  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /网上申请/ })
    .click();
  const card = page.getByRole('article').filter({ hasText: '待确认甲' });
  await card.getByRole('button', { name: '不予受理' }).click();
  await card.getByLabel(/原因/).fill('测试提交');
  // Declined once: nothing happens.
  page.once('dialog', (d) => {
    expect(d.message()).toContain('确定不予受理该网上申请？原因“测试提交”将告知申请人');
    void d.dismiss();
  });
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.getByRole('button', { name: '确认受理' })).toBeVisible();
  expect(await waiting(page)).toBe(n);
  // Confirmed: it is final, and the count goes down.
  await page.goto('/submissions');
  await card.getByRole('button', { name: '不予受理' }).click();
  await card.getByLabel(/原因/).fill('测试提交');
  page.once('dialog', (d) => void d.accept());
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.getByRole('status')).toBeVisible();
  expect(await waiting(page)).toBe(n - 1);
  if (n === 1) await expect(page.getByTestId('badge-/submissions')).toHaveCount(0);
});

test('one menu item is current: 登记申请 on the intake page, not also 申请列表', async ({ page }) => {
  await signIn(page, 'clerk');
  await page.goto('/cases/new');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.getByRole('link', { name: '登记申请' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/cases');
  await expect(nav.getByRole('link', { name: '申请列表' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
});

test('退出 returns to the sign-in page of the address in use', async ({ browser, baseURL }) => {
  // The same server under another name than the configured one (NEXTAUTH_URL says localhost).
  const other = baseURL!.replace('localhost', '127.0.0.1');
  const ctx = await browser.newContext({ baseURL: other });
  const page = await ctx.newPage();
  await signInWithForm(page, 'manager');
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(`${other}/login`);
  expect(new URL(page.url()).host).toBe(new URL(other).host);
  await ctx.close();
});

test('a manager sees only the links they may follow; a scan marked as identity papers is kept from them', async ({ page, browser }) => {
  await signIn(page, 'clerk');
  const created = await registerCase(page, {
    channel: 'letter',
    receivedOn: todayInChina(),
    applicant: { kind: 'natural', name: '证件扫描', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13700000000' },
    description: '某村土地征收批复',
  });
  await page.goto(`/cases/${created.id}`);
  await page.getByLabel('附件类型').selectOption('id_copy');
  await page.getByLabel('选择文件').setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '上传' }).click();
  await expect(page.getByText('已上传：身份证.png')).toBeVisible();
  const files = page.getByRole('list', { name: '附件' });
  await expect(files.getByRole('link', { name: '身份证明：身份证.png' })).toBeVisible();
  await expect(page.getByRole('table', { name: '已出具的文书' }).getByRole('link', { name: '下载' }).first()).toBeVisible();

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, 'manager');
  await manager.goto(`/cases/${created.id}`);
  const theirFiles = manager.getByRole('list', { name: '附件' });
  await expect(theirFiles).toContainText('身份证明：身份证.png（身份证明材料，当前角色不能查看）');
  await expect(theirFiles.getByRole('link')).toHaveCount(0);
  const letters = manager.getByRole('table', { name: '已出具的文书' });
  await expect(letters.getByRole('link', { name: '预览' }).first()).toBeVisible();
  await expect(letters.getByRole('link', { name: '下载' })).toHaveCount(0);
  const id = await files.getByRole('link').first().getAttribute('href');
  expect((await manager.request.get(id!)).status()).toBe(403);
  await manager.context().close();
});

test('printing: the case page drops its forms and links, the year table says whose it is and prints figures', async ({ page }, info) => {
  await signIn(page, 'clerk');
  const created = await registerCase(page, {
    channel: 'letter',
    receivedOn: todayInChina(),
    applicant: { kind: 'natural', name: '打印' },
    description: '打印测试',
  });
  await page.goto(`/cases/${created.id}`);
  await page.getByLabel('选择文件').setInputFiles({ name: '来信.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '上传' }).click();
  await expect(page.getByText('已上传：来信.png')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: '上传附件' })).toBeHidden();
  await expect(page.getByText('已上传：来信.png')).toBeHidden();
  await expect(page.getByRole('table', { name: '已出具的文书' }).getByRole('link', { name: '预览' })).toBeHidden();
  await expect(page.getByRole('table', { name: '已出具的文书' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('case-print.png'), fullPage: true });

  await signIn(page, 'manager');
  await page.emulateMedia({ media: 'print' });
  await page.goto('/reports?year=2017&format=2021');
  const heading = page.getByTestId('print-heading');
  await expect(heading).toBeVisible();
  await expect(heading).toContainText(/填报单位：\S/);
  await expect(heading).toContainText('统计期限：2017年1月1日至2017年12月31日');
  const figure = page.locator('.year-table a').first();
  await expect(figure).toHaveCSS('text-decoration-line', 'none');
  const th = page.locator('.year-table th').first();
  await expect(th).toHaveCSS('white-space', 'nowrap');
  await page.screenshot({ path: info.outputPath('year-table-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(heading).toBeHidden();
});

test('a long Latin run in a name breaks inside its cell; 承办人 stays on one line', async ({ page }) => {
  await signIn(page, 'clerk');
  const name = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ Trading 有限公司';
  const res = await page.request.post('/api/v1/requests', {
    headers: sameOrigin,
    data: {
      channel: 'letter',
      receivedOn: todayInChina(),
      applicant: { kind: 'commercial', name, orgCode: '', contactPerson: '甲' },
      description: '长名称',
    },
  });
  expect(res.status()).toBe(201);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/cases?view=all&q=ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const row = page.locator('table tbody tr').filter({ hasText: 'ABCDEFGHIJ' }).first();
  const applicant = row.locator('td').nth(3);
  const assignee = row.locator('td').nth(7);
  await expect(applicant).toHaveCSS('overflow-wrap', 'anywhere');
  await expect(assignee).toHaveCSS('white-space', 'nowrap');
  // Its text is one line box (the cell itself is as tall as the row).
  const lines = await assignee.evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    return new Set(Array.from(r.getClientRects()).map((b) => Math.round(b.top))).size;
  });
  expect(lines).toBe(1);
});

test('smaller things (point 11): delivery follows the channel, views per role, the extension tag, the admin 403, the icon, export = list', async ({
  page,
  browser,
  request,
}) => {
  await signIn(page, 'clerk');
  await page.goto('/cases/new');
  await page.getByRole('radio', { name: '电子邮件' }).check();
  await expect(page.getByLabel('获取方式')).toHaveValue('email');
  await page.getByRole('radio', { name: '网络' }).check();
  await expect(page.getByLabel('获取方式')).toHaveValue('online');
  // Picked by the clerk, it stays.
  await page.getByLabel('获取方式').selectOption('pickup');
  await page.getByRole('radio', { name: '信函' }).check();
  await expect(page.getByLabel('获取方式')).toHaveValue('pickup');
  // Through the API, without deliveryWanted: the channel's way.
  const emailed = await registerCase(page, {
    channel: 'email',
    receivedOn: todayInChina(),
    applicant: { kind: 'natural', name: '邮件申请', email: 'a@example.cn' },
    description: '电子邮件申请',
  });
  expect((await (await page.request.get(`/api/v1/requests/${emailed.id}`)).json()).deliveryWanted).toBe('email');

  // A pending extension is tagged as such in the list.
  const ext = await page.request.post(`/api/v1/requests/${emailed.id}/events`, {
    headers: sameOrigin,
    data: { type: 'extension_requested', workingDays: 10, reason: '需调阅档案' },
  });
  expect(ext.status()).toBe(201);
  await page.goto(`/cases?view=all&q=${encodeURIComponent('邮件申请')}`);
  await expect(page.locator('table tbody tr').filter({ hasText: '邮件申请' }).first()).toContainText('延长期限待审核');

  // The same query string gives the same cases from the list API and the export.
  const query = 'status=active&channel=email';
  const listed = (await (await page.request.get(`/api/v1/requests?${query}&limit=100`)).json()).items.length;
  const exported = (await (await page.request.get(`/api/v1/requests/export?${query}&type=csv`)).text()).trim().split('\r\n').length - 1;
  expect(exported).toBe(listed);

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  await reviewer.goto('/cases');
  const views = reviewer.getByRole('navigation', { name: '视图' });
  await expect(views.getByRole('link', { name: '待审核' })).toBeVisible();
  await expect(views.getByRole('link', { name: '我的案件' })).toHaveCount(0);
  await reviewer.context().close();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/cases');
  await expect(admin.getByText('系统管理员账号用于用户管理和系统设置')).toBeVisible();
  await expect(admin.getByText('请联系系统管理员')).toHaveCount(0);
  await admin.context().close();

  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/');
});

test('at 200 % zoom (683 px wide) every menu item stays on one line', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 384 });
  await signIn(page, 'manager');
  const items = page.getByRole('navigation', { name: '主导航' }).locator('a, button');
  expect(await items.count()).toBeGreaterThan(4);
  for (const el of await items.all()) {
    const lines = await el.evaluate((e) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      return new Set(Array.from(r.getClientRects()).map((b) => Math.round(b.top))).size;
    });
    expect(lines, (await el.textContent()) ?? '').toBe(1);
  }
});
