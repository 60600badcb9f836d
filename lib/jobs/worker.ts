// The job worker, started once per server process (instrumentation.ts) on graphile-worker: mail
// (only where SMTP_URL is set; otherwise mail jobs wait in the queue), the morning digest at 08:00
// China time (00:00 UTC; graphile's crontab runs each time once across all processes, and catches
// up to 10 hours after a restart) and the hourly cleanup.
import { run, type Runner, type TaskList } from 'graphile-worker';
import { db, type PrismaClient } from '@/lib/db/client';
import { enqueueDailyDigests } from '@/lib/mail/digest';
import { sendQueuedMail, smtpSender } from '@/lib/mail/outbox';
import { deleteExpiredMarkers } from './cleanup';
import { renderArchivePdfs } from '@/lib/archive/render-archive-pdfs';

export const CRONTAB = ['0 0 * * * morning_digest ?fill=10h', '17 * * * * cleanup ?fill=1h'].join('\n');

/** The tasks this process runs; mail only with a sender. */
export function taskList(prisma: PrismaClient, send = smtpSender()): TaskList {
  return {
    morning_digest: async () => {
      await enqueueDailyDigests(prisma);
    },
    cleanup: async () => {
      await deleteExpiredMarkers(prisma);
    },
    // PDF renditions for the archive (LibreOffice in a child process).
    archive_pdfs: async (payload) => {
      await renderArchivePdfs(prisma, Number((payload as { caseId?: unknown }).caseId));
    },
    ...(send
      ? {
          send_mail: async (payload) => {
            await sendQueuedMail(prisma, send, Number((payload as { id?: unknown }).id));
          },
        }
      : {}),
  };
}

const g = globalThis as unknown as { ddJobs?: Promise<Runner> };

export function startJobs(connectionString: string): void {
  g.ddJobs ??= run({
    connectionString,
    concurrency: 2,
    taskList: taskList(db()),
    crontab: CRONTAB,
    noHandleSignals: true,
    pollInterval: 5_000,
  });
  g.ddJobs.catch((err: unknown) => console.error('job worker', err));
}
