// The derived figures' cache is dropped from the admin log: an action that moves an office's figures
// sends "derived:<office>" with its transaction — heard by every process only once it commits, never
// for a rollback — and a calendar change drops every office's.
import pg from 'pg';
import { expect, it } from 'vitest';
import { audit } from '@/lib/audit/audit';
import { databaseForFile } from '../helpers/db';

const tdb = databaseForFile();

async function listening() {
  const client = new pg.Client({ connectionString: tdb.url });
  await client.connect();
  await client.query('LISTEN dd_cache');
  const heard: string[] = [];
  client.on('notification', (m) => heard.push(m.payload ?? ''));
  const settle = () => new Promise((r) => setTimeout(r, 150));
  return { heard, settle, end: () => client.end() };
}

it('tells every process after the commit, and not for a rollback or an action that moves nothing', async () => {
  const l = await listening();
  await tdb.prisma.$transaction(async (tx) => {
    await audit(tx, { action: 'report.manual', target: 'report:2025:2021', office: 1 });
    await l.settle();
    expect(l.heard).toEqual([]); // not before the commit
  });
  await l.settle();
  expect(l.heard).toEqual(['derived:1']);

  await tdb.prisma
    .$transaction(async (tx) => {
      await audit(tx, { action: 'topic.add', target: 'agency:1', office: 1 });
      throw new Error('rolled back');
    })
    .catch(() => {});
  await audit(tdb.prisma, { action: 'document.download', target: 'document:1' });
  await audit(tdb.prisma, { action: 'calendar.set_day', target: 'day:2025-10-01' });
  await l.settle();
  expect(l.heard).toEqual(['derived:1', 'derived']);
  await l.end();
});

it('will not compile an action that moves figures without its office', () => {
  // @ts-expect-error: 'complaint.create' moves the office's figures, so `office` is required
  const entry: Parameters<typeof audit>[1] = { action: 'complaint.create', target: 'complaint:1' };
  expect(entry.office).toBeUndefined();
});
