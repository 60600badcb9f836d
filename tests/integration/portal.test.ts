// The public side on a real database: apply with attachments, follow with the query code, the
// office confirms or discards, limits hold, forged files are refused, mail goes through the outbox
// to a real SMTP server.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runOnce } from 'graphile-worker';
import { smtpSender, type Send } from '@/lib/mail/outbox';
import { taskList } from '@/lib/jobs/worker';
import { applicationStatus } from '@/lib/portal/application-status';
import { confirmSubmission, discardSubmission } from '@/lib/portal/decide-submission';
import { submitApplication } from '@/lib/portal/submit-application';
import { CHALLENGE_AFTER } from '@/lib/portal/challenge';
import { solvedChallenge, wronglySolvedChallenge } from '../helpers/altcha';
import { addDays, fromDate, todayInChina } from '@/lib/shared/dates';
import { recordEvent } from '@/lib/cases/record-event';
import { asDomainError } from '@/lib/shared/errors';
import { Logger } from 'graphile-worker';

const quiet = new Logger(() => () => {});
import { demoForFile } from '../helpers/actors';
import { application, EXE, PDF, PNG } from '../helpers/files';

const { tdb, a } = demoForFile();
const refusal = async (p: Promise<unknown>) =>
  asDomainError(
    await p.then(
      () => null,
      (e) => e,
    ),
  );

describe('an online application', () => {
  it('is submitted with attachments, confirmed into a case, and followed with the code', async () => {
    const { queryCode, stored } = await submitApplication(
      tdb.prisma,
      application(),
      [
        { name: '身份证.png', bytes: PNG, kind: 'id_copy' },
        { name: '说明.pdf', bytes: PDF, kind: 'other' },
      ],
      '203.0.113.10',
    );
    expect(stored).toBe(true);
    expect(queryCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    const pending = await applicationStatus(tdb.prisma, queryCode.toLowerCase(), '203.0.113.10');
    expect(pending).toMatchObject({
      status: 'pending',
      applicant: { name: '周网申', idNumber: '110***********3450', phone: '13******000' },
    });
    const s = await tdb.prisma.submission.findFirstOrThrow({ where: { status: 'pending' }, include: { attachments: true } });
    expect(s.attachments.map((f) => [f.fileName, f.contentType])).toEqual([
      ['身份证.png', 'image/png'],
      ['说明.pdf', 'application/pdf'],
    ]);
    const { caseId, trackingNo } = await confirmSubmission(tdb.prisma, s.id, {}, a.clerk);
    const c = await tdb.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect([c.channel, fromDate(c.receivedOn), c.confirmedOn && fromDate(c.confirmedOn)]).toEqual([
      'online',
      todayInChina(),
      todayInChina(),
    ]);
    expect(await tdb.prisma.attachment.count({ where: { caseId } })).toBe(2);
    const registered = await applicationStatus(tdb.prisma, queryCode, '203.0.113.10');
    expect(registered).toMatchObject({ status: 'registered', trackingNo });
    expect(registered.dueOn).toMatch(/年.*月.*日/);
    expect((await refusal(confirmSubmission(tdb.prisma, s.id, {}, a.clerk)))?.kind).toBe('invalid_state');
  });

  it('refuses an executable named .pdf and stores nothing of the submission', async () => {
    const before = await tdb.prisma.submission.count();
    const e = await refusal(
      submitApplication(
        tdb.prisma,
        application({ idNumber: '440306199208151236' }),
        [{ name: '材料.pdf', bytes: EXE, kind: 'other' }],
        '203.0.113.11',
      ),
    );
    expect(e?.message).toContain('不是 PDF、JPG 或 PNG 文件');
    expect(await tdb.prisma.submission.count()).toBe(before);
  });

  it('checks the identity numbers, thanks bots without storing them, and limits floods', async () => {
    const e = await refusal(submitApplication(tdb.prisma, application({ idNumber: '110101198502023451' }), [], '203.0.113.12'));
    expect(e?.fields?.map((f) => f.field)).toContain('idNumber');
    const before = await tdb.prisma.submission.count();
    expect((await submitApplication(tdb.prisma, application({ website: 'http://spam' }), [], '203.0.113.12')).stored).toBe(false);
    expect(await tdb.prisma.submission.count()).toBe(before);
    const ids = [
      '110101197001010016',
      '11010119900307707X',
      '110101198502023450',
      '440306199208151236',
      '11010519491231002X',
      '110101197001010016',
    ];
    const results = [];
    for (const [i, id] of ids.entries()) {
      // From the third submission of the hour on, a proof of work is needed (here: solved by the test).
      const challenge = i >= CHALLENGE_AFTER ? { challenge: await solvedChallenge() } : {};
      if (i === CHALLENGE_AFTER) {
        expect((await refusal(submitApplication(tdb.prisma, application({ idNumber: id }), [], '198.51.100.77')))?.field).toBe('challenge');
        const wrong = { challenge: await wronglySolvedChallenge() };
        expect((await refusal(submitApplication(tdb.prisma, application({ idNumber: id, ...wrong }), [], '198.51.100.77')))?.message).toBe(
          '安全验证未通过，请重新验证',
        );
        // A wrong answer used its challenge up too.
        expect((await refusal(submitApplication(tdb.prisma, application({ idNumber: id, ...wrong }), [], '198.51.100.77')))?.message).toBe(
          '安全验证已使用过，请重新验证',
        );
      }
      results.push(await refusal(submitApplication(tdb.prisma, application({ idNumber: id, ...challenge }), [], '198.51.100.77')));
      // A solved challenge is good once.
      if (i === CHALLENGE_AFTER)
        expect(
          (await refusal(submitApplication(tdb.prisma, application({ idNumber: id, ...challenge }), [], '198.51.100.77')))?.message,
        ).toBe('安全验证已使用过，请重新验证');
    }
    expect(results.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(results[5]).toMatchObject({ kind: 'limited' });
  });

  it('answers a wrong code "not found", and throttles an address guessing codes', async () => {
    for (let i = 0; i < 10; i++)
      expect((await refusal(applicationStatus(tdb.prisma, `WRONG-CODE-${i}`, '192.0.2.50')))?.kind).toBe('not_found');
    expect((await refusal(applicationStatus(tdb.prisma, 'WRONG-CODE-X', '192.0.2.50')))?.kind).toBe('limited');
  });

  it('tells the applicant why a discarded submission was not accepted', async () => {
    const { queryCode } = await submitApplication(
      tdb.prisma,
      application({ idNumber: '11010519491231002X', description: '测试测试测试' }),
      [],
      '203.0.113.13',
    );
    const s = await tdb.prisma.submission.findFirstOrThrow({ where: { status: 'pending' }, orderBy: { id: 'desc' } });
    await discardSubmission(tdb.prisma, s.id, { reason: '测试提交' }, a.clerk);
    expect(await applicationStatus(tdb.prisma, queryCode, '203.0.113.13')).toMatchObject({
      status: 'discarded',
      discardReason: '测试提交',
    });
  });
});

describe('mail through the outbox', () => {
  it('reaches a real SMTP server with the query code and the tracking number, and retries a failing server', async () => {
    const received: { to: string; text: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: raw });
          cb();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.server.address() as AddressInfo).port;
    try {
      // A server that refuses first: the message stays queued with the error, nothing throws.
      // The real job worker (graphile-worker) runs what is queued, with the sender given.
      const work = (send: Send) => runOnce({ connectionString: tdb.url, taskList: taskList(tdb.prisma, send), logger: quiet });
      await work(async () => {
        throw new Error('连接被拒绝');
      });
      const failedOnce = await tdb.prisma.mailOutbox.findMany({ where: { status: 'queued' } });
      expect(failedOnce.length).toBeGreaterThan(0);
      expect(failedOnce.every((m) => m.attempts === 1 && m.lastError === '连接被拒绝')).toBe(true);
      // The queue retries later; make "later" now.
      await tdb.prisma.$executeRawUnsafe('UPDATE graphile_worker._private_jobs SET run_at = now()');
      // A correction request on the confirmed case mails the applicant too.
      const c = await tdb.prisma.case.findFirstOrThrow({ where: { email: 'zhou@example.cn' } });
      await recordEvent(
        tdb.prisma,
        c.id,
        { type: 'correction_requested', items: '请写明地块编号', limitOn: addDays(todayInChina(), 15) },
        a.clerk,
      );
      await work(smtpSender(`smtp://127.0.0.1:${port}`)!);
      expect(received.length).toBeGreaterThanOrEqual(2);
      const toApplicant = (
        await Promise.all(received.filter((m) => m.to === 'zhou@example.cn').map(async (m) => (await simpleParser(m.text)).text ?? ''))
      ).join('\n');
      expect(toApplicant).toMatch(/查询码：[2-9A-Z]{4}-/);
      // Once sent, the outbox keeps no query code (only its hash is kept anywhere).
      const code = /查询码：([2-9A-Z]{4}(?:-[2-9A-Z]{4}){3})/.exec(toApplicant)![1];
      const stored = await tdb.prisma.mailOutbox.findMany({ where: { to: 'zhou@example.cn' } });
      expect(stored.some((m) => m.body.includes('已发送，系统不保存查询码'))).toBe(true);
      expect(stored.filter((m) => m.body.includes(code))).toEqual([]);
      expect(toApplicant).toMatch(/确认受理，编号 \d{4}-\d{4}/);
      expect(toApplicant).toContain('请写明地块编号');
      expect(await tdb.prisma.mailOutbox.count({ where: { status: 'queued' } })).toBe(0);
      const retried = await tdb.prisma.mailOutbox.findFirstOrThrow({ where: { attempts: 2 } });
      expect(retried.status).toBe('sent');
    } finally {
      server.close();
    }
  });
});
