import { expect, test, type Browser, type Page } from './axe';
import { registerCase, signIn } from './helpers';

async function as(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (d) => d.accept());
  await signIn(page, login);
  return page;
}

/** Opens an action's small form on the case page, fills it, submits, and waits for the save. */
async function act(
  page: Page,
  action: string,
  on: string,
  fill: Record<string, string> = {},
  select: Record<string, string> = {},
  checks: string[] = [],
) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await form.getByLabel('日期', { exact: true }).fill(on);
  // Choices first: the reply form shows a disposition's fields once it is chosen.
  for (const [label, value] of Object.entries(select)) await form.getByLabel(label).selectOption({ label: value });
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
  for (const label of checks) await form.getByLabel(label).check();
  await form.getByRole('button', { name: `确定：${action}` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
}

const due = (page: Page) => page.getByTestId('case-due');

test('a letter application from intake to delivery across the three roles', async ({ browser }) => {
  const clerk = await as(browser, 'clerk');
  await clerk.goto('/cases/new');
  const intake = clerk.getByRole('form', { name: '申请登记' });
  await intake.getByLabel('信函').check();
  await intake.getByLabel('邮戳（寄出）日期（选填）').fill('2025-09-24');
  await intake.getByLabel('签收日期').fill('2025-09-26');
  await intake.getByLabel('姓名').fill('李四');
  await intake.getByLabel('证件号码').fill('110101198502023450');
  await intake.getByLabel('联系电话').fill('13900000000');
  await intake.getByLabel(/特征性描述/).fill('请公开示例村2024年集体土地征收补偿标准');
  await intake.getByLabel('主题').selectOption('征地');
  await intake.getByLabel('获取方式').selectOption({ label: '当面领取' });
  await intake.getByRole('button', { name: '登记' }).click();
  await expect(clerk.getByTestId('due-on')).toHaveText('2025-10-30');
  const trackingNo = (await clerk.getByTestId('tracking-no').textContent())!;
  expect(trackingNo).toMatch(/^2025-\d{4}$/);
  await clerk.getByRole('link', { name: '打开案件' }).click();
  await clerk.waitForURL(/\/cases\/\d+$/);
  const caseUrl = clerk.url();
  await expect(due(clerk).locator('[data-due]')).toHaveAttribute('data-due', '2025-10-30');
  await expect(clerk.getByTestId('due-trace')).toContainText('国庆节');

  await act(clerk, '发出补正告知', '2025-09-29', { 需补正的内容: '请明确所需信息的地块编号', 补正期限: '2025-10-20' });
  await expect(due(clerk)).toContainText('等待补正');
  await act(clerk, '收到补正', '2025-10-09');
  await expect(due(clerk).locator('[data-due]')).toHaveAttribute('data-due', '2025-11-05');
  await act(clerk, '发出征求意见', '2025-10-13', { 征求意见对象: '示例置业有限公司' });
  await expect(due(clerk).locator('[data-due]')).toHaveAttribute('data-due', '2025-11-27');
  await act(clerk, '收到征求意见答复', '2025-10-17');
  await expect(due(clerk).locator('[data-due]')).toHaveAttribute('data-due', '2025-11-12');
  await act(clerk, '申请延期', '2025-10-20', { 延长工作日数: '20', 延期理由: '涉及多个地块档案，需调阅' });
  await expect(due(clerk).locator('[data-due]')).toHaveAttribute('data-due', '2025-11-12'); // not before approval

  const reviewer = await as(browser, 'reviewer');
  await reviewer.goto('/cases?view=review');
  await reviewer.getByRole('link', { name: trackingNo }).click();
  await expect(reviewer.getByText('延期申请待审核：延长 20 个工作日')).toBeVisible();
  await act(reviewer, '同意延期', '2025-10-21');
  await expect(due(reviewer).locator('[data-due]')).toHaveAttribute('data-due', '2025-12-10');

  await clerk.goto(caseUrl);
  // The reply form: only this regime's dispositions, none chosen for the clerk, only the chosen
  // one's fields, and the letter previewed before it goes to review.
  await clerk.getByRole('button', { name: '提交答复送审', exact: true }).click();
  const draft = clerk.getByRole('form', { name: '提交答复送审' });
  await expect(draft.getByLabel('答复类型')).toHaveValue('');
  await expect(draft.getByLabel('答复类型').locator('option', { hasText: '告知作出更改补充' })).toHaveCount(0);
  await expect(draft.getByLabel('法律依据')).toHaveCount(0);
  await draft.getByLabel('答复类型').selectOption({ label: '予以公开' });
  await expect(draft.getByLabel(/不予公开的部分/)).toHaveCount(0);
  await expect(draft.getByLabel(/负责公开的机关/)).toHaveCount(0);
  await draft.getByLabel('法律依据').fill('《条例》第三十六条第（二）项');
  await draft.getByLabel('公开的信息（每行一项）').fill('集体土地征收补偿标准');
  await draft.getByRole('button', { name: '预览答复书' }).click();
  const preview = clerk.getByRole('region', { name: '答复书预览' });
  await expect(preview).toContainText('本机关决定予以公开');
  await expect(preview).toContainText('集体土地征收补偿标准');
  await clerk.getByRole('button', { name: '取消' }).click();
  await act(
    clerk,
    '提交答复送审',
    '2025-11-03',
    { 法律依据: '《条例》第三十六条第（二）项', '公开的信息（每行一项）': '集体土地征收补偿标准' },
    { 答复类型: '予以公开' },
  );
  await reviewer.goto(caseUrl);
  await expect(reviewer.getByTestId('draft-reply')).toContainText('予以公开');
  await act(reviewer, '退回答复', '2025-11-04', { 退回意见: '请写明获取方式' });

  await clerk.goto(caseUrl);
  await expect(clerk.getByText('审核退回意见：请写明获取方式')).toBeVisible();
  await act(
    clerk,
    '提交答复送审',
    '2025-11-05',
    {
      法律依据: '《条例》第三十六条第（二）项',
      '公开的信息（每行一项）': '集体土地征收补偿标准',
      '说明（已主动公开时写明获取途径）': '邮寄纸质件',
    },
    { 答复类型: '予以公开' },
  );
  await reviewer.goto(caseUrl);
  await act(reviewer, '审核通过答复', '2025-11-06', {}, {}, ['已对拟公开的信息进行保密审查（条例第十七条）']);
  await expect(due(reviewer).locator('[data-due]')).toHaveAttribute('data-due', '2025-12-10');

  await clerk.goto(caseUrl);
  // 送达方式 starts from what the applicant asked for.
  await clerk.getByRole('button', { name: '送达', exact: true }).click();
  await expect(clerk.getByRole('form', { name: '送达' }).getByLabel('送达方式')).toHaveValue('pickup');
  await act(clerk, '送达', '2025-11-07', { 邮件单号: 'EMS9876543210' }, { 送达方式: '邮寄' });
  await expect(clerk.getByText('已于 2025年11月7日 办结：予以公开')).toBeVisible();

  const manager = await as(browser, 'manager');
  await manager.goto(caseUrl);
  const timeline = manager.getByRole('list', { name: '办理记录' });
  await expect(timeline.locator('[data-event]')).toHaveCount(13);
  await expect(timeline).toContainText('EMS9876543210');
  await expect(manager.getByText(/110\*{11}3450/)).toBeVisible();
  await expect(manager.getByText('110101198502023450')).toHaveCount(0);
  await expect(manager.getByRole('button', { name: '送达' })).toHaveCount(0);
});

test('the second of two simultaneous edits gets a conflict message and changes nothing', async ({ browser }) => {
  const a = await as(browser, 'clerk');
  const b = await as(browser, 'clerk');
  const { id } = await registerCase(a, {
    channel: 'in_person',
    receivedOn: '2025-11-03',
    applicant: { kind: 'commercial', name: '示例矿业有限公司' },
    description: '采矿权出让合同',
  });
  await a.goto(`/cases/${id}`);
  await b.goto(`/cases/${id}`);
  await act(a, '申请人撤回', '2025-11-07');
  await b.getByRole('button', { name: '申请人撤回', exact: true }).click();
  await b.getByRole('form', { name: '申请人撤回' }).getByRole('button', { name: '确定：申请人撤回' }).click();
  await expect(b.getByRole('alert').filter({ hasText: '已被他人修改' })).toBeVisible();
});
