// Issue 30, tried as a new user would at 1366×768: one case routed to two departments (会签), one
// returning it first; each handler signs for it and gives an opinion; the clerk drafts the reply from
// the opinions; the reviewer approves with the 保密审查; the leader signs; the clerk issues and
// delivers. The handler sees no other case; an overdue routing shows on the clerk's dashboard and in
// 督办; a review and a suit show when their answers are due.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from './axe';
import { docxText } from '../tests/helpers/docx';
import { adminCli, DEMO_PASSWORD, signIn } from './helpers';
import { todayInChina, addDays, formatCn } from '../lib/shared/dates';

test.use({ viewport: { width: 1366, height: 768 } });

async function as(browser: Browser, login: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.on('dialog', (d) => d.accept());
  await signIn(page, login, password);
  return page;
}

async function act(
  page: Page,
  action: string,
  fill: Record<string, string> = {},
  opts: { select?: Record<string, string>; check?: string[]; on?: string } = {},
) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  if (opts.on) await form.getByLabel('日期', { exact: true }).fill(opts.on);
  for (const [label, value] of Object.entries(opts.select ?? {})) await form.getByLabel(label).selectOption({ label: value });
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
  for (const label of opts.check ?? []) await form.getByLabel(label).check();
  await form.getByRole('button', { name: `确定：${action}` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
}

async function register(clerk: Page, name: string, description: string, arrivedOn = todayInChina()): Promise<string> {
  await clerk.goto('/cases/new');
  const intake = clerk.getByRole('form', { name: '申请登记' });
  await intake.getByLabel('当面').check();
  await intake.getByLabel(/当面提交日期/).fill(arrivedOn);
  await intake.getByLabel('姓名').fill(name);
  await intake.getByLabel('联系电话').fill('13900000001');
  await intake.getByLabel(/特征性描述/).fill(description);
  await intake.getByRole('button', { name: '登记' }).click();
  await clerk.getByRole('link', { name: '打开案件' }).click();
  await clerk.waitForURL(/\/cases\/\d+$/);
  return clerk.url();
}

/** A handler signs for the routed case and advises disclosing `item`. */
async function signAndAdvise(handler: Page, note: string, item: string) {
  await act(handler, '签收');
  await act(
    handler,
    '提出拟办意见',
    { 意见说明: note, '建议公开的信息或文件（每行一项）': item },
    { select: { '拟办意见（建议的答复类型）': '予以公开' } },
  );
}

test('a case goes through two departments, 保密审查 and 签发 to delivery; the handler sees only theirs', async ({ browser }) => {
  const departments = adminCli('department:list', '--agency', '1');
  const djId = /^(\d+)\t不动产登记科/m.exec(departments)![1];
  adminCli(
    'user:create',
    '--login',
    'dj.handler',
    '--name',
    '登记科承办',
    '--role',
    'handler',
    '--department',
    djId,
    '--password',
    DEMO_PASSWORD,
  );
  adminCli('agency:signoff', '--agency', '1', '--on');
  try {
    const clerk = await as(browser, 'clerk');
    const other = await register(clerk, '赵六', '另一件与规划无关的申请');
    const caseUrl = await register(clerk, '孙七', '请公开某地块的建设用地规划许可证及不动产登记资料');

    await act(clerk, '转办承办部门', { 需答复的问题: '请确认是否保存上述文件并提出意见' }, { check: ['规划科', '不动产登记科'] });
    const routes = clerk.getByTestId('routes');
    await expect(routes.locator('tr[data-department]')).toHaveCount(2);
    await expect(routes.locator('tr[data-department="规划科"]')).toContainText('待签收');

    // The 规划科 handler: only this case, anything else is 404.
    const handler = await as(browser, 'handler');
    await handler.goto('/cases?view=all');
    const listed = handler.locator('main a[href^="/cases/"]');
    await expect(listed).toHaveCount(1);
    const resp = await handler.goto(other);
    expect(resp?.status()).toBe(404);
    await handler.goto(caseUrl);
    await signAndAdvise(handler, '本科保存该许可证，可以公开', '建设用地规划许可证');

    // The 不动产登记科 handler first sends it back; the clerk routes it again; then it is answered.
    const dj = await as(browser, 'dj.handler');
    await dj.goto(caseUrl);
    await act(dj, '退回（非本部门职责）', { 退回理由: '需先由规划科确认地块' });
    await clerk.goto(caseUrl);
    await expect(routes.locator('tr[data-department="不动产登记科"]')).toContainText('已退回');
    await act(clerk, '转办承办部门', {}, { check: ['不动产登记科'] });
    await dj.goto(caseUrl);
    await signAndAdvise(dj, '登记资料可以公开', '不动产登记簿摘要');

    // The clerk sees both opinions (会签) and drafts the reply from them.
    await clerk.goto(caseUrl);
    await expect(routes).toContainText('本科保存该许可证，可以公开');
    await expect(routes).toContainText('登记资料可以公开');
    await act(
      clerk,
      '提交答复送审',
      { 法律依据: '《条例》第三十六条第（二）项', '公开的信息（每行一项）': '建设用地规划许可证\n不动产登记簿摘要' },
      { select: { 答复类型: '予以公开' } },
    );

    const reviewer = await as(browser, 'reviewer');
    await reviewer.goto(caseUrl);
    await act(reviewer, '审核通过答复', {}, { check: ['已对拟公开的信息进行保密审查（条例第十七条）'] });

    // Not yet signed: no delivery, no reply letter.
    await clerk.goto(caseUrl);
    await expect(clerk.getByRole('button', { name: '送达', exact: true })).toHaveCount(0);
    await expect(clerk.getByRole('button', { name: /出具公开答复书/ })).toHaveCount(0);

    const leader = await as(browser, 'leader');
    await leader.goto(caseUrl);
    await act(leader, '签发');

    await clerk.goto(caseUrl);
    await clerk.getByRole('button', { name: '出具公开答复书（予以公开）', exact: true }).click();
    await clerk
      .getByRole('form', { name: '出具公开答复书（予以公开）' })
      .getByRole('button', { name: '确定出具公开答复书（予以公开）' })
      .click();
    await expect(clerk.getByRole('status').filter({ hasText: '已出具公开答复书' })).toBeVisible();
    await act(clerk, '送达', {}, { select: { 送达方式: '当面领取' } });
    await expect(clerk.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    await expect(clerk.locator('article > header')).toContainText('已于');
  } finally {
    adminCli('agency:signoff', '--agency', '1', '--off');
  }
});

test('an overdue routing shows on the clerk’s dashboard and in 督办; a review and a suit show their answers’ due dates', async ({
  browser,
}) => {
  const today = todayInChina();
  const clerk = await as(browser, 'clerk');
  // Received ten days ago, routed five days ago with an internal due date two days ago: overdue now.
  const caseUrl = await register(clerk, '周八', '某年度土地出让合同', addDays(today, -10));
  const trackingNo = (await clerk.locator('h1').textContent())!.trim();
  await act(
    clerk,
    '转办承办部门',
    { '内部办理期限（留空按本机关设置的工作日数计算）': addDays(today, -2) },
    { check: ['规划科'], on: addDays(today, -5) },
  );
  await clerk.goto('/');
  await expect(clerk.getByRole('table', { name: '承办部门逾期未答复的转办' })).toContainText(trackingNo);
  await expect(clerk.getByRole('table', { name: '承办部门逾期未答复的转办' })).toContainText('已逾期');

  const handler = await as(browser, 'handler');
  await expect(handler.getByRole('table', { name: '本部门待办理的转办' })).toContainText(formatCn(addDays(today, -2)));

  const manager = await as(browser, 'manager');
  await manager.goto('/supervision');
  const duty = manager.getByRole('table', { name: '各机关办理情况' });
  await expect(duty.getByRole('columnheader', { name: '转办逾期' })).toBeVisible();
  // This office's row: the 转办逾期 column (7th) counts at least this routing.
  expect(Number(await duty.locator('tbody tr').first().locator('td').nth(6).textContent())).toBeGreaterThanOrEqual(1);

  // A closed case, then its review and suit with the days the copies came.
  await clerk.goto(caseUrl);
  await act(clerk, '申请人撤回');
  await act(clerk, '登记行政复议', { '收到复议申请书副本日期（据此计算答复期限）': today });
  await act(clerk, '登记行政诉讼', { '收到起诉状副本日期（据此计算答辩期限）': today });
  const answers = clerk.getByTestId('appeal-answers');
  await expect(answers).toContainText('行政复议答复书');
  await expect(answers).toContainText('行政应诉答辩状');
  await expect(answers).toContainText('第六十七条');

  // The drafts of the answers download as Word and read as drafts from the file.
  for (const name of ['行政复议答复书（草稿）', '行政应诉答辩状（草稿）']) {
    await clerk.getByRole('button', { name: `出具${name}`, exact: true }).click();
    await clerk
      .getByRole('form', { name: `出具${name}` })
      .getByRole('button', { name: `确定出具${name}` })
      .click();
    const status = clerk.getByRole('status').filter({ hasText: `已出具${name}` });
    await expect(status).toBeVisible();
    const waiting = clerk.waitForEvent('download');
    // Internal papers are filed under the case's number, not a 文号 of their own: found by name.
    await clerk.locator('tr[data-doc]').filter({ hasText: name }).getByRole('link', { name: '下载' }).click();
    const file = path.join(os.tmpdir(), `draft-${process.pid}-${Date.now()}.docx`);
    await (await waiting).saveAs(file);
    const text = docxText(new Uint8Array(fs.readFileSync(file)));
    expect(text).toContain('草稿');
    expect(text).toContain(trackingNo);
    expect(text).toContain('三、证据目录');
    expect(text).toContain(name.startsWith('行政复议') ? '前提交行政复议机构' : '前连同证据和依据提交人民法院');
  }
});
