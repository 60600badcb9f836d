// 200 concurrent, conflicting edits of the same cases: each is applied or answered with a
// conflict, none is lost, and the timeline holds exactly the applied ones.
import pg from 'pg';
import { expect, test } from './axe';
import { adminCli, e2eDatabaseUrl } from './helpers';

test('200 concurrent conflicting edits: applied or refused, none lost', async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const token = adminCli('token:create', '--user', 'clerk', '--name', 'race').trim().split('\n').at(-1)!;
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const ids: number[] = [];
  for (let i = 0; i < 10; i++)
    ids.push(
      (
        await (
          await api.post('/api/v1/requests', {
            data: { channel: 'fax', receivedOn: '2025-09-26', applicant: { kind: 'natural', name: `并发${i}` }, description: '并发测试' },
          })
        ).json()
      ).id,
    );
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  const timeline = async (id: number) => Number((await db.query('SELECT count(*) FROM case_event WHERE case_id = $1', [id])).rows[0].count);

  // Round 1: everyone saw version 1 and edits; only one per case may win.
  const round1 = ids.flatMap((id) =>
    Array.from({ length: 20 }, (_, k) => ({ id, body: { type: 'consultation_sent', on: '2025-09-29', party: `第三方${k}`, version: 1 } })),
  );
  // Round 2: no version given, alternating steps that are only valid in turn.
  const round2 = ids.flatMap((id) =>
    Array.from({ length: 20 }, (_, k) => ({
      id,
      body:
        k % 2 ? { type: 'consultation_sent', on: '2025-10-10', party: `再次${k}` } : { type: 'consultation_answered', on: '2025-10-09' },
    })),
  );
  let applied = 0;
  let conflicts = 0;
  for (const round of [round1, round2]) {
    const before = await Promise.all(ids.map(timeline));
    const results = await Promise.all(
      round.map(async ({ id, body }) => ({ id, status: (await api.post(`/api/v1/requests/${id}/events`, { data: body })).status() })),
    );
    for (const r of results) expect([201, 409], `case ${r.id}`).toContain(r.status);
    const after = await Promise.all(ids.map(timeline));
    ids.forEach((id, i) => {
      const won = results.filter((r) => r.id === id && r.status === 201).length;
      expect(after[i] - before[i], `timeline of case ${id}`).toBe(won);
      applied += won;
    });
    conflicts += results.filter((r) => r.status === 409).length;
    if (round === round1) for (const id of ids) expect(results.filter((r) => r.id === id && r.status === 201)).toHaveLength(1);
  }
  console.log(`concurrency: 400 edits, ${applied} applied, ${conflicts} refused with 409, 0 lost`);
  expect(applied + conflicts).toBe(400);
  await db.end();
  await api.dispose();
});
