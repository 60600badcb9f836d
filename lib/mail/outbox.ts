// Mail goes out through an outbox: a message is written in the same transaction as the change it
// reports, and a worker sends it with retries (1, 2, 4 … minutes, at most 8 tries). A slow or
// broken mail server never fails or slows a request; without SMTP_URL mail simply waits.
import nodemailer from 'nodemailer';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { withoutQueryCodes } from '@/lib/portal/query-code';

export const MAX_ATTEMPTS = 8;

/** `agencyId`: the office the mail is sent for (its admin sees it on the mail page). */
export async function enqueueMail(
  tx: Pick<Prisma.TransactionClient, 'mailOutbox'>,
  agencyId: number,
  to: string,
  subject: string,
  body: string,
) {
  if (!to) return;
  await tx.mailOutbox.create({ data: { agencyId, to: to.slice(0, 200), subject: subject.slice(0, 200), body } });
}

export type Send = (m: { to: string; subject: string; text: string }) => Promise<unknown>;

export function smtpSender(url = process.env.SMTP_URL): Send | null {
  if (!url) return null;
  const transport = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM || 'noreply@localhost';
  return (m) => transport.sendMail({ from, ...m });
}

/** Sends what is due, each message claimed with SKIP LOCKED so several workers never send one twice. */
export async function processOutbox(db: PrismaClient, send: Send, batch = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: number; to: string; subject: string; body: string; attempts: number }[]>`
        SELECT id, "to", subject, body, attempts FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= now()
        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        const m = rows[0];
        if (!m) return null;
        try {
          await send({ to: m.to, subject: m.subject, text: m.body });
          // What was only there to be sent (a query code) is not kept once it has gone.
          await tx.mailOutbox.update({
            where: { id: m.id },
            data: { status: 'sent', sentAt: new Date(), attempts: m.attempts + 1, lastError: null, body: withoutQueryCodes(m.body) },
          });
          return 'sent';
        } catch (err) {
          const attempts = m.attempts + 1;
          await tx.mailOutbox.update({
            where: { id: m.id },
            data: {
              attempts,
              lastError: String((err as Error).message ?? err).slice(0, 500),
              status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
              ...(attempts >= MAX_ATTEMPTS ? { body: withoutQueryCodes(m.body) } : {}),
              nextAttemptAt: new Date(Date.now() + 60_000 * 2 ** (attempts - 1)),
            },
          });
          return 'failed';
        }
      },
      { timeout: 60_000 },
    );
    if (!done) break;
    if (done === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}

/** The office's latest 50 mails and how many are in each state, for the 邮件发送 page. */
export async function outboxOverview(db: PrismaClient, agencyId: number) {
  const [rows, counts] = await Promise.all([
    db.mailOutbox.findMany({ where: { agencyId }, orderBy: { id: 'desc' }, take: 50 }),
    db.mailOutbox.groupBy({ by: ['status'], where: { agencyId }, _count: { _all: true } }),
  ]);
  return { rows, counts };
}
