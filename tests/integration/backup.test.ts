import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backup, restore, RestoreError } from '@/lib/db/backup';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import { freezeReport } from '@/lib/statistics/manage-report';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors } from '../helpers/actors';
import { application, PDF, PNG } from '../helpers/files';
import { submitApplication } from '@/lib/portal/submit-application';
import { BACKDATED } from '../helpers/letter-suite';

let source: TestDb;
let target: TestDb;
const file = path.join(os.tmpdir(), `dd-backup-${process.pid}.gz`);
beforeAll(async () => {
  source = await createTestDb();
  target = await createTestDb({ migrated: false });
});
afterAll(async () => {
  await source?.drop();
  await target?.drop();
  fs.rmSync(file, { force: true });
});

async function digest(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const tables = (
    await c.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
  ).rows.map((r) => r.table_name as string);
  const out: Record<string, string> = {};
  for (const t of tables)
    out[t] = (
      await c.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS d FROM "${t}" x`)
    ).rows[0].d;
  out['next case id'] = String((await c.query(`SELECT nextval(pg_get_serial_sequence('disclosure_case', 'id'))`)).rows[0].nextval);
  await c.end();
  return out;
}

it('restores a backup into a fresh database, identical table by table', async () => {
  const a = await demoActors(source.prisma);
  for (let i = 0; i < 5; i++) {
    const { case: c } = await createCase(
      source.prisma,
      {
        channel: 'letter',
        arrivedOn: '2025-09-26',
        applicant: { kind: 'natural', name: `备份${i}`, idNumber: '110101199001011237' },
        description: `备份测试\n第${i}件\t含制表符和“引号”\\`,
      },
      a.clerk,
    );
    await recordEvent(source.prisma, c.id, { type: 'consultation_sent', on: '2025-09-29', party: '第三方' }, a.clerk);
    await issueDocument(source.prisma, c.id, 'receipt', a.clerk, BACKDATED);
  }
  await freezeReport(source.prisma, a.clerk.agencyId, 2024, '2021', a.manager.userId);
  // An online application with its attachments: files are kept byte for byte.
  await submitApplication(
    source.prisma,
    application(),
    [
      { name: '身份证.png', bytes: PNG, kind: 'id_copy' },
      { name: '材料.pdf', bytes: PDF, kind: 'other' },
    ],
    '203.0.113.1',
  );
  const counts = await backup(source.url, file);
  expect(counts.disclosure_case).toBe(5);
  expect(counts.document).toBe(5);
  expect(counts.attachment).toBe(2);
  await expect(restore(source.url, file)).rejects.toThrow(RestoreError); // never over existing data
  await restore(target.url, file);
  const [before, after] = [await digest(source.url), await digest(target.url)];
  expect(after).toEqual(before);
  console.log(`backup: ${Object.keys(before).length - 1} tables compared after restore, all identical`);
});
