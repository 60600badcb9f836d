// Many offices on one platform, as a new user would try it: the shell creates a district under the
// seeded agency with its own clerk and manager; the district registers cases; the parent's roll-up
// adds both and its supervision page chases the district's overdue case; the district sees neither
// the parent's numbers nor any of its cases (404 on every route); the annual report downloads.
import fs from 'node:fs';
import { expect, test, type Page } from './axe';
import PizZip from 'pizzip';
import pg from 'pg';
import { adminCli, e2eDatabaseUrl, sameOrigin, signIn, signInWithForm } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

const PASSWORD = 'District-pass-2026';
let districtId = 0;

test.beforeAll(() => {
  const out = adminCli('agency:create', '--name', '示例市东城区自然资源分局', '--short', '东城资', '--parent', '1');
  // The command prints the new agency's id alone on its last line.
  districtId = Number(/(\d+)\s*$/.exec(out)?.[1]);
  if (!Number.isInteger(districtId)) throw new Error(`agency:create printed: ${out}`);
  for (const [login, role] of [
    ['dc-clerk', 'clerk'],
    ['dc-reviewer', 'reviewer'],
    ['dc-manager', 'manager'],
  ])
    adminCli(
      'user:create',
      '--login',
      login,
      '--name',
      `东城${role}`,
      '--role',
      role,
      '--password',
      PASSWORD,
      '--agency',
      String(districtId),
    );
});

async function as(page: Page, login: string) {
  await signInWithForm(page, login, PASSWORD);
}

const total = (v: unknown) => (v as { total: number }).total;

test('the district works on its own; the parent adds it up and chases it; nobody sees across', async ({ browser, page }) => {
  test.setTimeout(120_000);
  expect(districtId).toBeGreaterThan(1);
  const clerk = await (await browser.newContext()).newPage();
  await as(clerk, 'dc-clerk');
  const register = async (receivedOn: string, name: string) => {
    const res = await clerk.request.post('/api/v1/requests', {
      headers: sameOrigin,
      data: { channel: 'letter', receivedOn, applicant: { kind: 'natural', name }, description: '东城区某地块征收批复' },
    });
    expect(res.status()).toBe(201);
    return (await res.json()) as { id: number; trackingNo: string };
  };
  const late = await register('2025-09-26', '东城甲');
  await register('2025-10-09', '东城乙');

  // The parent's manager: the roll-up adds the district to the parent's own numbers.
  await signIn(page, 'manager');
  const own = await (await page.request.get('/api/v1/reports/2025?format=2021')).json();
  const tree = await (await page.request.get('/api/v1/reports/2025?format=2021&scope=tree')).json();
  const district = tree.agencies.find((x: { id: number }) => x.id === districtId);
  expect(district).toMatchObject({ name: '示例市东城区自然资源分局', depth: 1, frozen: null });
  const districtCell = (await (await page.request.get(`/api/v1/reports/2025?format=2021&scope=tree&cell=3.1`)).json()).agencies.find(
    (x: { id: number }) => x.id === districtId,
  ).value;
  expect(total(districtCell)).toBe(2);
  expect(total(tree.cells['3.1'])).toBeGreaterThanOrEqual(total(own.cells['3.1']) + 2);
  await page.goto('/reports/tree?year=2025&format=2021');
  // Its selects carry visible labels (issue 28 point 9), not only accessible names.
  const chooser = page.getByRole('form', { name: '选择报表' });
  await expect(chooser.locator('label', { hasText: '年度' })).toBeVisible();
  await expect(chooser.getByLabel('格式')).toHaveValue('2021');
  await expect(page.getByRole('table', { name: '各机关报表状态' })).toContainText('示例市东城区自然资源分局');
  await page.locator('tr[data-code="3.1"] td[data-col="6"] a').click();
  await page
    .getByRole('table', { name: '各机关数字' })
    .getByRole('row', { name: /东城区/ })
    .getByRole('link')
    .click();
  await expect(page.getByRole('table', { name: '计入的案件' })).toContainText(late.trackingNo);

  // 督办: the overdue district case gets a note, which lands on its timeline and the clerk's dashboard.
  await page.goto('/supervision');
  await page
    .getByRole('table', { name: '各机关办理情况' })
    .getByRole('row', { name: /东城区/ })
    .getByRole('link')
    .click();
  const form = page.getByRole('form', { name: `督办 ${late.trackingNo}` });
  await form.getByLabel('督办意见').fill('请于3个工作日内答复并说明超期原因');
  await form.getByRole('button', { name: '督办' }).click();
  await expect(form.getByRole('status')).toHaveText('已发送');
  await clerk.goto('/');
  await expect(clerk.getByRole('table', { name: '上级机关督办' })).toContainText('请于3个工作日内答复并说明超期原因');
  await clerk.goto(`/cases/${late.id}`);
  await expect(clerk.getByText('上级机关督办').first()).toBeVisible();

  // The district's manager sees the district (and below) only.
  const dm = await (await browser.newContext()).newPage();
  await as(dm, 'dc-manager');
  const mine = await (await dm.request.get('/api/v1/reports/2025?format=2021&scope=tree')).json();
  expect(mine.agencies.map((x: { id: number }) => x.id)).toEqual([districtId]);
  expect(total(mine.cells['3.1'])).toBe(2);
  await dm.goto('/reports/tree?year=2025&format=2021&cell=1.3.1.6&agency=1');
  await expect(dm.getByText('该机关不在本机关的下级范围内')).toBeVisible();
  await dm.goto('/supervision?agency=1');
  await expect(dm.getByText('该机关不在本机关的下级范围内')).toBeVisible();

  // Every route, with an id of the parent's: 404, as if it didn't exist.
  const parentClerk = await (await browser.newContext()).newPage();
  await signIn(parentClerk, 'clerk');
  const theirs = await (
    await parentClerk.request.post('/api/v1/requests', {
      headers: sameOrigin,
      data: { channel: 'letter', receivedOn: '2025-10-09', applicant: { kind: 'natural', name: '市局申请人' }, description: '市局的案件' },
    })
  ).json();
  const docs = await (await parentClerk.request.get(`/api/v1/requests/${theirs.id}/documents`)).json();
  const docId = docs.documents[0].id;
  // The parent's attachment and online submission, written as the app would store them.
  const dbc = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await dbc.connect();
  const attachmentId = (
    await dbc.query(
      `INSERT INTO attachment (agency_id, case_id, kind, file_name, content_type, size, sha256, data) VALUES (1, $1, 'scan', 'a.pdf', 'application/pdf', 4, 'x', '\\x25504446') RETURNING id`,
      [theirs.id],
    )
  ).rows[0].id;
  const submissionId = (
    await dbc.query(`INSERT INTO submission (agency_id, code_hash, data) VALUES (1, md5(random()::text), '{}') RETURNING id`)
  ).rows[0].id;
  await dbc.end();
  const probes: [string, string, unknown?][] = [
    ['GET', `/api/v1/requests/${theirs.id}`],
    ['POST', `/api/v1/requests/${theirs.id}/events`, { type: 'correction_requested', items: '越权', limitOn: '2025-10-30' }],
    ['GET', `/api/v1/requests/${theirs.id}/documents`],
    ['POST', `/api/v1/requests/${theirs.id}/documents`, { kind: 'register_form' }],
    ['GET', `/api/v1/documents/${docId}`],
    ['GET', `/api/v1/documents/${docId}/preview`],
    ['GET', `/api/v1/attachments/${attachmentId}`],
    ['POST', `/api/v1/submissions/${submissionId}/confirm`, {}],
    ['POST', `/api/v1/submissions/${submissionId}/discard`, { reason: '越权' }],
  ];
  for (const [method, path, data] of probes) {
    const res = method === 'GET' ? await clerk.request.get(path) : await clerk.request.post(path, { headers: sameOrigin, data });
    expect(res.status(), `${method} ${path}`).toBe(404);
  }
  expect((await clerk.goto(`/cases/${theirs.id}`))?.status()).toBe(404);
  // Not even the tab's title tells the number of another office's case.
  await expect(clerk).toHaveTitle('申请详情');
  expect(theirs.trackingNo).toMatch(/^\d{4}-\d+$/);
  expect(await clerk.content()).not.toContain(theirs.trackingNo);
  const list = await (await clerk.request.get(`/api/v1/requests?q=${encodeURIComponent('市局申请人')}`)).json();
  expect(list.items).toEqual([]);

  // The annual report, drafted from the parent's year page.
  await page.goto('/reports?year=2025&format=2021');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '生成年度报告（Word）' }).click();
  const file = await (await download).path();
  const xml = new PizZip(fs.readFileSync(file!)).file('word/document.xml')!.asText();
  for (const part of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项']) expect(xml).toContain(part);
});
