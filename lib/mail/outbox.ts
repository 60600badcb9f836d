// Mail goes out through an outbox: a message is written in the same transaction as the change it
// reports, with its job on the queue (lib/jobs), and the job worker sends it, retrying a failure
// with graphile-worker's growing delay (3 s, 7 s, 20 s … about half an hour over 8 tries). A slow
// or broken mail server never fails or slows a request; without SMTP_URL mail simply waits.
import nodemailer from 'nodemailer';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { withoutQueryCodes } from '@/lib/portal/query-code';
import { addJob, MAIL_ATTEMPTS } from '@/lib/jobs/add-job';

/**
 * `agencyId`: the office the mail is sent for (its admin sees it on the mail page). The message and
 * its job are written in the caller's transaction.
 */
export async function enqueueMail(
  tx: Pick<Prisma.TransactionClient, 'mailOutbox' | '$queryRawUnsafe'>,
  agencyId: number,
  to: string,
  subject: string,
  body: string,
) {
  if (!to) return;
  const m = await tx.mailOutbox.create({
    data: { agencyId, to: to.slice(0, 200), subject: subject.slice(0, 200), body },
    select: { id: true },
  });
  await addJob(tx, 'send_mail', { id: m.id }, { maxAttempts: MAIL_ATTEMPTS });
}

export type Send = (m: { to: string; subject: string; text: string }) => Promise<unknown>;

export function smtpSender(url = process.env.SMTP_URL): Send | null {
  if (!url) return null;
  const transport = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM || 'noreply@localhost';
  return (m) => transport.sendMail({ from, ...m });
}

/**
 * Sends one queued message (the job `send_mail`). No transaction is open while the mail server is
 * talked to: the worker's job lock keeps a second worker off the message. A failure is recorded on
 * the message and thrown, and the queue retries with a growing delay, MAIL_ATTEMPTS times in all.
 */
export async function sendQueuedMail(db: PrismaClient, send: Send, id: number): Promise<'sent' | 'skipped'> {
  const m = await db.mailOutbox.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, body: true, attempts: true, status: true },
  });
  if (!m || m.status !== 'queued') return 'skipped';
  const attempts = m.attempts + 1;
  try {
    await send({ to: m.to, subject: m.subject, text: m.body });
  } catch (err) {
    const last = attempts >= MAIL_ATTEMPTS;
    await db.mailOutbox.update({
      where: { id: m.id },
      data: {
        attempts,
        lastError: String((err as Error).message ?? err).slice(0, 500),
        status: last ? 'failed' : 'queued',
        ...(last ? { body: withoutQueryCodes(m.body) } : {}),
      },
    });
    throw err;
  }
  // What was only there to be sent (a query code) is not kept once it has gone.
  await db.mailOutbox.update({
    where: { id: m.id },
    data: { status: 'sent', sentAt: new Date(), attempts, lastError: null, body: withoutQueryCodes(m.body) },
  });
  return 'sent';
}

/** The office's latest 50 messages and how many are in each state (the admin's mail page). */
export async function outboxOverview(db: PrismaClient, agencyId: number) {
  const [rows, counts] = await Promise.all([
    db.mailOutbox.findMany({ where: { agencyId }, orderBy: { id: 'desc' }, take: 50 }),
    db.mailOutbox.groupBy({ by: ['status'], where: { agencyId }, _count: { _all: true } }),
  ]);
  return { rows, counts };
}
