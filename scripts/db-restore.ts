// `npm run db:restore -- <file>`: restores a backup into an empty database — the configured one
// (DATABASE_URL, or the embedded one under DD_DATA_DIR). Point DD_DATA_DIR at a new directory to
// restore beside the current data.
import { restore, RestoreError } from '../lib/db/backup';
import { ensureDatabase } from '../lib/db/migrate';
import { openDatabase } from './lib/database';

const file = process.argv[2];
if (!file) {
  console.error('用法：npm run db:restore -- <备份文件>');
  process.exit(2);
}
const dbh = await openDatabase({ quiet: true });
try {
  await ensureDatabase(dbh.url);
  const counts = await restore(dbh.url, file);
  console.log(`已恢复 ${Object.values(counts).reduce((a, b) => a + b, 0)} 行（${Object.keys(counts).length} 张表）`);
} catch (e) {
  console.error(e instanceof RestoreError ? `恢复失败：${e.message}` : `恢复失败：${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await dbh.stop();
}
