// Logical backup and restore through COPY. pg_dump would be the usual tool, but the embedded
// PostgreSQL (18) ships no pg_dump and Debian's client (15) refuses a newer server, so this writes
// the same thing pg_dump's data section would: every table's rows in COPY text format, gzipped,
// with the migrations they belong to. Restore migrates an empty database to the same schema and
// loads the rows with triggers and foreign keys deferred, then resets the sequences.
import { queueUnsentMail } from './migrate';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrate, readMigrations } from './migrate';

const MAGIC = 'disclosure-desk-backup v1';

async function tables(c: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await c.query<{ table_name: string; cols: string[] }>(`
    SELECT table_name, array_agg(quote_ident(column_name::text) ORDER BY ordinal_position) AS cols FROM information_schema.columns
    WHERE table_schema = 'public' AND is_generated = 'NEVER' AND table_name <> '_prisma_migrations' GROUP BY table_name ORDER BY table_name`);
  return rows.map((r) => ({ name: r.table_name, columns: r.cols }));
}

export async function backup(url: string, file: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const counts: Record<string, number> = {};
  try {
    // One snapshot for every table, so the backup is consistent while the app keeps working.
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const applied = (
      await c.query(
        'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      )
    ).rows;
    const gzip = createGzip();
    const out = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    gzip.write(`${MAGIC}\n${JSON.stringify({ createdAt: new Date().toISOString(), migrations: applied })}\n`);
    for (const t of await tables(c)) {
      gzip.write(`TABLE ${t.name} ${JSON.stringify(t.columns)}\n`);
      const stream = c.query(copyTo(`COPY "${t.name}" (${t.columns.join(', ')}) TO STDOUT`));
      let lines = 0;
      for await (const chunk of stream) {
        gzip.write(chunk);
        lines += (chunk.toString('utf8').match(/\n/g) ?? []).length;
      }
      counts[t.name] = lines;
      gzip.write('\\.\n');
    }
    gzip.end();
    await out;
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
  return counts;
}

export class RestoreError extends Error {}

/** Restores into an empty database (it is migrated first). Returns rows restored per table. */
export async function restore(url: string, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.value !== MAGIC) throw new RestoreError('不是本系统的备份文件');
  const meta = JSON.parse((await it.next()).value as string) as { migrations: { migration_name: string; checksum: string }[] };
  const local = readMigrations();
  const mismatch = meta.migrations.find((m, i) => local[i]?.name !== m.migration_name || local[i]?.checksum !== m.checksum);
  if (mismatch || meta.migrations.length > local.length)
    throw new RestoreError(
      `备份所属的数据库结构（迁移 ${mismatch?.migration_name ?? meta.migrations.at(-1)?.migration_name}）与本程序不一致，请用相同版本的程序恢复`,
    );
  await migrate(url, local.slice(0, meta.migrations.length));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const counts: Record<string, number> = {};
  try {
    if (Number((await c.query('SELECT count(*) FROM "app_user"')).rows[0].count) > 0)
      throw new RestoreError('目标数据库不是空的：请恢复到新的数据库（例如新的 DD_DATA_DIR）');
    await c.query('BEGIN');
    await c.query('SET LOCAL session_replication_role = replica'); // triggers and FK checks wait until all rows are in
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const m = /^TABLE (\S+) (.*)$/.exec(next.value);
      if (!m) throw new RestoreError('备份文件已损坏');
      const columns = JSON.parse(m[2]) as string[];
      const rows: string[] = [];
      for (let line = await it.next(); !line.done && line.value !== '\\.'; line = await it.next()) rows.push(line.value);
      await c.query(`DELETE FROM "${m[1]}"`); // seeded defaults (e.g. the disposition catalogue) give way to the backup's
      await pipeline(
        Readable.from(rows.length ? [rows.join('\n') + '\n'] : []),
        c.query(copyFrom(`COPY "${m[1]}" (${columns.join(', ')}) FROM STDIN`)),
      );
      counts[m[1]] = rows.length;
    }
    const seqs = (
      await c.query(`SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col FROM pg_class s JOIN pg_depend d ON d.objid = s.oid
      JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      JOIN pg_namespace n ON n.oid = s.relnamespace WHERE s.relkind = 'S' AND n.nspname = 'public'`)
    ).rows;
    for (const s of seqs)
      await c.query(
        `SELECT setval('"${s.seq}"', GREATEST((SELECT max("${s.col}") FROM "${s.tbl}"), 1), (SELECT count(*) > 0 FROM "${s.tbl}"))`,
      );
    // The job queue isn't backed up: mail still queued in the backup gets its job again.
    await queueUnsentMail(c);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
  return counts;
}
