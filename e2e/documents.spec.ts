import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './axe';
import { buildDocx } from '../lib/documents/docx-writer';
import { docxText } from '../tests/helpers/docx';
import { registerCase, signIn, sameOrigin } from './helpers';

async function download(page: Page, row: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.locator(`tr[data-doc="${row}"]`).getByRole('link', { name: '下载' }).click();
  const file = path.join(os.tmpdir(), `doc-${process.pid}-${Date.now()}.docx`);
  await (await waiting).saveAs(file);
  return docxText(new Uint8Array(fs.readFileSync(file)));
}

/** Opens the letter's small form (its date defaults to the step it records) and issues it. */
async function issue(page: Page, name: string, date?: string): Promise<string> {
  await page.getByRole('button', { name: `出具${name}`, exact: true }).click();
  const form = page.getByRole('form', { name: `出具${name}` });
  if (date) await form.getByLabel(/文书日期/).fill(date);
  // These cases arrived in 2025: their letters are 补录 and the form asks why.
  await form.getByLabel(/补录的原因/).fill('案卷整理时补出');
  await form.getByRole('button', { name: `确定出具${name}` }).click();
  const status = page.getByRole('status').filter({ hasText: `已出具${name}` });
  await expect(status).toBeVisible();
  return /文号 (\S+?号)/.exec((await status.textContent())!)![1];
}

test('a clerk issues a correction notice and, after approval, the reply letter, and downloads both', async ({ page, browser }) => {
  await signIn(page, 'clerk');
  const created = await registerCase(page, {
    channel: 'letter',
    receivedOn: '2025-09-26',
    applicant: { kind: 'natural', name: '赵文书', address: '示例市东路2号' },
    description: '某村土地征收批复',
  });
  const events = (data: Record<string, unknown>, p: Page = page) =>
    p.request.post(`/api/v1/requests/${created.id}/events`, { headers: sameOrigin, data });
  expect(
    (await events({ type: 'correction_requested', on: '2025-09-29', items: '请写明村名和年份', limitOn: '2025-10-20' })).status(),
  ).toBe(201);
  await page.goto(`/cases/${created.id}`);
  await expect(page.getByRole('button', { name: /出具公开答复书/ })).toHaveCount(0);
  // Dated after its 7-working-day limit (2025-10-13), the notice asks why before it can go out.
  await page.getByRole('button', { name: '出具补正告知书', exact: true }).click();
  const draft = page.getByRole('form', { name: '出具补正告知书' });
  await expect(draft.getByLabel(/文书日期/)).toHaveValue('2025-09-29');
  await expect(draft.getByLabel(/逾期出具的原因/)).toHaveCount(0);
  await draft.getByLabel(/文书日期/).fill('2025-10-14');
  await expect(draft.getByLabel(/逾期出具的原因/)).toBeVisible();
  await draft.getByRole('button', { name: '取消' }).click();
  const correctionNo = await issue(page, '补正告知书');
  expect(correctionNo).toMatch(/^示资依补〔\d{4}〕\d+号$/);
  const correction = await download(page, correctionNo);
  expect(correction).toContain('赵文书：');
  expect(correction).toContain('本机关于2025年9月26日收到您要求获取“某村土地征收批复”的政府信息公开申请');
  expect(correction).toContain('2025年9月29日'); // dated the day the correction was requested, not the day it was printed
  expect(correction).not.toContain('如对本答复不服');
  expect(correction).toContain('请写明村名和年份');
  expect(correction).toContain(correctionNo);

  await events({ type: 'correction_received', on: '2025-10-09' });
  await events({
    type: 'reply_submitted',
    on: '2025-10-20',
    disposition: 'granted',
    legalBasis: '第三十六条第（二）项',
    items: ['征收批复'],
  });
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  expect((await events({ type: 'reply_approved', on: '2025-10-21', secrecyReviewed: true }, reviewer)).status()).toBe(201);

  await page.reload();
  const replyNo = await issue(page, '公开答复书（予以公开）');
  const reply = await download(page, replyNo);
  expect(reply).toContain('1. 征收批复');
  expect(reply).toMatch(/示资依公〔\d{4}〕\d+号/);
  expect(reply).not.toMatch(/[{}]/);
  expect(reply).toContain(
    '如对本答复书不服，可以自收到本答复书之日起六十日内向示例市人民政府申请行政复议，或者自收到本答复书之日起六个月内依法向有管辖权的人民法院提起行政诉讼',
  );
  const preview = await page.request.get(
    (await page.locator(`tr[data-doc="${replyNo}"]`).getByRole('link', { name: '预览' }).getAttribute('href')) as string,
  );
  expect(await preview.text()).toContain(replyNo);
  // The preview keeps its own strict policy: nothing runs, nothing loads.
  expect(preview.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('list', { name: '办理记录' })).toContainText(replyNo);
});

test('an admin uploading a template with a misspelled placeholder is told its name', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/templates');
  const file = path.join(os.tmpdir(), `bad-template-${process.pid}.docx`);
  fs.writeFileSync(
    file,
    buildDocx([
      { kind: 'title', text: '回执' },
      { kind: 'body', text: '{applicantName}：您的地址 {aplicantAdress}' },
    ]),
  );
  const form = page.getByRole('form', { name: '上传模板' });
  await form.getByLabel('文书种类').selectOption('receipt');
  await form.getByLabel('本机关的 .docx 模板').setInputFiles(file);
  await form.getByRole('button', { name: '上传并检查' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '{aplicantAdress}' })).toBeVisible();
  await expect(page.locator('tr[data-kind="receipt"]')).toContainText('系统默认');

  fs.writeFileSync(
    file,
    buildDocx([
      { kind: 'title', text: '示例局红头回执' },
      { kind: 'body', text: '{applicantName}：已收到（{trackingNo}）。' },
    ]),
  );
  await form.getByLabel('本机关的 .docx 模板').setInputFiles(file);
  await form.getByRole('button', { name: '上传并检查' }).click();
  await expect(page.getByTestId('template-preview')).toContainText('张三：已收到（2025-0001）');
  await page.getByRole('button', { name: '启用该模板' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已启用' })).toBeVisible();
  await page.reload();
  await expect(page.locator('tr[data-kind="receipt"]')).toContainText('本机关模板');
});
