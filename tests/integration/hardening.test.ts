import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createCase } from '@/lib/cases/create-case';
import { getCaseDetail, logUnmaskedView } from '@/lib/cases/queries';
import { recordEvent } from '@/lib/cases/record-event';
import { ensureAppRole } from '@/lib/db/app-role';
import { addJob } from '@/lib/jobs/add-job';
import { Logger, runOnce } from 'graphile-worker';
import { createTestDb, type TestDb } from '../helpers/db';
import { demoActors, type Actors } from '../helpers/actors';

let tdb: TestDb;
let a: Actors;
let appUrl: string;
beforeAll(async () => {
  tdb = await createTestDb();
  a = await demoActors(tdb.prisma);
  appUrl = await ensureAppRole(tdb.url, 'app-Role-pass-1');
});
afterAll(async () => tdb?.drop());

describe("the application's database role", () => {
  it('runs the job queue: a job of a kind never queued before is added and taken by a worker connected as it', async () => {
    const app = new PrismaClient({ adapter: new PrismaPg({ connectionString: appUrl }) });
    await addJob(app, 'cleanup', {});
    let ran = 0;
    await runOnce({ connectionString: appUrl, taskList: { cleanup: async () => void ran++ }, logger: new Logger(() => () => {}) });
    expect(ran).toBe(1);
    await app.$disconnect();
  });

  it('works the cases but cannot alter the timeline or other history, however it tries', async () => {
    const app = new PrismaClient({ adapter: new PrismaPg({ connectionString: appUrl }) });
    const { case: c } = await createCase(
      app,
      { channel: 'fax', confirmedOn: '2025-09-26', applicant: { kind: 'natural', name: '甲' }, description: '乙' },
      a.clerk,
    );
    await recordEvent(app, c.id, { type: 'withdrawn', on: '2025-09-29' }, a.clerk);
    await app.$disconnect();
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    const attempts = [
      "UPDATE case_event SET type = 'forged'",
      'DELETE FROM case_event',
      'TRUNCATE case_event',
      'ALTER TABLE case_event DISABLE TRIGGER ALL',
      'SET session_replication_role = replica',
      'DROP TRIGGER case_event_append_only ON case_event',
      "UPDATE admin_event SET action = 'x'",
      'DELETE FROM document',
      'DELETE FROM report_snapshot',
      'UPDATE "_prisma_migrations" SET checksum = \'x\'',
      'DROP TABLE case_event',
    ];
    const refused: string[] = [];
    for (const sql of attempts) {
      try {
        await client.query(sql);
      } catch (e) {
        refused.push(sql);
        expect((e as Error).message).toMatch(/permission denied|must be owner|append-only|must be superuser/);
      }
    }
    console.log(`application role: ${refused.length} of ${attempts.length} attempts to alter history refused`);
    expect(refused).toEqual(attempts);
    expect((await client.query('SELECT count(*)::int AS n FROM case_event WHERE case_id = $1', [c.id])).rows[0].n).toBe(2);
    await client.end();
  });
});

describe('personal data', () => {
  it('masks ID and phone for roles without the right, and logs every unmasked view', async () => {
    const { case: c } = await createCase(
      tdb.prisma,
      {
        channel: 'in_person',
        arrivedOn: '2025-09-26',
        applicant: { kind: 'natural', name: '丙', idNumber: '110101199001011237', phone: '13912345678' },
        description: '丁',
      },
      a.clerk,
    );
    const views = () => tdb.prisma.adminEvent.count({ where: { action: 'applicant.view', target: `case:${c.id}` } });
    const view = async (actor: typeof a.clerk) => {
      const d = await getCaseDetail(tdb.prisma, c.id, actor);
      await logUnmaskedView(tdb.prisma, d, actor.userId);
      return d;
    };
    const asManager = await view(a.manager);
    expect([asManager.row.idNumber, asManager.row.phone]).toEqual(['110***********1237', '13******678']);
    expect(await views()).toBe(0);
    const asClerk = await view(a.clerk);
    expect(asClerk.row.idNumber).toBe('110101199001011237');
    await view(a.reviewer);
    expect(await views()).toBe(2);
  });
});
