// 当场答复 (条例 art. 33¶1) at the counter, in Chromium: registered and answered on one screen, the
// record printed with the applicant's signature line, the case closed the day it was received.
import { expect, test } from './axe';
import { signIn } from './helpers';

test('a clerk answers an application at the counter and prints the record', async ({ page }) => {
  await signIn(page, 'clerk');
  await page.goto('/cases/counter');
  const form = page.getByRole('form', { name: '当场答复' });
  await form.getByLabel(/^姓名/).fill('柜台甲');
  await form.getByLabel('联系电话').fill('13900002222');
  await form.getByLabel(/^所需政府信息/).fill('本区2026年义务教育学校招生范围');
  await form.getByLabel('答复类型').selectOption({ label: '予以公开' });
  await form.getByLabel(/^当场答复的内容/).fill('当场提供招生范围公告复印件一份');
  await form.getByLabel(/^当场提供的信息/).fill('2026年义务教育学校招生范围公告');
  await form.getByRole('button', { name: '登记并当场答复' }).click();
  // Disclosing anything needs the 保密审查 first: refused, and nothing registered.
  await expect(form.getByRole('alert')).toContainText('保密审查');
  await form.getByLabel(/已对当场提供的信息进行保密审查/).check();
  await form.getByRole('button', { name: '登记并当场答复' }).click();
  await expect(form.getByRole('status')).toContainText('已登记并当场答复');
  await form.getByRole('link', { name: /打印当场答复记录/ }).click();
  await page.waitForURL(/\/cases\/\d+\/counter-record$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开申请当场答复记录');
  const record = page.locator('main');
  await expect(record).toContainText('柜台甲');
  await expect(record).toContainText('2026年义务教育学校招生范围公告');
  await expect(page.getByTestId('signatures')).toContainText('申请人（签字）');
  await expect(record).not.toContainText(/[A-Za-z_]{4,}/);

  // The case itself: closed the day it was received.
  const id = /\/cases\/(\d+)\//.exec(page.url())![1];
  const json = await (await page.request.get(`/api/v1/requests/${id}`)).json();
  expect(json.status).toBe('closed');
  expect(json.closedOn).toBe(json.receivedOn);
  expect(json.channel).toBe('in_person');
});
