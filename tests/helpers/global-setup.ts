// One throwaway PostgreSQL per test run, in a temp directory, never the user's data. The migrated
// database is a template; each test file gets its own copy (tests/helpers/db.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedPostgres } from '../../lib/db/embedded';
import { ensureDatabase, migrate } from '../../lib/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

let pg: EmbeddedPostgres | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-test-'));
  fs.chmodSync(dir, 0o755);
  pg = await startEmbedded({ baseDir: dir });
  const template = 'dd_template';
  await ensureDatabase(pg.url(template));
  await migrate(pg.url(template));
  project.provide('pgAdminUrl', pg.url('postgres'));
  project.provide('pgTemplate', template);
}

export async function teardown() {
  await pg?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
