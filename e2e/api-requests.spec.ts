// API v1 for cases: every event type, with the error answers (400 naming fields, 403 wrong role,
// 409 senseless in the state, 404 unknown case), through real HTTP with bearer tokens.
import { expect, test, type APIRequestContext } from './axe';
import { adminCli } from './helpers';

let clerk: APIRequestContext;
let reviewer: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  const token = (login: string) => adminCli('token:create', '--user', login, '--name', 'api-test').trim().split('\n').at(-1)!;
  clerk = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token('clerk')}` } });
  reviewer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token('reviewer')}` } });
});
test.afterAll(async () => {
  await clerk.dispose();
  await reviewer.dispose();
});

async function create(body: Record<string, unknown> = {}) {
  const res = await clerk.post('/api/v1/requests', {
    data: {
      channel: 'letter',
      receivedOn: '2025-09-26',
      applicant: { kind: 'natural', name: '王五' },
      description: '请求公开土地供应计划',
      topic: '土地',
      ...body,
    },
  });
  expect(res.status()).toBe(201);
  return res.json();
}

async function event(who: APIRequestContext, id: number, body: Record<string, unknown>, status = 201) {
  const res = await who.post(`/api/v1/requests/${id}/events`, { data: body });
  const json = await res.json();
  expect(res.status(), JSON.stringify(json)).toBe(status);
  return json;
}

test('intake answers with number, regime, status and due date', async () => {
  const c = await create();
  expect(c).toMatchObject({
    trackingNo: expect.stringMatching(/^2025-\d{4}$/),
    regime: '2019',
    status: 'open',
    dueOn: '2025-10-30',
    provisional: false,
  });
  const old = await create({ receivedOn: '2019-05-14' });
  expect(old).toMatchObject({ regime: '2007', dueOn: '2019-06-04' });
  const detail = await (await clerk.get(`/api/v1/requests/${c.id}`)).json();
  expect(detail).toMatchObject({
    id: c.id,
    dueOn: '2025-10-30',
    version: 1,
    events: [{ type: 'registered' }, { type: 'document_issued', data: { kind: 'receipt' } }],
  });
  expect(c.receipt.docNo).toMatch(/^示资依收〔2025〕\d+号$/);
  expect(detail.dueTrace[0].text).toContain('2025年9月26日收到申请');
});

test('intake refuses bad fields with a 400 naming each one, and wrong roles with 403', async () => {
  const res = await clerk.post('/api/v1/requests', {
    data: { channel: 'pigeon', receivedOn: '2025-02-30', applicant: { kind: 'natural' }, description: '' },
  });
  expect(res.status()).toBe(400);
  const body = await res.json();
  const fields = body.error.details.map((d: { field: string }) => d.field);
  expect(fields).toEqual(expect.arrayContaining(['channel', 'receivedOn', 'applicant.name', 'description']));
  expect(body.error.message).toContain('申请渠道无效');
  const notJson = await clerk.post('/api/v1/requests', { data: 'not json{', headers: { 'Content-Type': 'application/json' } });
  expect(notJson.status()).toBe(400);
  const asReviewer = await reviewer.post('/api/v1/requests', {
    data: { channel: 'letter', receivedOn: '2025-09-26', applicant: { kind: 'natural', name: 'x' }, description: 'x' },
  });
  expect(asReviewer.status()).toBe(403);
  expect((await clerk.get('/api/v1/requests/999999')).status()).toBe(404);
  expect((await clerk.post('/api/v1/requests/999999/events', { data: { type: 'withdrawn' } })).status()).toBe(404);
});

test("every event type, in a case's life and afterwards", async () => {
  const { id } = await create();
  await event(clerk, id, { type: 'correction_requested', on: '2025-09-29', items: '请明确年份', limitOn: '2025-10-20' });
  expect((await event(clerk, id, { type: 'correction_received', on: '2025-10-09' })).dueOn).toBe('2025-11-05');
  await event(clerk, id, { type: 'consultation_sent', on: '2025-10-13', party: '某公司' });
  expect((await event(clerk, id, { type: 'consultation_answered', on: '2025-10-17', objection: false })).dueOn).toBe('2025-11-12');
  await event(clerk, id, { type: 'extension_requested', on: '2025-10-20', workingDays: 10, reason: '需协调' });
  await event(reviewer, id, { type: 'extension_refused', on: '2025-10-21', comment: '理由不足' });
  await event(clerk, id, { type: 'extension_requested', on: '2025-10-22', workingDays: 20, reason: '档案量大' });
  expect((await event(reviewer, id, { type: 'extension_approved', on: '2025-10-23' })).dueOn).toBe('2025-12-10');
  await event(clerk, id, {
    type: 'reasons_requested',
    on: '2025-10-24',
    count: 40,
    periodFrom: '2025-07-01',
    periodTo: '2025-09-26',
    answerBy: '2025-11-07',
  });
  await event(clerk, id, { type: 'reasons_received', on: '2025-10-24', content: '研究征地补偿政策所需' });
  await event(clerk, id, { type: 'custom_deadline_requested', on: '2025-10-24', dueOn: '2025-12-31', reason: '申请数量巨大' });
  await event(reviewer, id, { type: 'custom_deadline_refused', on: '2025-10-27', comment: '不属于第三十五条情形' });
  await event(clerk, id, { type: 'custom_deadline_requested', on: '2025-10-28', dueOn: '2025-12-31', reason: '申请数量巨大' });
  expect((await event(reviewer, id, { type: 'custom_deadline_approved', on: '2025-10-29' })).dueOn).toBe('2025-12-31');
  await event(clerk, id, {
    type: 'reply_submitted',
    on: '2025-11-03',
    disposition: 'partial',
    legalBasis: '第三十七条',
    items: ['计划正文'],
    withheld: '附件中的个人信息',
    reasons: '涉及个人隐私',
  });
  await event(reviewer, id, { type: 'reply_returned', on: '2025-11-04', comment: '补充不公开部分的理由' });
  const before = (await (await clerk.get(`/api/v1/requests/${id}`)).json()).version;
  await event(clerk, id, {
    type: 'reply_submitted',
    on: '2025-11-05',
    disposition: 'partial',
    legalBasis: '第三十七条、第十五条',
    items: ['计划正文'],
    withheld: '附件中的个人信息',
    reasons: '涉及个人隐私',
    version: before,
  });
  await event(reviewer, id, { type: 'reply_approved', on: '2025-11-06', secrecyReviewed: true });
  expect(await event(clerk, id, { type: 'delivered', on: '2025-11-07', method: 'post', postalTrackingNo: 'EMS1' })).toMatchObject({
    status: 'closed',
    dueOn: null,
  });
  await event(clerk, id, { type: 'review_filed', on: '2025-12-01', body: '示例市人民政府' });
  await event(clerk, id, { type: 'review_decided', on: '2025-12-20', outcome: 'corrected' });
  await event(clerk, id, { type: 'suit_filed', on: '2026-01-05', afterReview: true, court: '示例区人民法院' });
  await event(clerk, id, { type: 'suit_decided', on: '2026-03-05', outcome: 'upheld' });
  const detail = await (await clerk.get(`/api/v1/requests/${id}`)).json();
  expect(detail).toMatchObject({ status: 'closed', disposition: 'partial', deliveredOn: '2025-11-07' });
  // No copy's date recorded: no answer due date to show.
  const none = { noticeReceivedOn: null, answeredOn: null, answerDueOn: null, answerBasis: null };
  expect(detail.appeals).toEqual([
    { kind: 'review', afterReview: false, filedOn: '2025-12-01', outcome: 'corrected', decidedOn: '2025-12-20', ...none },
    { kind: 'suit', afterReview: true, filedOn: '2026-01-05', outcome: 'upheld', decidedOn: '2026-03-05', ...none },
  ]);

  const w = await create();
  expect(await event(clerk, w.id, { type: 'withdrawn', on: '2025-10-01' })).toMatchObject({ status: 'closed' });
  // The 12th application of the month: a reply with a fee of 100 yuan, approved.
  const approvedWithFee = async (id: number) => {
    await event(clerk, id, {
      type: 'reply_submitted',
      on: '2025-10-09',
      disposition: 'granted',
      legalBasis: '第三十六条',
      items: ['计划正文'],
      fee: { basis: 'items', count: 12, splitNote: '申请列明12项计划，按一事一申请拆分' },
    });
    await event(reviewer, id, { type: 'reply_approved', on: '2025-10-10', secrecyReviewed: true });
  };
  const paid = await create();
  // Fees follow the bands of 国办函〔2020〕109号: a typed amount is refused, the 12th application of the month costs 100 yuan.
  expect(
    (
      await event(
        clerk,
        paid.id,
        {
          type: 'reply_submitted',
          on: '2025-10-09',
          disposition: 'granted',
          legalBasis: '第三十六条',
          items: ['计划正文'],
          feeYuan: 123.45,
        },
        400,
      )
    ).error.details[0].field,
  ).toBe('feeYuan');
  await approvedWithFee(paid.id);
  expect(
    (
      await clerk.post(`/api/v1/requests/${paid.id}/documents`, { data: { kind: 'fee_notice', backdateReason: '案卷整理时补出' } })
    ).status(),
  ).toBe(201);
  expect((await event(clerk, paid.id, { type: 'fee_paid', on: '2025-10-20', amountYuan: 99 }, 409)).error.message).toContain(
    '须与收费通知一致',
  );
  await event(clerk, paid.id, { type: 'fee_paid', on: '2025-10-20', amountYuan: 100 });
  await event(clerk, paid.id, { type: 'delivered', on: '2025-10-21', method: 'post' });
  const f = await create();
  await approvedWithFee(f.id);
  expect(
    (await clerk.post(`/api/v1/requests/${f.id}/documents`, { data: { kind: 'fee_notice', backdateReason: '案卷整理时补出' } })).status(),
  ).toBe(201);
  await event(clerk, f.id, { type: 'fee_notice_served', on: '2025-10-13' });
  // The applicant has 20 working days from the day after receiving the notice (to 2025-11-10).
  expect((await event(clerk, f.id, { type: 'abandoned', on: '2025-11-10', reason: 'no_fee' }, 409)).error.message).toContain('尚未届满');
  await event(clerk, f.id, { type: 'abandoned', on: '2025-11-11', reason: 'no_fee' });
  expect((await (await clerk.get(`/api/v1/requests/${f.id}`)).json()).disposition).toBe('abandoned_no_fee');
});

test('event errors: 403 wrong role, 409 senseless or stale, 400 bad fields', async () => {
  const { id } = await create();
  const approve = await event(clerk, id, { type: 'reply_approved', secrecyReviewed: true }, 403);
  expect(approve.error.code).toBe('forbidden');
  expect((await event(reviewer, id, { type: 'delivered', method: 'post' }, 403)).error.code).toBe('forbidden');
  const senseless = await event(clerk, id, { type: 'delivered', method: 'post', on: '2025-10-01' }, 409);
  expect(senseless.error.message).toContain('不能送达');
  expect((await event(reviewer, id, { type: 'extension_approved', on: '2025-10-01' }, 409)).error.message).toBe('没有等待审核的延期申请');
  expect((await event(clerk, id, { type: 'review_filed', on: '2025-10-01' }, 409)).error.code).toBe('invalid_state');
  expect((await event(clerk, id, { type: 'abandoned', reason: 'no_correction', on: '2025-10-01' }, 409)).error.message).toContain(
    '不能视为放弃申请',
  );
  const bad = await event(clerk, id, { type: 'extension_requested', on: '2025-10-01', workingDays: 'twenty' }, 400);
  expect(bad.error.details.map((d: { field: string }) => d.field)).toEqual(['workingDays', 'reason']);
  expect((await event(clerk, id, { type: 'no_such_event' }, 400)).error.details[0].field).toBe('type');
  expect((await event(clerk, id, { type: 'withdrawn', on: '2025-13-01' }, 400)).error.details[0].field).toBe('on');
  expect((await event(clerk, id, { type: 'reply_returned' }, 403)).error.code).toBe('forbidden');
  // Fields are judged once the step is possible at all; an impossible step is a 409 whatever its data.
  expect((await event(clerk, id, { type: 'consultation_sent', on: '2025-10-01', party: '' }, 400)).error.details[0].field).toBe('party');
  expect((await event(reviewer, id, { type: 'reply_returned', comment: '' }, 409)).error.code).toBe('invalid_state');
  expect((await event(reviewer, id, { type: 'reply_returned', comment: '请修改' }, 409)).error.code).toBe('invalid_state');
  expect(
    (await event(clerk, id, { type: 'consultation_sent', on: '2025-10-01', party: '甲', partyKind: 'maybe' }, 400)).error.details[0].field,
  ).toBe('partyKind');
  expect((await event(clerk, id, { type: 'withdrawn', on: '2025-10-01', version: 99 }, 409)).error.message).toContain('已被他人修改');
  const detail = await (await clerk.get(`/api/v1/requests/${id}`)).json();
  expect(detail.events).toHaveLength(2); // nothing of the above was recorded
});

test('lists cases with filters, search and a cursor', async () => {
  const page1 = await (await clerk.get('/api/v1/requests?limit=3')).json();
  expect(page1.items).toHaveLength(3);
  const page2 = await (await clerk.get(`/api/v1/requests?limit=3&cursor=${page1.nextCursor}`)).json();
  expect(page2.items.map((c: { id: number }) => c.id)).not.toContain(page1.items[0].id);
  const closed = await (await clerk.get('/api/v1/requests?status=closed')).json();
  expect(closed.items.every((c: { status: string }) => c.status === 'closed')).toBe(true);
  const found = await (await clerk.get(`/api/v1/requests?q=${encodeURIComponent('土地供应')}`)).json();
  expect(found.items.length).toBeGreaterThan(0);
  const due = await (await clerk.get('/api/v1/requests?dueBefore=2025-10-31&status=open')).json();
  expect(due.items.every((c: { dueOn: string }) => c.dueOn <= '2025-10-31')).toBe(true);
});

test('hostile input answers 4xx in Chinese, fast, and changes nothing', async ({ playwright, baseURL }) => {
  const { id } = await create({
    receivedOn: undefined,
    channel: 'in_person',
    arrivedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
  });
  for (const type of ['constructor', '__proto__', 'toString']) {
    const r = await event(clerk, id, { type }, 400);
    expect(r.error.message).toMatch(/未知的步骤类型/);
  }
  const far = await event(clerk, id, { type: 'correction_requested', items: '补正', limitOn: '9999-12-31' }, 409);
  expect(far.error.message).toContain('不能超过本步骤日期后一年');
  expect((await clerk.get(`/api/v1/requests/${id}`)).status()).toBe(200);
  for (const q of ['q=%E6%9D%8E%00%E5%9B%9B', 'status=__proto__', 'limit=abc']) {
    expect((await clerk.get(`/api/v1/requests?${q}`)).status(), q).toBe(200);
  }
  // A date that doesn't exist is named, not silently ignored.
  for (const q of ['dueBefore=2026-02-30', 'cursor=2026-02-30%7C1&sort=due']) {
    const r = await clerk.get(`/api/v1/requests?${q}`);
    expect(r.status(), q).toBe(400);
    expect((await r.json()).error.message).toMatch(/不是有效日期|翻页参数无效/);
  }
  const token = adminCli('token:create', '--user', 'admin', '--name', 'race').trim().split('\n').at(-1)!;
  const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const statuses = await Promise.all(
    Array.from({ length: 10 }, () =>
      admin
        .post('/api/v1/users', { data: { login: 'race-user', name: '并发', role: 'clerk', password: 'longenough-123' } })
        .then((r) => r.status()),
    ),
  );
  expect(statuses.sort()).toEqual([201, ...Array(9).fill(409)]);
  await admin.dispose();
  const detail = await (await clerk.get(`/api/v1/requests/${id}`)).json();
  expect(detail.events).toHaveLength(2);
});
