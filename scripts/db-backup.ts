// `npm run db:backup [-- <file>]`: a consistent logical backup of the database (see lib/db/backup.ts).
import path from 'node:path';
import { backup } from '../lib/db/backup';
import { openDatabase } from './lib/database';

const file = path.resolve(process.argv[2] ?? `disclosure-desk-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.ddbackup.gz`);
const dbh = await openDatabase({ quiet: true });
try {
  const counts = await backup(dbh.url, file);
  console.log(`已备份 ${Object.values(counts).reduce((a, b) => a + b, 0)} 行（${Object.keys(counts).length} 张表）到 ${file}`);
} catch (e) {
  console.error(`备份失败：${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await dbh.stop();
}
