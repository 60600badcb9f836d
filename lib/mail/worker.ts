// The outbox worker, started once per server process (instrumentation.ts). Without SMTP_URL it
// does nothing and mail stays queued; the admin page says so.
import { db } from '@/lib/db/client';
import { enqueueDailyDigests } from './digest';
import { processOutbox, smtpSender } from './outbox';

const g = globalThis as unknown as { ddMailWorker?: NodeJS.Timeout };

export function startMailWorker(everyMs = 10_000) {
  const send = smtpSender();
  if (!send || g.ddMailWorker) return;
  let busy = false;
  g.ddMailWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    enqueueDailyDigests(db())
      .then(() => processOutbox(db(), send))
      .catch((err) => console.error('mail outbox', err))
      .finally(() => (busy = false));
  }, everyMs);
  g.ddMailWorker.unref();
}
