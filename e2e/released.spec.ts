// 依申请公开转主动公开 (条例 art. 44) in Chromium: two people are granted the same approval; the manager
// publishes it; a third person typing the same request on /apply is pointed to it, reads it at
// /apply/released without anyone's personal data, and the manager's dashboard counts the answer.
import { expect, test } from './axe';
import { PDF } from '../tests/helpers/files';
import { registerCase, sameOrigin, signIn } from './helpers';

const APPROVAL = '示范县2025年第九批次城镇建设用地的省政府批复';
const PEOPLE = [
  { name: '严公开', idNumber: '11010519491231002X', phone: '13711112222' },
  { name: '柏申请', idNumber: '440306199208151236', phone: '13833334444' },
];

test('two applications granted the same approval become a published item that answers a third applicant', async ({ browser }) => {
  test.setTimeout(120_000);
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  const numbers: string[] = [];
  for (const [i, p] of PEOPLE.entries()) {
    const c = await registerCase(clerk, {
      channel: 'in_person',
      receivedOn: '2026-11-02',
      applicant: { kind: 'natural', idType: '居民身份证', ...p },
      description: i === 0 ? `请公开${APPROVAL}文件` : `申请获取${APPROVAL}`,
      suggestPublish: i === 0,
    });
    numbers.push(c.trackingNo);
    const step = (page: typeof clerk, data: Record<string, unknown>) =>
      page.request.post(`/api/v1/requests/${c.id}/events`, { headers: sameOrigin, data: { on: '2026-11-09', ...data } });
    expect(
      (await step(clerk, { type: 'reply_submitted', disposition: 'granted', legalBasis: '依法', items: [`${APPROVAL}`] })).status(),
    ).toBe(201);
    expect((await step(reviewer, { type: 'reply_approved', secrecyReviewed: true })).status()).toBe(201);
    expect((await step(clerk, { type: 'delivered', method: 'pickup' })).status()).toBe(201);
  }

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, 'manager');
  await manager.goto('/released');
  const group = manager.getByRole('article').filter({ hasText: numbers[0] }).filter({ hasText: numbers[1] });
  await expect(group).toContainText('申请人建议主动公开');
  const publish = group.getByRole('form', { name: '纳入主动公开' });
  await expect(publish.getByLabel('公开信息的名称')).toHaveValue(APPROVAL);
  await publish.getByLabel(/^说明/).fill(`${APPROVAL}，应严公开申请`);
  await publish.getByLabel(/公开的文件/).setInputFiles({ name: '批复（公开版）.pdf', mimeType: 'application/pdf', buffer: PDF });
  await publish.getByLabel(/已核对/).check();
  await publish.getByRole('button', { name: '纳入主动公开' }).click();
  await expect(group.getByRole('alert')).toContainText('含有个人信息（申请人姓名“严公开”）');
  await publish.getByLabel(/^说明/).fill('省政府关于该批次建设用地的批复，已删除个人信息');
  await publish.getByRole('button', { name: '纳入主动公开' }).click();
  await expect(manager.getByText(`纳入主动公开：${APPROVAL}`)).toBeVisible();

  // A third applicant, on a phone, starts typing the same request.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const applicant = await phone.newPage();
  await applicant.goto('/apply');
  await applicant.getByLabel(/特征性描述/).fill(`我想要${APPROVAL}`);
  const hint = applicant.getByRole('link', { name: APPROVAL });
  await expect(applicant.getByText('该信息已公开：')).toBeVisible();
  await hint.click();
  await applicant.waitForURL(/\/apply\/released\/\d+$/);
  await expect(applicant.getByRole('heading', { level: 1 })).toHaveText(APPROVAL);
  await expect(applicant.getByRole('link', { name: '批复（公开版）.pdf' })).toBeVisible();
  const body = await applicant.locator('main').innerText();
  for (const p of PEOPLE) for (const v of Object.values(p)) expect(body).not.toContain(v);
  for (const n of numbers) expect(body).not.toContain(n);
  const file = await applicant.request.get((await applicant.getByRole('link', { name: '批复（公开版）.pdf' }).getAttribute('href'))!);
  expect(file.headers()['content-type']).toBe('application/pdf');

  await applicant.goto('/apply/released?q=第九批次');
  await expect(applicant.getByRole('article')).toHaveCount(1);
  await expect(applicant.getByRole('article')).toContainText('省政府关于该批次建设用地的批复，已删除个人信息');
  await applicant.goto('/apply/released?q=不存在的批复名称');
  await expect(applicant.getByRole('status')).toContainText('没有找到');

  // The applicant did not apply: the hint answered one application.
  await manager.goto('/');
  await expect(manager.getByTestId('tile-已公开信息答复申请')).toContainText('1');
});
