// The application connects as a role that can read and write cases but cannot rewrite history:
// no UPDATE, DELETE or TRUNCATE on the timeline, the admin log, issued documents or frozen
// reports, and no ownership (so it can't disable their triggers either). Migrations run as the
// owner; this is re-applied after each migration run so new tables are covered.
import pg from 'pg';

const APP_ROLE = 'dd_app';
const HISTORY = ['case_event', 'admin_event', 'document', 'report_snapshot'];

export async function ensureAppRole(ownerUrl: string, password: string): Promise<string> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE])).rowCount;
    const pw = password.replace(/'/g, "''");
    await c.query(
      exists
        ? `ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${pw}'`
        : `CREATE ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${pw}' NOSUPERUSER NOCREATEDB NOCREATEROLE`,
    );
    const db = (await c.query('SELECT current_database() AS d')).rows[0].d as string;
    await c.query(`GRANT CONNECT ON DATABASE "${db}" TO ${APP_ROLE}`);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await c.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await c.query(`REVOKE ALL ON "_prisma_migrations" FROM ${APP_ROLE}`);
    for (const t of HISTORY) await c.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${t}" FROM ${APP_ROLE}`);
    // The job queue (graphile-worker, installed by the migration runner as the owner).
    if ((await c.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'graphile_worker'`)).rowCount) {
      await c.query(`GRANT USAGE ON SCHEMA graphile_worker TO ${APP_ROLE}`);
      await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${APP_ROLE}`);
      await c.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${APP_ROLE}`);
      await c.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${APP_ROLE}`);
      // graphile-worker turns row-level security on for its tables and gives no policy, so a role that
      // doesn't own them sees no job and can't add a task name: the worker of an app connected as
      // dd_app exited at start ("new row violates row-level security policy for table _private_tasks")
      // and a job of a new kind could not be queued. The app role gets every row of them.
      await c.query(`DO $$ DECLARE t record; BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity LOOP
          EXECUTE format('DROP POLICY IF EXISTS dd_app_all ON graphile_worker.%I', t.relname);
          EXECUTE format('CREATE POLICY dd_app_all ON graphile_worker.%I TO ${APP_ROLE} USING (true) WITH CHECK (true)', t.relname);
        END LOOP; END $$`);
    }
  } finally {
    await c.end();
  }
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = password;
  return u.toString();
}
