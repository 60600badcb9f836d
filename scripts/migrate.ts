import { applyMigrations, openDatabase } from './lib/database';

const dbh = await openDatabase();
try {
  await applyMigrations(dbh.url);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await dbh.stop();
}
