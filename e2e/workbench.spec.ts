// The daily work, screen by screen, at 1366×768: dashboards that list the work, the receipt at
// intake, duplicate hints, the filtered list and its export, a returned reply that keeps its draft,
// and organisation applicants shown as organisations.
import fs from 'node:fs';
import { expect, test, type Browser, type Page, type TestInfo } from './axe';
import ExcelJS from 'exceljs';
import { registerCase, sameOrigin, signIn } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

async function as(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await signIn(page, login);
  return page;
}

/** A screenshot kept in the test's output folder and attached to its result. */
async function shot(info: TestInfo, page: Page, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

async function register(page: Page, name: string, idNumber: string, description: string, kind = 'natural') {
  await page.goto('/cases/new');
  const form = page.getByRole('form', { name: '申请登记' });
  await form.getByLabel('当面').check();
  await form.getByLabel('当面提交日期').fill('2025-09-26');
  if (kind !== 'natural') await form.getByLabel('申请人类型').selectOption(kind);
  await form.getByLabel(kind === 'natural' ? '姓名' : /名称/).fill(name);
  if (idNumber) await form.getByLabel(kind === 'natural' ? '证件号码' : '统一社会信用代码').fill(idNumber);
  await form.getByLabel(/特征性描述/).fill(description);
  return form;
}

test('intake issues the receipt and hints at a duplicate, which one click answers as a repeat application', async ({ browser }, info) => {
  const clerk = await as(browser, 'clerk');
  let form = await register(clerk, '钱重复', '110101198001011232', '请公开示例区2024年度土地出让收支明细表');
  await form.getByRole('button', { name: '登记' }).click();
  const receipt = clerk.getByTestId('receipt');
  await expect(receipt).toContainText(/已出具当面申请签收单，文号 示资依收〔2025〕\d+号/);
  await expect(receipt.getByRole('link', { name: '下载打印' })).toBeVisible();
  const first = (await clerk.getByTestId('tracking-no').textContent())!;

  form = await register(clerk, '钱重复', '110101198001011232', '请公开示例区2024年度土地出让收支明细表');
  // While typing, before saving, the earlier application is already named.
  await expect(clerk.getByTestId('related')).toContainText(first);
  await form.getByRole('button', { name: '登记' }).click();
  const hints = clerk.getByRole('note', { name: '注意：可能是重复或相关的申请' });
  await expect(hints).toContainText(first);
  await expect(hints).toContainText('同一申请人（证件号码相同）');
  await expect(hints.getByRole('link', { name: first })).toHaveAttribute('href', /\/cases\/\d+/);
  await shot(info, clerk, 'intake-duplicate');
  // A reply that ends the case is asked once.
  clerk.once('dialog', (d) => {
    expect(d.message()).toContain(`按重复申请（与 ${first} 相同）`);
    void d.accept();
  });
  await hints.getByRole('button', { name: '按重复申请处理' }).click();
  await expect(hints).toContainText(`已按重复申请提交答复送审（与 ${first} 相同）`);
  await clerk.getByRole('link', { name: '打开案件' }).click();
  await expect(clerk.getByTestId('draft-reply')).toContainText('不予处理：重复申请');
});

test('each dashboard lists its work; tiles open exactly their cases', async ({ browser }, info) => {
  const clerk = await as(browser, 'clerk');
  await clerk.goto('/');
  const mine = clerk.getByRole('table', { name: '我的未办结案件' });
  await expect(mine.locator('tbody tr').first()).toBeVisible();
  const overdue = Number(await clerk.getByTestId('tile-已超期').textContent());
  await clerk.getByRole('link', { name: /已超期/ }).click();
  await expect(clerk.getByTestId('result-count')).toHaveText(`共 ${overdue} 件`);
  await clerk.goto('/');
  await shot(info, clerk, 'dashboard-clerk');

  const reviewer = await as(browser, 'reviewer');
  await reviewer.goto('/');
  const queue = reviewer.getByRole('table', { name: '待审核' });
  await expect(queue).toContainText('答复'); // the duplicate reply submitted in the previous test
  await shot(info, reviewer, 'dashboard-reviewer');

  const manager = await as(browser, 'manager');
  await manager.goto('/');
  await expect(manager.getByRole('list', { name: '未办结案件（按状态）' })).toContainText('待审核');
  await expect(manager.getByRole('table', { name: '已超期案件' })).toBeVisible();
  await expect(manager.getByRole('list', { name: '按渠道' })).toContainText('当面');
  await shot(info, manager, 'dashboard-manager');

  const admin = await as(browser, 'admin');
  await admin.goto('/');
  await expect(admin.getByRole('list', { name: '需要注意' })).toContainText('2027年节假日安排尚未录入');
  await shot(info, admin, 'dashboard-admin');
});

test('the case list filters, counts and exports exactly what it shows', async ({ browser }) => {
  const clerk = await as(browser, 'clerk');
  await clerk.goto('/cases?view=all&channel=in_person&receivedFrom=2025-09-26&receivedTo=2025-09-26&sort=received');
  const count = Number(/共 (\d+) 件/.exec((await clerk.getByTestId('result-count').textContent())!)![1]);
  const rows = await clerk.locator('table tbody tr').count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(rows).toBe(Math.min(count, 50));
  const waiting = clerk.waitForEvent('download');
  await clerk.getByRole('link', { name: '导出 Excel' }).click();
  const file = await (await waiting).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file!);
  const ws = wb.worksheets[0];
  expect(ws.getRow(1).values).toContain('申请编号');
  expect(ws.rowCount - 1).toBe(count);
  // Real dates (Excel sorts and filters them), shown as 2025-09-26; the header styled and frozen;
  // every column given a width.
  const received = ws.getRow(2).getCell(2);
  expect(received.value).toBeInstanceOf(Date);
  expect((received.value as Date).toISOString().slice(0, 10)).toBe('2025-09-26');
  expect(received.numFmt).toBe('yyyy-mm-dd');
  expect(String(ws.getRow(2).getCell(3).value)).toBe('当面');
  expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(ws.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  for (let i = 1; i <= 12; i++) expect(ws.getColumn(i).width, `column ${i}`).toBeGreaterThanOrEqual(10);
  expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(40);
  const csv = await clerk.request.get(
    `/api/v1/requests/export?view=all&channel=in_person&receivedFrom=2025-09-26&receivedTo=2025-09-26&type=csv`,
  );
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toContain('申请编号,收到申请日期,申请渠道');
  expect(lines).toHaveLength(count + 1);
  fs.rmSync(file!, { force: true });
});

test('a returned reply comes back as drafted; the reviewer reads the letter before approving', async ({ browser }) => {
  const clerk = await as(browser, 'clerk');
  const { id } = await registerCase(clerk, {
    channel: 'letter',
    receivedOn: '2025-09-26',
    applicant: { kind: 'commercial', name: '示例矿业有限公司', orgCode: '91110000MA01ABCD3U', contactPerson: '孙经理' },
    description: '采矿权出让合同',
  });
  const draft = {
    type: 'reply_submitted',
    on: '2025-10-09',
    disposition: 'partial',
    legalBasis: '《条例》第三十七条',
    items: ['合同正文'],
    withheld: '附件中的银行账号',
    reasons: '涉及商业秘密',
  };
  expect((await clerk.request.post(`/api/v1/requests/${id}/events`, { headers: sameOrigin, data: draft })).status()).toBe(201);
  const reviewer = await as(browser, 'reviewer');
  await reviewer.goto(`/cases/${id}`);
  await expect(reviewer).toHaveTitle(/^\d{4}-\d{4} 申请详情/);
  const letter = reviewer.getByTestId('draft-letter');
  await expect(letter).toContainText('贵单位申请获取的政府信息中，附件中的银行账号不应当公开');
  await expect(letter).toContainText('对行政复议决定不服的');
  await reviewer.getByRole('button', { name: '退回答复' }).click();
  await reviewer.getByRole('form', { name: '退回答复' }).getByLabel('退回意见').fill('请写明合同编号');
  await reviewer.getByRole('button', { name: '确定：退回答复' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  await clerk.goto(`/cases/${id}`);
  await expect(clerk.getByText('审核退回意见：请写明合同编号')).toBeVisible();
  await expect(clerk.getByTestId('case-applicant')).toContainText('示例矿业有限公司');
  await expect(clerk.getByText('91110000MA01ABCD3U')).toBeVisible();
  await expect(clerk.getByText('孙经理')).toBeVisible();
  await clerk.getByRole('button', { name: '提交答复送审' }).click();
  const form = clerk.getByRole('form', { name: '提交答复送审' });
  await expect(form.getByLabel('答复类型')).toHaveValue('partial');
  await expect(form.getByLabel('公开的信息（每行一项）')).toHaveValue('合同正文');
  await expect(form.getByLabel(/不予公开的部分/)).toHaveValue('附件中的银行账号');
  await expect(form.getByLabel(/^理由/)).toHaveValue('涉及商业秘密');
});

test('the case page at 1366×768', async ({ browser }, info) => {
  const clerk = await as(browser, 'clerk');
  await clerk.goto('/cases?view=all&sort=newest');
  await clerk.locator('tbody tr a').first().click();
  await expect(clerk.getByRole('heading', { name: '办理记录' })).toBeVisible();
  await shot(info, clerk, 'case-page');
});
