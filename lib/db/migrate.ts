// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations`
// exactly as Prisma Migrate does, so `prisma migrate deploy` on a machine with Prisma's engine
// accepts the same database (Prisma's engine can't be fetched here, so we can't run its migrate).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { Logger, runMigrations } from 'graphile-worker';
import { MAIL_ATTEMPTS } from '@/lib/jobs/add-job';

const quietLogger = new Logger(() => () => {});

const PRISMA_MIGRATE_LOCK = 72707369; // the advisory lock key Prisma takes while migrating

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = path.resolve('prisma/migrations')): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: crypto.createHash('sha256').update(bytes).digest('hex') };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

class MigrationError extends Error {}

/** Returns the names of the migrations it applied. Refuses to run over edited or failed history. */
export async function migrate(databaseUrl: string, migrations = readMigrations()): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at');
    const applied = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
    for (const row of applied.values()) {
      const local = migrations.find((m) => m.name === row.migration_name);
      if (!local) throw new MigrationError(`数据库已应用迁移 ${row.migration_name}，但本地找不到该迁移文件。`);
      if (local.checksum !== row.checksum) {
        throw new MigrationError(`迁移 ${row.migration_name} 已应用后其文件被修改（校验和不符），拒绝启动。请新增迁移而不是修改旧迁移。`);
      }
      if (!row.finished_at) throw new MigrationError(`迁移 ${row.migration_name} 上次执行失败，需人工处理后再启动。`);
    }
    const done: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        const id = crypto.randomUUID();
        await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [
          id,
          m.checksum,
          m.name,
        ]);
        await client.query(m.sql);
        await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
        await client.query('COMMIT');
        done.push(m.name);
      } catch (err) {
        await client.query('ROLLBACK');
        throw new MigrationError(`迁移 ${m.name} 执行失败，已回滚：${(err as Error).message}`);
      }
    }
    // The job queue's own tables and functions (graphile-worker), installed and upgraded here by the
    // owner like every other part of the schema; the app role is granted their use (app-role.ts).
    await runMigrations({ connectionString: databaseUrl, logger: quietLogger });
    // Mail queued before the queue existed (an upgrade) gets its job.
    await queueUnsentMail(client);
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}

/** Adds a send_mail job for every queued message that has none (idempotent). */
export async function queueUnsentMail(client: pg.Client): Promise<void> {
  await client.query(`SELECT graphile_worker.add_job('send_mail', json_build_object('id', m.id), max_attempts := ${MAIL_ATTEMPTS})
    FROM mail_outbox m WHERE m.status = 'queued' AND NOT EXISTS (
      SELECT 1 FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'send_mail' AND (j.payload->>'id')::int = m.id)`);
}

/** Creates the database named in the URL when it doesn't exist yet (embedded and test clusters). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
