// The settings an office needs and the old ledgers' language, walked by the roles that use them:
// the disposition catalogue and its cells (with the warning), topics, a whole year of holidays in one
// paste and each year's built-in arrangement, role changes that ask first, complaints edited and
// closed by year, and a ledger whose headers need the column-mapping step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, scanNow, test } from './axe';
import { adminCli, fillAndSubmit, signIn } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('an admin renames a disposition and moves its cell only after confirming the warning', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/catalogue');
  const row = page.getByRole('form', { name: '处理结果：不予处理：要求确认或重新出具已获取信息' });
  await row.getByLabel('名称').fill('不予处理：要求确认已获取的信息');
  await row.getByLabel('2021年格式栏目').selectOption({ label: '3.其他' });
  await expect(row.getByText('更改统计栏目会改变本机关所有未冻结年度报表中的数字')).toBeVisible();
  // The warning's checkbox is drawn after load: scanned as it shows, it must keep its label.
  await scanNow(page);
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByRole('alert').last()).toContainText('请确认后再保存');
  await row.getByLabel(/我已知晓/).check();
  await row.getByRole('button', { name: '保存' }).click();
  // The saved row is drawn again under its new name.
  const renamed = page.getByRole('form', { name: '处理结果：不予处理：要求确认已获取的信息' });
  await expect(renamed.getByRole('status')).toContainText('已保存');
  await page.reload();
  await expect(renamed.getByLabel('2021年格式栏目')).toHaveValue('3.3.6.3');
  // The year table's 归类 lists the new cell by its name.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, 'manager');
  await manager.goto('/reports?year=2025&format=2021');
  await expect(manager.getByRole('row', { name: /不予处理：要求确认已获取的信息/ })).toContainText('3.其他');
  // Put it back as it was, so the other tests see the national catalogue.
  await page.goto('/admin/catalogue');
  await renamed.getByLabel('名称').fill('不予处理：要求确认或重新出具已获取信息');
  await renamed.getByLabel('2021年格式栏目').selectOption({ label: '5.要求行政机关确认或重新出具已获取信息' });
  await renamed.getByLabel(/我已知晓/).check();
  await renamed.getByRole('button', { name: '保存' }).click();
  await expect(row.getByRole('status')).toContainText('已保存');
});

test('a new topic is offered at intake; a retired one is not', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/catalogue');
  await page.getByLabel('新主题名称').fill('林权登记');
  await page.getByRole('form', { name: '新增主题' }).getByRole('button', { name: '新增' }).click();
  await expect(page.getByRole('form', { name: '主题：林权登记' })).toBeVisible();
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  await clerk.goto('/cases/new');
  await expect(clerk.getByLabel('主题').locator('option', { hasText: '林权登记' })).toHaveCount(1);
  const topic = page.getByRole('form', { name: '主题：林权登记' });
  await topic.getByLabel('启用').uncheck();
  // Wait for the save's own answer: the panel's notice may still show the earlier one.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/catalogue')),
    topic.getByRole('button', { name: '保存' }).click(),
  ]);
  await expect(page.getByRole('status').first()).toContainText('已保存');
  await clerk.reload();
  await expect(clerk.getByLabel('主题').locator('option', { hasText: '林权登记' })).toHaveCount(0);
});

test('the holiday page lists a year as built in, and takes a whole year in one paste', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/calendar?year=2025');
  const list = page.getByTestId('arrangement');
  await expect(list).toContainText('2025年1月28日');
  await expect(list).toContainText('春节');
  await expect(list.getByRole('row', { name: /2025年1月26日/ })).toContainText('上班');
  const form = page.getByRole('form', { name: '粘贴全年安排' });
  await form.getByLabel('年份').fill('2028');
  await form.getByLabel('依据（通知文号）').fill('国办发明电〔2027〕1号');
  await form.getByLabel(/全年安排/).fill('2028-01-01 放假 元旦\n2028-02-32 放假 春节');
  await form.getByRole('button', { name: '保存全年安排并标记已公布' }).click();
  await expect(page.getByRole('alert').first()).toContainText('第 2 行的日期不存在');
  await form.getByLabel(/全年安排/).fill('2028-01-01 放假 元旦\n2028-01-25至2028-01-31 放假 春节\n2028-01-23 上班 春节调休');
  await form.getByRole('button', { name: '保存全年安排并标记已公布' }).click();
  await expect(page.getByRole('status').first()).toContainText('已保存');
  await page.goto('/admin/calendar?year=2028');
  await expect(page.getByTestId('arrangement').getByRole('row', { name: /2028年1月23日/ })).toContainText('春节调休');
  await expect(page.getByTestId('arrangement').getByRole('row', { name: /2028年1月31日/ })).toContainText('放假');
});

test('changing a role asks first; cancelling changes nothing', async ({ page }) => {
  adminCli('user:create', '--login', 'role-e2e', '--name', '角色测试', '--role', 'clerk', '--password', 'quiet-River-pass-1');
  await signIn(page, 'admin');
  await page.goto('/admin/users');
  const select = page.getByLabel('role-e2e 的角色');
  page.once('dialog', (d) => {
    expect(d.message()).toContain('由“登记/承办人员”改为“审核人”');
    void d.dismiss();
  });
  await select.selectOption('reviewer');
  await expect(select).toHaveValue('clerk');
  await page.reload();
  await expect(page.getByLabel('role-e2e 的角色')).toHaveValue('clerk');
  page.once('dialog', (d) => void d.accept());
  await page.getByLabel('role-e2e 的角色').selectOption('reviewer');
  await expect(page.getByRole('status').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('role-e2e 的角色')).toHaveValue('reviewer');
});

test('a manager edits and closes a complaint, and reads one year with its total', async ({ page }) => {
  await signIn(page, 'manager');
  await page.goto('/complaints');
  const add = page.getByRole('form', { name: '登记举报投诉' });
  await fillAndSubmit(add, { 收到日期: '2024-06-03', 举报投诉人: '投诉人丙', 内容: '答复超期' }, '登记');
  await expect(add.getByRole('status')).toContainText('已登记');
  // The form is cleared once registered: a second click can't register the same complaint again.
  await expect(add.getByLabel('举报投诉人')).toHaveValue('');
  await expect(add.getByLabel('内容')).toHaveValue('');
  await page.goto('/complaints?year=2024');
  await expect(page.getByTestId('complaint-total')).toContainText('2024年共收到 1 件，其中未办结 1 件');
  await page.getByText('编辑或办结').click();
  const edit = page.getByRole('form', { name: '编辑举报投诉：投诉人丙' });
  await edit.getByLabel('办结日期（选填）').fill('2024-06-20');
  await edit.getByLabel('处理结果').fill('已督促承办人答复并通报');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByRole('status')).toContainText('已保存');
  await page.reload();
  await expect(page.getByTestId('complaint-total')).toContainText('其中未办结 0 件');
  await expect(page.getByRole('row', { name: /投诉人丙/ })).toContainText('2024年6月20日');
  await page.goto('/complaints?year=2023');
  await expect(page.getByTestId('complaint-total')).toContainText('2023年共收到 0 件');
  await expect(page.getByRole('cell', { name: '暂无' })).toBeVisible();
});

test('a ledger with unfamiliar headers is imported after the column-mapping step, the bar ending at the real count', async ({ page }) => {
  await signIn(page, 'manager');
  const file = path.join(os.tmpdir(), `ledger-mapping-${process.pid}.csv`);
  fs.writeFileSync(
    file,
    '\uFEFF序号,来信日期,来源,身份,姓名,事项,备注\nMAP-1,2016-04-02,信函,个人,甲某,某批复,\nMAP-2,2016-04-03,飞鸽,个人,乙某,某合同,\nMAP-3,2016-04-05,传真,企业,丙公司,某许可,\n',
  );
  await page.goto('/imports');
  await page.getByLabel(/台账文件/).setInputFiles(file);
  await page.getByRole('button', { name: '导入' }).click();
  const mapping = page.getByRole('form', { name: '对应表头' });
  await expect(mapping).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '必需的列' })).toContainText('收到日期');
  for (const [header, column] of [
    ['序号', '编号 *'],
    ['来信日期', '收到日期 *'],
    ['来源', '渠道 *'],
    ['身份', '申请人类型 *'],
    ['姓名', '申请人 *'],
    ['事项', '申请内容 *'],
  ])
    await mapping.getByLabel(header, { exact: true }).selectOption({ label: column });
  await mapping.getByRole('button', { name: '按此对应导入' }).click();
  await expect(page.getByTestId('import-result')).toContainText('共 3 行：新导入 2 件');
  await expect(page.getByTestId('import-result')).toContainText('飞鸽');
  await expect(page.getByLabel('导入进度')).toHaveAttribute('value', '3');
  await expect(page.getByLabel('导入进度')).toHaveAttribute('max', '3');
});
