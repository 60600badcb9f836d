// Jobs go on graphile-worker's queue (schema graphile_worker, installed by the migration runner)
// through its SQL function, so a job is added in the transaction of the change that needs it: it
// runs only if that change commits.
import { qb, rows, sql, type Runner } from '@/lib/db/kysely';

export type JobName = 'send_mail' | 'morning_digest' | 'cleanup' | 'archive_pdfs';

/** How many times a message is tried before it is marked failed (its job's max_attempts). */
export const MAIL_ATTEMPTS = 8;

/**
 * `key`: one waiting job per key (a later add replaces it), run `delaySeconds` after the last add.
 * `queue`: jobs of one named queue run one at a time, across every process.
 */
export async function addJob(
  tx: Runner,
  name: JobName,
  payload: Record<string, unknown>,
  { maxAttempts = 25, key = null as string | null, delaySeconds = 0, queue = null as string | null } = {},
): Promise<void> {
  await rows(
    tx,
    qb.selectNoFrom(
      sql<string>`graphile_worker.add_job(${name}, ${JSON.stringify(payload)}::json, queue_name := ${queue}::text, max_attempts := ${maxAttempts}::int, job_key := ${key}::text, run_at := now() + make_interval(secs => ${delaySeconds}::int))::text`.as(
        'job',
      ),
    ),
  );
}

/**
 * The archive's PDFs for a case (lib/archive/render-archive-pdfs.ts): one waiting job per case, run
 * shortly after the last ask, one case at a time on the whole platform (LibreOffice is heavy: two at
 * once would take both cores of a small server from the people using it).
 */
export const queueArchivePdfJob = (tx: Runner, caseId: number, delaySeconds = 5) =>
  addJob(tx, 'archive_pdfs', { caseId }, { maxAttempts: 3, key: `archive_pdfs:${caseId}`, delaySeconds, queue: 'archive_pdfs' });
