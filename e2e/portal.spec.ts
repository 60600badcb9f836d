// The public side in Chromium: a person applies from a phone with an attachment, keeps the query
// code, the office confirms, replies and delivers online, and the applicant downloads the letter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './axe';
import { docxText } from '../tests/helpers/docx';
import { PNG } from '../tests/helpers/files';
import { publicApplication, sameOrigin, signIn } from './helpers';

test('apply on a phone, follow with the code, and download the reply delivered online', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const applicant = await phone.newPage();
  await applicant.goto('/apply');
  const form = applicant.getByRole('form', { name: '政府信息公开申请' });
  await form.getByLabel('姓名').fill('吴网申');
  await form.getByLabel('证件号码').fill('110101199003077071'); // a wrong check digit first
  await form.getByLabel('联系电话').fill('13600000000');
  await form.getByLabel(/特征性描述/).fill('请公开示例区2025年第三季度建设用地供应结果');
  await form.getByLabel('身份证明（复印件或照片）').setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: PNG });
  await form.getByLabel('我已阅读并同意').check();
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(form.getByText('居民身份证号码不正确（应为 18 位，校验位相符）')).toBeVisible();
  await form.getByLabel('证件号码').fill('11010119900307707X');
  await form.getByRole('button', { name: '提交申请' }).click();
  const code = (await applicant.getByTestId('query-code').textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);

  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  await clerk.goto('/submissions');
  const card = clerk.getByRole('article').filter({ hasText: '吴网申' });
  await expect(card.getByRole('link', { name: /身份证明：身份证\.png/ })).toBeVisible();
  await card.getByRole('button', { name: '确认受理' }).click();
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.getByRole('status')).toContainText(/已确认受理，编号 \d{4}-\d{4}/);
  const trackingNo = /编号 (\d{4}-\d{4})/.exec((await card.getByRole('status').textContent())!)![1];

  await applicant.goto('/apply/status');
  await applicant.getByLabel('查询码').fill(code.toLowerCase());
  await applicant.getByRole('button', { name: '查询' }).click();
  const status = applicant.getByTestId('status');
  await expect(status).toContainText('已受理，正在办理');
  await expect(status).toContainText(trackingNo);
  await expect(status).toContainText('答复期限');
  await expect(status).toContainText('110***********707X');
  await expect(status).not.toContainText('11010119900307707X');

  await card.getByRole('link', { name: '打开案件' }).click();
  await clerk.waitForURL(/\/cases\/\d+$/);
  const caseId = /\/cases\/(\d+)/.exec(clerk.url())![1];
  const post = (data: Record<string, unknown>, page = clerk) =>
    page.request.post(`/api/v1/requests/${caseId}/events`, { headers: sameOrigin, data });
  expect(
    (
      await post({ type: 'reply_submitted', disposition: 'granted', legalBasis: '《条例》第三十六条第（二）项', items: ['供应结果公告'] })
    ).status(),
  ).toBe(201);
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  expect((await post({ type: 'reply_approved', secrecyReviewed: true }, reviewer)).status()).toBe(201);
  expect(
    (await clerk.request.post(`/api/v1/requests/${caseId}/documents`, { headers: sameOrigin, data: { kind: 'reply_granted' } })).status(),
  ).toBe(201);
  await clerk.reload();
  await clerk.getByLabel('附件类型').selectOption('released');
  await clerk.getByLabel('选择文件').setInputFiles({ name: '供应结果公告.png', mimeType: 'image/png', buffer: PNG });
  await clerk.getByRole('button', { name: '上传' }).click();
  await expect(clerk.getByText('已上传：供应结果公告.png')).toBeVisible();
  expect((await post({ type: 'delivered', method: 'online' })).status()).toBe(201);

  await applicant.getByRole('button', { name: '查询' }).click();
  await expect(status).toContainText('已答复');
  const waiting = applicant.waitForEvent('download');
  await status.getByRole('link', { name: /公开答复书/ }).click();
  const file = path.join(os.tmpdir(), `reply-${Date.now()}.docx`);
  await (await waiting).saveAs(file);
  expect(docxText(new Uint8Array(fs.readFileSync(file)))).toContain('吴网申：');
  fs.rmSync(file, { force: true });
  await expect(status.getByRole('link', { name: '供应结果公告.png' })).toBeVisible();
  // A wrong code says "not found", never more.
  await applicant.getByLabel('查询码').fill('AAAA-BBBB-CCCC-DDDD');
  await applicant.getByRole('button', { name: '查询' }).click();
  await expect(applicant.getByRole('alert').filter({ hasText: '没有找到' })).toContainText('没有找到该查询码对应的申请');
});

test('the public endpoint refuses a forged file with a Chinese message', async ({ request }) => {
  const res = await request.post('/api/public/applications', {
    multipart: {
      application: JSON.stringify({ ...publicApplication, name: '伪造' }),
      other: {
        name: '材料.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([
          Buffer.from('MZ'),
          Buffer.alloc(58),
          Buffer.from([0x40, 0, 0, 0]),
          Buffer.from('PE\0\0'),
          Buffer.alloc(200),
        ]),
      },
    },
  });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toContain('不是 PDF、JPG 或 PNG 文件');
});

test('after a few submissions from one address the browser solves a proof of work by itself, and the form goes through', async ({
  page,
}) => {
  // Two submissions from this browser's own address within the hour.
  await page.goto('/apply');
  const statuses = await page.evaluate(async () => {
    const out: number[] = [];
    for (const [id, name] of [
      ['440306199208151236', '第一件'],
      ['11010519491231002X', '第二件'],
    ]) {
      const application = {
        kind: 'natural',
        name,
        idType: '居民身份证',
        idNumber: id,
        phone: '13500000001',
        description: '请公开另一份文件的内容',
        formWanted: 'paper',
        deliveryWanted: 'pickup',
        consent: true,
      };
      out.push(
        (
          await fetch('/api/public/applications', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(application),
          })
        ).status,
      );
    }
    return out;
  });
  // The first test may already have submitted from this address: then the second needs the proof too.
  expect(statuses[0]).toBe(201);
  expect([201, 400]).toContain(statuses[1]);
  await page.goto('/apply');
  // No picture and nothing to type: the widget verifies on its own, in Chinese.
  const challenge = page.getByTestId('challenge');
  await expect(challenge.getByText('已验证')).toBeVisible({ timeout: 30_000 });
  await expect(challenge.getByRole('img')).toHaveCount(0);
  await expect(challenge.getByRole('textbox')).toHaveCount(0);
  const form = page.getByRole('form', { name: '政府信息公开申请' });
  await form.getByLabel('姓名').fill('第三件');
  await form.getByLabel('证件号码').fill('110101197001010016');
  await form.getByLabel('联系电话').fill('13500000002');
  await form.getByLabel('获取信息的方式').selectOption('pickup');
  await form.getByLabel(/特征性描述/).fill('请公开第三份文件的内容');
  await form.getByLabel('我已阅读并同意').check();
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('submitted')).toBeVisible();
});
