import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './axe';
import { ledger2017 } from '../tests/helpers/ledger-2017';
import { fillAndSubmit, sameOrigin, signIn } from './helpers';

test('a manager imports the 2017 ledger, reads the derived table, exports it, freezes it and sees later changes flagged', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  page.on('dialog', (d) => d.accept());
  await signIn(page, 'manager');
  const file = path.join(os.tmpdir(), `ledger-2017-${process.pid}.csv`);
  fs.writeFileSync(file, ledger2017());
  await page.goto('/imports');
  await page.getByLabel(/台账文件/).setInputFiles(file);
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page.getByTestId('import-result')).toContainText('新导入 2205 件', { timeout: 60_000 });
  await expect(page.getByLabel('导入进度')).toHaveAttribute('value', '2205');

  await page.goto('/reports?year=2017&format=2017');
  const cell = (code: string) => page.locator(`tr[data-code="${code}"] td[data-col="0"]`);
  await expect(cell('3.1')).toHaveText('2205');
  await expect(cell('3.2.2')).toHaveText('48');
  await expect(cell('3.3.6')).toHaveText('920');
  await expect(page.getByTestId('checks')).not.toContainText('✗ 收到申请数');

  // Every derived number opens the cases it counts.
  await cell('3.3.4.1').getByRole('link').click();
  await expect(page.getByTestId('cell-filter')).toContainText('“其中：涉及国家秘密”所计入的案件');
  await expect(page.locator('tbody tr')).toHaveCount(29);

  // In the 2021 format each applicant-kind column opens only that kind's cases; the total, all.
  await page.goto('/reports?year=2017&format=2021');
  const row = page.locator('tr[data-code="3.1"]');
  await expect(row.locator('td[data-col="0"] a')).toHaveAttribute('href', '/cases?view=all&cell=2021:3.1&year=2017&kind=natural');
  await expect(row.locator('td[data-col="6"] a')).toHaveAttribute('href', '/cases?view=all&cell=2021:3.1&year=2017');

  await page.goto('/reports?year=2017&format=2017');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 .xlsx' }).click();
  const saved = path.join(os.tmpdir(), `report-2017-${process.pid}.xlsx`);
  await (await download).saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.worksheets[0];
  // Rows by their Chinese names (no codes in the file); labels repeat under 复议 and 诉讼, so keep the order.
  const rows: [string, unknown][] = [];
  ws.eachRow((row) => {
    rows.push([String(row.getCell(1).value ?? '').replace(/^　+/, ''), row.getCell(3).value]);
    row.eachCell((c) => expect(String(c.value), 'no Latin-letter codes in the year table').not.toMatch(/[A-Za-z]/));
  });
  const value = (label: string, after = '') => {
    const from = after ? rows.findIndex(([l]) => l === after) : 0;
    return rows.slice(from).find(([l]) => l === label)?.[1];
  };
  expect(value('（一）收到申请数')).toBe(2205);
  expect(value('4.信函申请数')).toBe(1716);
  expect(value('不是《条例》所指政府信息')).toBe(130);
  expect(value('四、行政复议数量')).toBe(113);
  expect(value('（二）被依法纠错数', '五、行政诉讼数量')).toBe(1);
  expect(String(ws.getRow(1).getCell(1).value)).toContain('政府信息公开情况统计表');

  const manual = page.getByRole('form', { name: '手工填报' });
  await fillAndSubmit(manual, { '（三）从事政府信息公开工作人员数': '8', '1.专职人员数': '2', '2.兼职人员数': '6' }, '保存手工填报数');
  await expect(manual.getByRole('status')).toContainText('已保存');
  await page.reload();
  await page.getByRole('button', { name: '冻结报表' }).click();
  await expect(page.getByTestId('frozen')).toBeVisible();

  // A late-registered 2017 application: the live count moves, the frozen table does not.
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  const res = await clerk.request.post('/api/v1/requests', {
    headers: sameOrigin,
    data: { channel: 'letter', receivedOn: '2017-12-28', applicant: { kind: 'natural', name: '补登记' }, description: '补登记的申请' },
  });
  expect(res.status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId('differs')).toContainText('（一）收到申请数');
  await expect(page.getByTestId('manual-locked')).toBeVisible();
  await expect(cell('3.1')).toHaveText('2205');
  const json = await (await page.request.get('/api/v1/reports/2017?format=2017')).json();
  expect(json).toMatchObject({ year: 2017, format: '2017', cells: { '3.1': 2205, '3.1.4': 1716, '8.3': 8 } });
  expect(json.frozen).not.toBeNull();
  expect(json.differsFromLive).toContain('3.1');
});

test('the 2021 format shows one column per applicant kind', async ({ page }) => {
  await signIn(page, 'manager');
  await page.goto('/reports?year=2017&format=2021');
  await expect(page.locator('table[data-section="1"] thead')).toContainText('自然人');
  await expect(page.locator('table[data-section="1"] thead')).toContainText('法律服务机构');
  const json = await (await page.request.get('/api/v1/reports/2017?format=2021')).json();
  expect(json.cells['3.1'].total).toBe(2206);
  expect(json.cells['4.review.total']).toBe(113);
  const bad = await page.request.get('/api/v1/reports/20x7?format=2021');
  expect(bad.status()).toBe(400);
});

test('a 2021-format table frozen through the API shows no false alarm on the page (issue 28 point 1)', async ({ page }) => {
  await signIn(page, 'manager');
  const freeze = () => page.request.post('/api/v1/reports/2016/freeze?format=2021', { headers: sameOrigin });
  const first = await freeze();
  expect(first.status()).toBe(201);
  expect((await first.json()).frozen.by).toBeTruthy();
  const again = await freeze();
  expect(again.status()).toBe(409);
  expect((await again.json()).error.message).toContain('已于');
  const json = await (await page.request.get('/api/v1/reports/2016?format=2021')).json();
  expect(json.frozen).not.toBeNull();
  expect(json.differsFromLive).toEqual([]);
  await page.goto('/reports?year=2016&format=2021');
  await expect(page.getByTestId('frozen')).toBeVisible();
  await expect(page.getByTestId('differs')).toHaveCount(0);
  await expect(page.getByText('与冻结版本不一致')).toHaveCount(0);
});
