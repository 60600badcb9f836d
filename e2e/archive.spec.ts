// 归档 in Chromium: a manager checks the year's files for what is missing, then downloads a case's and
// the year's archive packages; each folder's 卷内目录 names exactly the pieces in it.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './axe';
import { registerCase, sameOrigin, signIn } from './helpers';
import { unzip } from '../tests/helpers/unzip';

test('a manager checks a year, then downloads a case’s and the year’s archive packages', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const c = await registerCase(clerk, {
    channel: 'in_person',
    receivedOn: today,
    applicant: { kind: 'natural', name: '归档甲' },
    description: '本镇2026年防汛应急预案',
  });
  const answer = await clerk.request.post(`/api/v1/requests/${c.id}/events`, {
    headers: sameOrigin,
    data: { type: 'counter_reply', on: today, disposition: 'published', answer: '已告知该预案在本镇门户网站公开' },
  });
  expect(answer.status()).toBe(201);

  await signIn(page, 'manager');
  await page.goto('/archive');
  await page.getByRole('button', { name: '检查缺少的材料' }).click();
  await expect(page.getByTestId('archive-check')).toContainText(`${today.slice(0, 4)}年办结`);

  await page.goto(`/cases/${c.id}`);
  const waiting = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载归档包' }).click();
  const files = await unzip(fs.readFileSync(await (await waiting).path()));
  const index = new ExcelJS.Workbook();
  await index.xlsx.load(files.get(`${c.trackingNo}/卷内目录.xlsx`) as unknown as ArrayBuffer);
  const titles: string[] = [];
  index.worksheets[0].eachRow((r, n) => n > 1 && titles.push(String(r.getCell(4).value)));
  // Registered in person through the API, the case has its 当面申请签收单 (issued at intake).
  // Answered at the counter: its 当场答复记录 is filed as the reply.
  expect(titles).toEqual(['当面申请签收单', `办理过程记录（${c.trackingNo}）`, '当场答复记录']);
  expect(files.has(`${c.trackingNo}/02-办理过程记录（${c.trackingNo}）.docx`)).toBe(true);
  expect(files.has(`${c.trackingNo}/03-当场答复记录.docx`)).toBe(true);
  expect(files.get(`${c.trackingNo}/元数据.xml`)!.toString('utf8')).toContain('<备注>申请人签字件另存</备注>');

  await page.goto('/archive');
  const year = page.waitForEvent('download');
  await page.getByRole('link', { name: /年度归档包/ }).click();
  const all = await unzip(fs.readFileSync(await (await year).path()));
  expect(all.has('归档清单.xlsx')).toBe(true);
  expect(all.has(`${c.trackingNo}/卷内目录.docx`)).toBe(true);
});
