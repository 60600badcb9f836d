// Property-based fuzzing of the intake, event and import APIs with malformed and hostile input:
// every answer must be a 4xx naming the problem, never a 5xx, and the database must not change.
import fc from 'fast-check';
import pg from 'pg';
import { expect, test } from './axe';
import { adminCli, e2eDatabaseUrl, publicApplication } from './helpers';

const HOSTILE = [
  '<script>alert(1)</script>',
  "'; DROP TABLE disclosure_case; --",
  '\u0000\u0001\u001f',
  'x'.repeat(100_001),
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '\uFEFF',
  '🙂'.repeat(10),
];
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }));
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
// Never null, '' or a real past date: for an event's `on` those mean "today" and are valid.
const badDate = fc
  .oneof(
    fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '2025/1/1', '昨天', '2999-01-01', '1999-01-01', '2025-1-1'),
    wrongType,
    hostile,
  )
  .filter(
    (v) =>
      v !== null &&
      v !== '' &&
      !(typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2008-05-01' && v <= '2026-12-31' && !Number.isNaN(Date.parse(v))),
  );
const badEnum = fc.oneof(hostile, wrongType, fc.constantFrom('IN_PERSON', 'pigeon', 'natural ', ''));

const validIntake = {
  channel: 'letter',
  receivedOn: '2025-09-26',
  applicant: { kind: 'natural', name: '模糊测试' },
  description: '模糊测试申请',
};
// Each payload breaks at least one field for certain, and may carry hostile text elsewhere.
const intakePayload = fc.oneof(
  fc.record({ channel: badEnum }).map((b) => ({ ...validIntake, ...b })),
  fc.record({ receivedOn: badDate }).map((b) => ({ ...validIntake, ...b })),
  fc.record({ kind: badEnum, name: hostile }).map((b) => ({ ...validIntake, applicant: { kind: b.kind, name: b.name } })),
  fc
    .record({ description: fc.oneof(wrongType, fc.constant(''), fc.constant('x'.repeat(5001)), fc.constant('a\u0000b')) })
    .map((b) => ({ ...validIntake, ...b })),
  fc
    .record({ extra: hostile, description: hostile })
    .map((b) => ({ ...validIntake, description: b.description, [`x_${b.extra.slice(0, 20)}`]: 1 })),
  fc
    .record({ name: fc.oneof(wrongType, fc.constant(''), fc.constant('名'.repeat(201))) })
    .map((b) => ({ ...validIntake, applicant: { kind: 'natural', name: b.name } })),
  wrongType,
);
// Wrong for a number field (not a number at all): a number might be a valid one.
const notNumber = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 0 }),
);
const eventPayload = fc.oneof(
  fc.record({
    type: fc.oneof(badEnum, fc.constantFrom('DELIVERED', 'reply_approved ', 'registered', 'imported', 'document_issued')),
    on: fc.oneof(badDate, fc.constant(undefined)),
  }),
  fc.record({
    type: fc.constantFrom(
      'correction_requested',
      'consultation_sent',
      'extension_requested',
      'delivered',
      'abandoned',
      'suit_filed',
      'withdrawn',
    ),
    on: badDate,
    items: hostile,
    party: hostile,
    workingDays: fc.oneof(wrongType, fc.integer()),
  }),
  fc.record({
    type: fc.constant('extension_requested'),
    workingDays: fc.oneof(notNumber, fc.integer({ min: -100, max: 0 }), fc.integer({ min: 21, max: 1e6 }), fc.double({ noInteger: true })),
    reason: hostile,
  }),
  fc.record({ type: fc.constant('consultation_sent'), party: fc.oneof(wrongType, fc.constant(''), fc.constant('x\u0000')) }),
  fc.record({ type: fc.constant('withdrawn'), version: fc.oneof(fc.string(), fc.double({ noInteger: true })) }),
);
const importBody = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((b) => ({
    data: Buffer.from(b),
    type: fc.sample(fc.constantFrom('text/csv', 'application/pdf', 'image/png', 'text/html'), 1)[0],
  })),
  fc.string({ minLength: 1, maxLength: 500 }).map((s) => ({ data: Buffer.from('name,phone\n' + s), type: 'text/csv' })),
  fc
    .constantFrom('<html>not a ledger</html>', 'PK\u0003\u0004broken zip', '\uFFFE\u0000b\u0000')
    .map((s) => ({ data: Buffer.from(s, 'latin1'), type: 'text/csv' })),
);

async function counts(): Promise<string> {
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  const r = await c.query(`SELECT (SELECT count(*) FROM disclosure_case) AS cases, (SELECT count(*) FROM case_event) AS events,
    (SELECT count(*) FROM appeal) AS appeals, (SELECT max(last) FROM tracking_counter) AS counter, (SELECT count(*) FROM submission) AS submissions`);
  await c.end();
  return JSON.stringify(r.rows[0]);
}

// Plain fetch rather than Playwright's request context: ten thousand requests through the driver
// protocol would cost minutes of CPU in the test process.
function client(baseURL: string, token: string) {
  return {
    post: (path: string, o: { data: string | Buffer; headers: Record<string, string> }) =>
      fetch(baseURL + path, {
        method: 'POST',
        body: typeof o.data === 'string' ? o.data : new Uint8Array(o.data),
        headers: { ...o.headers, authorization: `Bearer ${token}` },
      }),
  };
}
const validPublic = { ...publicApplication, name: '公众模糊测试' };
// The public form, each payload broken in at least one field (so nothing may be stored).
const publicPayload = fc.oneof(
  fc.record({ kind: badEnum }).map((b) => ({ ...validPublic, ...b })),
  fc
    .record({ idNumber: fc.oneof(hostile, wrongType, fc.constantFrom('110101197001010017', '11010119700101001')) })
    .map((b) => ({ ...validPublic, ...b })),
  fc.record({ phone: fc.oneof(wrongType, fc.constantFrom('', 'abc', '\u0000')) }).map((b) => ({ ...validPublic, ...b })),
  fc.record({ description: fc.oneof(wrongType, fc.constantFrom('', '短', 'x'.repeat(5001))) }).map((b) => ({ ...validPublic, ...b })),
  fc.record({ consent: fc.oneof(fc.constant(false), wrongType).filter((v) => v !== true) }).map((b) => ({ ...validPublic, ...b })),
  fc.record({ deliveryWanted: badEnum, website: hostile }).map((b) => ({ ...validPublic, ...b })),
  fc.oneof(wrongType, hostile),
);

type Res = Awaited<ReturnType<typeof fetch>>;

test('11,000 malformed or hostile payloads (staff API and public form): 4xx with a message, no 5xx, nothing changed', async ({
  baseURL,
}) => {
  test.setTimeout(600_000);
  const token = adminCli('token:create', '--user', 'clerk', '--name', 'fuzz').trim().split('\n').at(-1)!;
  const manager = adminCli('token:create', '--user', 'manager', '--name', 'fuzz').trim().split('\n').at(-1)!;
  const api = client(baseURL!, token);
  const mapi = client(baseURL!, manager);
  const { id } = await (
    await api.post('/api/v1/requests', { data: JSON.stringify(validIntake), headers: { 'content-type': 'application/json' } })
  ).json();
  const before = await counts();
  const stats = { sent: 0, byStatus: {} as Record<number, number>, fivexx: 0 };
  // Plain checks, collected: Playwright's expect() records a step with a stack trace per call,
  // which for tens of thousands of calls costs minutes of CPU.
  const failures: string[] = [];
  const check = async (res: Res, what: string) => {
    stats.sent++;
    const s = res.status;
    stats.byStatus[s] = (stats.byStatus[s] ?? 0) + 1;
    if (s >= 500) stats.fivexx++;
    const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    const message = body?.error?.message;
    if (s < 400 || s >= 500 || typeof message !== 'string' || !message)
      failures.push(`${s} ${JSON.stringify(body)?.slice(0, 200)} ← ${what}`);
  };
  const send = async (n: number, gen: fc.Arbitrary<unknown>, fire: (v: unknown) => Promise<Res>) => {
    const values = fc.sample(gen, { numRuns: n, seed: 20251126 });
    for (let i = 0; i < values.length; i += 16) {
      await Promise.all(values.slice(i, i + 16).map(async (v) => check(await fire(v), JSON.stringify(v)?.slice(0, 300))));
    }
  };
  let t = Date.now();
  const phase = (name: string) => {
    console.log(`fuzz ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
  await send(6000, intakePayload, (v) =>
    api.post('/api/v1/requests', { data: JSON.stringify(v), headers: { 'Content-Type': 'application/json' } }),
  );
  phase('intake');
  await send(3000, eventPayload, (v) =>
    api.post(`/api/v1/requests/${id}/events`, { data: JSON.stringify(v), headers: { 'Content-Type': 'application/json' } }),
  );
  phase('events');
  await send(1000, importBody, (v) => {
    const b = v as { data: Buffer; type: string };
    return mapi.post('/api/v1/imports', { data: b.data, headers: { 'Content-Type': b.type } });
  });
  phase('imports');
  await send(1000, publicPayload, (v) =>
    fetch(`${baseURL}/api/public/applications`, {
      method: 'POST',
      body: JSON.stringify(v),
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  phase('public applications');
  // Not JSON at all, and an upload over the size limit.
  await check(
    await api.post('/api/v1/requests', { data: '{"channel": "letter",', headers: { 'Content-Type': 'application/json' } }),
    'truncated JSON',
  );
  await check(
    await mapi.post('/api/v1/imports', { data: Buffer.alloc(51 * 1024 * 1024, 0x41), headers: { 'Content-Type': 'text/csv' } }),
    'oversized upload',
  );
  expect(failures.slice(0, 5)).toEqual([]);
  expect(await counts()).toBe(before);
  console.log(`fuzz: ${stats.sent} payloads, 5xx seen: ${stats.fivexx}, statuses ${JSON.stringify(stats.byStatus)}, database unchanged`);
  expect(stats.sent).toBeGreaterThanOrEqual(11_000);
});
