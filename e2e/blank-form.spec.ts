// The blank application forms (issue 32 point 5), downloaded as a person would: from /apply and from
// the clerk's intake page, each a Word file with the office's name and the fields of art. 29.
import fs from 'node:fs';
import { expect, test } from './axe';
import { docxText } from '../tests/helpers/docx';
import { signIn } from './helpers';

test('the blank application forms download from /apply and from intake', async ({ page, browser }) => {
  await page.goto('/apply');
  const waiting = page.waitForEvent('download');
  await page.getByRole('link', { name: '申请表（法人或者其他组织）' }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toBe('政府信息公开申请表（法人或者其他组织）.docx');
  const text = docxText(new Uint8Array(fs.readFileSync(await download.path())));
  expect(text).toMatch(/受理机关：\S+/);
  expect(text).toContain('统一社会信用代码');
  expect(text).toContain('所需政府信息的名称、文号或者便于查询的其他特征性描述');

  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  await clerk.goto('/cases/new');
  const again = clerk.waitForEvent('download');
  await clerk.getByRole('link', { name: '申请表（公民）' }).click();
  const natural = docxText(new Uint8Array(fs.readFileSync(await (await again).path())));
  expect(natural).toContain('政府信息公开申请表（公民）');
  expect(natural).toContain('证件号码');
});
