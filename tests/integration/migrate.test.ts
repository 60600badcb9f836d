import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { createTestDb, type TestDb } from '../helpers/db';

let tdb: TestDb | undefined;
const tempDirs: string[] = [];
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function rows(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-mig-'));
  tempDirs.push(dir);
  fs.cpSync('prisma/migrations', dir, { recursive: true });
  return dir;
}

describe('migration runner', () => {
  it('applies every migration once and records it as Prisma Migrate does', async () => {
    tdb = await createTestDb({ migrated: false });
    const applied = await migrate(tdb.url);
    const local = readMigrations();
    expect(applied).toEqual(local.map((m) => m.name));
    const recorded = await rows(tdb.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(recorded).toHaveLength(local.length);
    for (const [i, row] of recorded.entries()) {
      const bytes = fs.readFileSync(path.join('prisma/migrations', local[i].name, 'migration.sql'));
      expect(row.migration_name).toBe(local[i].name);
      expect(row.checksum).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await migrate(tdb.url)).toEqual([]);
  });

  it('has the column types Prisma creates for _prisma_migrations', async () => {
    tdb = await createTestDb({ migrated: false });
    await migrate(tdb.url);
    const cols = await rows(
      tdb.url,
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable
      FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(cols.map((c) => `${c.column_name}:${c.data_type}:${c.len ?? ''}:${c.is_nullable}`)).toEqual([
      'id:character varying:36:NO',
      'checksum:character varying:64:NO',
      'finished_at:timestamp with time zone::YES',
      'migration_name:character varying:255:NO',
      'logs:text::YES',
      'rolled_back_at:timestamp with time zone::YES',
      'started_at:timestamp with time zone::NO',
      'applied_steps_count:integer::NO',
    ]);
  });

  it('refuses to start when an applied migration file was edited', async () => {
    tdb = await createTestDb({ migrated: false });
    const dir = copyMigrations();
    await migrate(tdb.url, readMigrations(dir));
    const first = readMigrations(dir)[0];
    fs.appendFileSync(path.join(dir, first.name, 'migration.sql'), '\n-- edited\n');
    await expect(migrate(tdb.url, readMigrations(dir))).rejects.toThrow(/被修改/);
  });

  it('rolls back a failing migration entirely and records nothing for it', async () => {
    tdb = await createTestDb({ migrated: false });
    const dir = copyMigrations();
    const bad = path.join(dir, '29990101000000_bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'migration.sql'), 'CREATE TABLE "half" (id int);\nSELECT * FROM "no_such_table";\n');
    await expect(migrate(tdb.url, readMigrations(dir))).rejects.toThrow(/已回滚/);
    expect(await rows(tdb.url, `SELECT to_regclass('half') AS t`)).toEqual([{ t: null }]);
    const names = (await rows(tdb.url, 'SELECT migration_name FROM "_prisma_migrations"')).map((r) => r.migration_name);
    expect(names).not.toContain('29990101000000_bad');
  });

  it('bounds the pending list of every GIN index on cases (searches read it whole)', async () => {
    tdb = await createTestDb({ migrated: false });
    await migrate(tdb.url);
    const gin = await rows(
      tdb.url,
      `SELECT c.relname AS name, c.reloptions AS opts FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
       JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'gin' AND x.indrelid = 'disclosure_case'::regclass ORDER BY 1`,
    );
    expect(gin.map((r) => r.name)).toEqual(['case_applicant_name_trgm_idx', 'case_description_trgm_idx', 'case_search_bigrams_idx']);
    for (const r of gin) expect(r.opts).toContain('gin_pending_list_limit=64');
  });

  it("indexes the intake's look-ups of the applicant's other cases", async () => {
    tdb = await createTestDb({ migrated: false });
    await migrate(tdb.url);
    const defs = (await rows(tdb.url, `SELECT indexdef FROM pg_indexes WHERE tablename = 'disclosure_case'`)).map((r) => r.indexdef);
    expect(defs).toContain('CREATE INDEX case_applicant_id_number_idx ON public.disclosure_case USING btree (agency_id, id_number)');
    expect(defs).toContain(
      'CREATE INDEX case_applicant_name_phone_idx ON public.disclosure_case USING btree (agency_id, applicant_name, phone)',
    );
  });

  it('lets the year tables count from the received and closed indexes alone (index-only scans)', async () => {
    tdb = await createTestDb({ migrated: false });
    await migrate(tdb.url);
    const defs = (await rows(tdb.url, `SELECT indexdef FROM pg_indexes WHERE tablename = 'disclosure_case'`)).map((r) => r.indexdef);
    const counted = 'channel, applicant_kind, disposition_code, base_due_on, extension_days, request_kind)';
    expect(defs).toContain(
      `CREATE INDEX disclosure_case_agency_id_received_on_idx ON public.disclosure_case USING btree (agency_id, received_on) INCLUDE (closed_on, ${counted}`,
    );
    expect(defs).toContain(
      `CREATE INDEX disclosure_case_agency_id_closed_on_idx ON public.disclosure_case USING btree (agency_id, closed_on) INCLUDE (received_on, ${counted}`,
    );
  });

  it("serialises concurrent runners with Prisma's advisory lock", async () => {
    tdb = await createTestDb({ migrated: false });
    const results = await Promise.all([migrate(tdb.url), migrate(tdb.url), migrate(tdb.url)]);
    expect(results.flat()).toEqual(readMigrations().map((m) => m.name));
  });
});
