// 更正申请 (条例 art. 41) in Chromium: a clerk registers a request to correct information about the
// applicant, numbered in its own series; its reply form offers only the three outcomes of a
// correction, in words of correction; a reviewer approves 不予更正; the clerk issues the
// 不予更正告知书 and reads it back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './axe';
import { signIn } from './helpers';
import { docxText } from '../tests/helpers/docx';

test('a request to correct information is registered, refused with reasons and told so in its own letter', async ({ page, browser }) => {
  page.on('dialog', (d) => void d.accept());
  await signIn(page, 'clerk');
  await page.goto('/cases/new');
  const form = page.getByRole('form', { name: '申请登记' });
  await form.getByLabel(/政府信息更正申请/).check();
  await form.getByLabel('当面').check();
  await form.getByLabel('当面提交日期').fill('2025-09-26');
  await form.getByLabel('姓名').fill('严更正');
  await form.getByLabel('证件号码').fill('110101199001011237');
  await expect(form.getByText('申请人建议将该信息纳入主动公开')).toHaveCount(0);
  await form.getByLabel(/要求更正的政府信息记录/).fill('2024年征收补偿名单中本人房屋面积记载为85平方米，实为95平方米');
  await form.getByRole('button', { name: '登记' }).click();
  const trackingNo = (await page.getByTestId('tracking-no').textContent())!;
  expect(trackingNo).toMatch(/^更正2025-\d{4}$/);
  // No receipt written for an application is issued for it.
  await expect(page.getByTestId('receipt')).toHaveCount(0);
  await page.getByRole('link', { name: '打开案件' }).click();
  await page.waitForURL(/\/cases\/\d+$/);
  const caseUrl = page.url();
  await expect(page.getByTestId('case-request-kind')).toHaveText('更正申请');
  // Steps written for an application are not offered.
  await expect(page.getByRole('button', { name: '申请延期', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '发出补正告知', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: '提交答复送审', exact: true }).click();
  const draft = page.getByRole('form', { name: '提交答复送审' });
  const options = await draft.getByLabel('处理结果').locator('option').allTextContents();
  expect(options).toEqual(['请选择答复类型', '予以更正', '不予更正', '无权更正：转送有权更正的机关并告知申请人']);
  await draft.getByLabel('处理结果').selectOption({ label: '不予更正' });
  await expect(draft.getByLabel(/信息处理费/)).toHaveCount(0);
  await draft.getByLabel('法律依据').fill('《中华人民共和国政府信息公开条例》第四十一条');
  await draft.getByLabel('不予更正的理由').fill('名单依不动产登记簿记载，登记簿的更正须向不动产登记机构申请更正登记');
  await draft.getByLabel('日期', { exact: true }).fill('2025-10-09');
  await draft.getByRole('button', { name: '确定：提交答复送审' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  const reviewer = await (await browser.newContext()).newPage();
  reviewer.on('dialog', (d) => void d.accept());
  await signIn(reviewer, 'reviewer');
  await reviewer.goto(caseUrl);
  await reviewer.getByRole('button', { name: '审核通过答复', exact: true }).click();
  const approve = reviewer.getByRole('form', { name: '审核通过答复' });
  await approve.getByLabel('日期', { exact: true }).fill('2025-10-10');
  await approve.getByLabel(/已对拟公开的信息进行保密审查/).check();
  await approve.getByRole('button', { name: '确定：审核通过答复' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: '出具不予更正告知书', exact: true }).click();
  const issue = page.getByRole('form', { name: '出具不予更正告知书' });
  await issue.getByLabel(/补录的原因/).fill('案卷整理时补出');
  await issue.getByRole('button', { name: '确定出具不予更正告知书' }).click();
  const status = page.getByRole('status').filter({ hasText: '已出具不予更正告知书' });
  await expect(status).toBeVisible();
  const docNo = /文号 (\S+?号)/.exec((await status.textContent())!)![1];
  expect(docNo).toMatch(/^示资依更〔2025〕\d+号$/);
  const waiting = page.waitForEvent('download');
  await page.locator(`tr[data-doc="${docNo}"]`).getByRole('link', { name: '下载' }).click();
  const file = path.join(os.tmpdir(), `rectify-${process.pid}-${Date.now()}.docx`);
  await (await waiting).saveAs(file);
  const text = docxText(new Uint8Array(fs.readFileSync(file)));
  expect(text).toMatch(/^政府信息不予更正告知书\n/);
  expect(text).toContain('严更正：');
  expect(text).toContain(`要求更正“2024年征收补偿名单中本人房屋面积记载为85平方米，实为95平方米”的政府信息更正申请（编号：${trackingNo}）`);
  expect(text).toContain('根据《中华人民共和国政府信息公开条例》第四十一条的规定，本机关决定不予更正');
  expect(text).toContain('具体理由：名单依不动产登记簿记载');
  expect(text).toContain('如对本告知书不服，可以自收到本告知书之日起六十日内');
  expect(text).not.toContain('应当先');
  expect(text).toContain('2025年10月10日');
});

test('the public form takes a request to correct information, which the office confirms into its own series', async ({ page, browser }) => {
  await page.goto('/apply');
  const form = page.getByRole('form', { name: '政府信息公开申请' });
  await form.getByLabel(/要求更正本机关提供的与本人/).check();
  // Its own words; no art. 44 suggestion for it.
  await expect(form.getByText('我建议将该信息主动公开')).toHaveCount(0);
  await form.getByLabel('姓名').fill('冯更正');
  await form.getByLabel('证件号码').fill('11010119900307707X');
  await form.getByLabel('联系电话').fill('13600000001');
  await form.getByLabel(/要求更正的政府信息、不准确之处/).fill('贵局2025年公布的低保名单中本人家庭人口记载为2人，实为3人');
  await form.getByLabel('我已阅读并同意').check();
  // Earlier tests may have applied from this address: then the browser first solves a proof of work.
  await page.waitForLoadState('networkidle');
  if (await page.getByTestId('challenge').count())
    await expect(page.getByTestId('challenge').getByText('已验证')).toBeVisible({ timeout: 30_000 });
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('query-code')).toBeVisible();

  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  await clerk.goto('/submissions');
  const card = clerk.getByRole('article').filter({ hasText: '冯更正' });
  await expect(card).toContainText('政府信息更正申请');
  await expect(card).toContainText('要求更正的信息');
  await card.getByRole('button', { name: '确认受理' }).click();
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.getByRole('status')).toContainText(/已确认受理，编号 更正\d{4}-\d{4}/);
});
