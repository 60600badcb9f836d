import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { getCaseDetail } from '@/lib/cases/queries';
import { listCases, type ListFilter } from '@/lib/cases/list-cases';
import { apiItem, listCasesJson } from '@/lib/cases/list-cases-json';
import { readCaseRow } from '@/lib/cases/read-case-row';
import { recordEvent } from '@/lib/cases/record-event';
import { fromDate } from '@/lib/shared/dates';
import { demoForFile, type Actors } from '../helpers/actors';

const { tdb, a } = demoForFile();

const letter = (over: Record<string, unknown> = {}) => ({
  channel: 'letter',
  submittedOn: '2025-09-24',
  arrivedOn: '2025-09-26',
  applicant: {
    kind: 'natural',
    name: '张三丰',
    idType: '居民身份证',
    idNumber: '110101199001011237',
    phone: '13800000000',
    address: '北京市东城区',
  },
  description: '请求公开本市2024年度建设用地征收补偿安置方案',
  topic: '征地',
  ...over,
});

describe('a letter application through its whole life', () => {
  it('moves the due date exactly as the law says at each step', async () => {
    const { case: c, deadlines } = await createCase(tdb.prisma, letter(), a.clerk);
    expect(c.trackingNo).toBe('2025-0001');
    expect(fromDate(c.receivedOn)).toBe('2025-09-26'); // the day the agency signed for it
    expect([c.regime, deadlines.dueOn, deadlines.correctionNoticeDueOn]).toEqual(['2019', '2025-10-30', '2025-10-13']);

    const step = async (type: string, on: string, data: Record<string, unknown>, who: keyof Actors = 'clerk') => {
      const r = await recordEvent(tdb.prisma, c.id, { type, on, ...data }, a[who]);
      return [r.case.status, r.case.dueOn ? fromDate(r.case.dueOn) : null];
    };
    expect(await step('correction_requested', '2025-09-29', { items: '请明确所需信息的年份和地块', limitOn: '2025-10-20' })).toEqual([
      'correction',
      null,
    ]);
    expect(await step('correction_received', '2025-10-09', {})).toEqual(['open', '2025-11-05']);
    expect(await step('consultation_sent', '2025-10-13', { party: '某置业有限公司' })).toEqual(['consulting', '2025-11-27']); // paused through 11-03, the third party's 15th working day
    expect(await step('consultation_answered', '2025-10-17', { objection: false })).toEqual(['open', '2025-11-12']);
    expect(await step('extension_requested', '2025-10-20', { workingDays: 20, reason: '涉及多个地块，需调取档案' })).toEqual([
      'open',
      '2025-11-12',
    ]);
    expect(await step('extension_approved', '2025-10-21', {}, 'reviewer')).toEqual(['open', '2025-12-10']);
    expect(
      await step('reply_submitted', '2025-11-03', {
        disposition: 'granted',
        legalBasis: '《条例》第三十六条第（二）项',
        items: ['征收补偿安置方案'],
      }),
    ).toEqual(['review', '2025-12-10']);
    expect(await step('reply_returned', '2025-11-04', { comment: '请补充公开方式' }, 'reviewer')).toEqual(['open', '2025-12-10']);
    await step('reply_submitted', '2025-11-05', {
      disposition: 'granted',
      legalBasis: '《条例》第三十六条第（二）项',
      items: ['征收补偿安置方案'],
      form: 'paper',
    });
    expect(await step('reply_approved', '2025-11-06', { secrecyReviewed: true }, 'reviewer')).toEqual(['approved', '2025-12-10']);
    expect(await step('delivered', '2025-11-07', { method: 'post', postalTrackingNo: 'EMS1234567890' })).toEqual(['closed', null]);

    const detail = await getCaseDetail(tdb.prisma, c.id, a.manager);
    expect(detail.state.disposition).toBe('granted');
    expect(detail.row.events.map((e) => e.type)).toEqual([
      'registered',
      'correction_requested',
      'correction_received',
      'consultation_sent',
      'consultation_answered',
      'extension_requested',
      'extension_approved',
      'reply_submitted',
      'reply_returned',
      'reply_submitted',
      'reply_approved',
      'delivered',
    ]);
    expect(detail.row.version).toBe(12);
    expect(detail.row.idNumber).toBe('110***********1237'); // manager sees it masked
    expect((await getCaseDetail(tdb.prisma, c.id, a.clerk)).row.idNumber).toBe('110101199001011237');
    expect(detail.deadlines.trace.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['receipt', 'restart', 'pause', 'count', 'extension']),
    );

    // Afterwards: review, then a suit after review.
    await step('review_filed', '2025-12-01', { body: '示例市人民政府' });
    await step('review_decided', '2025-12-20', { outcome: 'upheld' });
    await step('suit_filed', '2026-01-05', { afterReview: true });
    const appeals = await tdb.prisma.appeal.findMany({ where: { caseId: c.id }, orderBy: { id: 'asc' } });
    expect(appeals.map((x) => [x.kind, x.outcome, x.afterReview])).toEqual([
      ['review', 'upheld', false],
      ['suit', 'pending', true],
    ]);
  });
});

describe('refusals change nothing', () => {
  it('answers wrong role, senseless events and bad fields with the reason', async () => {
    const { case: c } = await createCase(tdb.prisma, letter(), a.clerk);
    const events = () => tdb.prisma.caseEvent.count({ where: { caseId: c.id } });
    const before = await events();
    const attempt = (input: Record<string, unknown>, who: keyof Actors = 'clerk') => recordEvent(tdb.prisma, c.id, input, a[who]);
    await expect(attempt({ type: 'reply_approved', secrecyReviewed: true })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(attempt({ type: 'delivered', method: 'post' })).rejects.toMatchObject({
      kind: 'invalid_state',
      message: expect.stringContaining('不能送达'),
    });
    await expect(attempt({ type: 'extension_approved' }, 'reviewer')).rejects.toMatchObject({
      kind: 'invalid_state',
      message: '没有等待审核的延期申请',
    });
    await expect(attempt({ type: 'extension_requested', on: '2025-10-10', workingDays: 25, reason: '太多' })).rejects.toMatchObject({
      message: '延长期限最长 20 个工作日',
    });
    await expect(attempt({ type: 'extension_requested', on: '2025-10-10', workingDays: 'ten' })).rejects.toThrow(/延长天数须为数字/);
    await expect(attempt({ type: 'teleported' })).rejects.toMatchObject({ kind: 'invalid', field: 'type' });
    await expect(attempt({ type: 'consultation_sent', on: '2025-02-30', party: 'x' })).rejects.toMatchObject({ field: 'on' });
    await expect(attempt({ type: 'consultation_sent', on: '2025-09-01', party: 'x' })).rejects.toThrow(/早于收到申请日期/);
    await expect(attempt({ type: 'reply_submitted', disposition: 'made_up', legalBasis: 'x' })).rejects.toThrow(/不在处理结果目录/);
    await expect(attempt({ type: 'abandoned', reason: 'no_correction' })).rejects.toThrow(/不能视为放弃申请/);
    expect(await events()).toBe(before);
  });

  it('rejects a stale version with a conflict and keeps the first save', async () => {
    const { case: c } = await createCase(tdb.prisma, letter(), a.clerk);
    await recordEvent(tdb.prisma, c.id, { type: 'consultation_sent', on: '2025-10-09', party: '甲公司', version: c.version }, a.clerk);
    await expect(recordEvent(tdb.prisma, c.id, { type: 'withdrawn', on: '2025-10-09', version: c.version }, a.clerk)).rejects.toMatchObject(
      { kind: 'conflict' },
    );
    expect((await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('consulting');
  });

  it('closes a case as abandoned only after the correction limit has passed', async () => {
    const { case: c } = await createCase(tdb.prisma, letter(), a.clerk);
    await recordEvent(
      tdb.prisma,
      c.id,
      { type: 'correction_requested', on: '2025-09-29', items: '请补充', limitOn: '2025-10-20' },
      a.clerk,
    );
    await expect(recordEvent(tdb.prisma, c.id, { type: 'abandoned', on: '2025-10-20', reason: 'no_correction' }, a.clerk)).rejects.toThrow(
      /尚未届满/,
    );
    const r = await recordEvent(tdb.prisma, c.id, { type: 'abandoned', on: '2025-10-21', reason: 'no_correction' }, a.clerk);
    expect([r.case.status, r.case.dispositionCode]).toEqual(['closed', 'abandoned_no_correction']);
  });
});

describe('intake', () => {
  it('numbers cases gap-free per year even when 40 are registered at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => createCase(tdb.prisma, letter({ arrivedOn: '2024-03-01', submittedOn: null }), a.clerk)),
    );
    const numbers = results.map((r) => r.case.trackingNo).sort();
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => `2024-${String(i + 1).padStart(4, '0')}`));
  });

  it('derives the receipt date from the channel and refuses bad input with field messages', async () => {
    const online = await createCase(
      tdb.prisma,
      { ...letter(), channel: 'online', arrivedOn: null, submittedOn: '2025-03-01', confirmedOn: '2025-03-03' },
      a.clerk,
    );
    expect(fromDate(online.case.receivedOn)).toBe('2025-03-03');
    const count = await tdb.prisma.case.count();
    await expect(createCase(tdb.prisma, { ...letter(), channel: 'online', arrivedOn: null }, a.clerk)).rejects.toThrow(/双方确认日期/);
    await expect(createCase(tdb.prisma, { ...letter(), applicant: { kind: 'alien', name: '' } }, a.clerk)).rejects.toThrow(
      /申请人类型无效/,
    );
    await expect(createCase(tdb.prisma, { ...letter(), arrivedOn: '2999-01-01' }, a.clerk)).rejects.toThrow(/晚于今天/);
    await expect(createCase(tdb.prisma, { ...letter(), description: 'a\u0000b' }, a.clerk)).rejects.toThrow(/控制字符/);
    expect(await tdb.prisma.case.count()).toBe(count);
  });

  it('finds cases by a Chinese substring of the name or description, keyset-paged', async () => {
    const hit = await listCases(tdb.prisma, a.clerk, { q: '三丰' });
    expect(hit.items.length).toBeGreaterThan(0);
    expect(hit.items.every((c) => c.applicantName.includes('三丰'))).toBe(true);
    expect((await listCases(tdb.prisma, a.clerk, { q: '安置方案' })).items.length).toBeGreaterThan(0);
    expect((await listCases(tdb.prisma, a.clerk, { q: '不存在的词' })).items).toEqual([]);
    const seen = new Set<number>();
    let cursor: string | undefined;
    do {
      const page = await listCases(tdb.prisma, a.clerk, { limit: 7, cursor, sort: 'due' });
      for (const c of page.items) {
        expect(seen.has(c.id)).toBe(false);
        seen.add(c.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.size).toBe(await tdb.prisma.case.count());
  });

  it('answers the API list with the JSON PostgreSQL builds, the same value as the rows, page after page', async () => {
    const viaRows = async (f: ListFilter) => {
      const { items, nextCursor } = await listCases(tdb.prisma, a.clerk, f);
      return { items: items.map(apiItem), nextCursor };
    };
    for (const sort of ['due', 'received', 'newest'] as const)
      for (const extra of [{}, { q: '三丰' }, { status: 'active' }, { view: 'mine' as const }, { q: '不存在的词' }]) {
        let cursor: string | undefined;
        let pages = 0;
        do {
          const f = { limit: 3, cursor, sort, ...extra };
          const json = JSON.parse(await listCasesJson(tdb.prisma, a.clerk, f)) as { nextCursor: string | null };
          expect(json).toEqual(await viaRows(f));
          cursor = json.nextCursor ?? undefined;
        } while (cursor && ++pages < 50);
      }
    // A drill-down (a Prisma filter) takes the rows path and still answers the same shape.
    const drill = JSON.parse(await listCasesJson(tdb.prisma, a.clerk, { where: { channel: 'letter' }, limit: 2 }));
    expect(drill).toEqual(await viaRows({ where: { channel: 'letter' }, limit: 2 }));
    expect(drill.items[0].receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads a case and its timeline in one statement exactly as Prisma would, on the pool and in a transaction', async () => {
    const include = {
      agency: true,
      assignee: { select: { id: true, name: true } },
      disposition: true,
      events: { orderBy: { id: 'asc' as const }, include: { actor: { select: { name: true, login: true } } } },
    };
    // A fee, an unassigned case and a reply cover the decimal, the null relation and the JSON column.
    const some = await tdb.prisma.case.findMany({ where: { agencyId: a.clerk.agencyId }, orderBy: { id: 'asc' }, select: { id: true } });
    await tdb.prisma.case.update({ where: { id: some[0].id }, data: { feeYuan: '1234567.05', feePaidOn: new Date('2025-10-09') } });
    await tdb.prisma.case.update({ where: { id: some[1].id }, data: { assigneeId: null } });
    const cases = await tdb.prisma.case.findMany({ where: { agencyId: a.clerk.agencyId }, include, orderBy: { id: 'asc' } });
    expect(cases.some((c) => c.disposition && c.reply && c.events.length > 3)).toBe(true);
    for (const c of cases) {
      expect(await readCaseRow(tdb.prisma, c.id, c.agencyId)).toEqual(c);
      expect(await tdb.prisma.$transaction((tx) => readCaseRow(tx, c.id, c.agencyId))).toEqual(c);
    }
    expect(String((await readCaseRow(tdb.prisma, some[0].id, a.clerk.agencyId))!.feeYuan)).toBe('1234567.05');
    expect(await readCaseRow(tdb.prisma, some[0].id, a.clerk.agencyId + 999)).toBeNull(); // another office's number
    // In a transaction it reads on the transaction's own connection: it sees the uncommitted change.
    const seen = await tdb.prisma
      .$transaction(async (tx) => {
        await tx.case.update({ where: { id: some[0].id }, data: { topic: '事务内' } });
        throw new Error((await readCaseRow(tx, some[0].id, a.clerk.agencyId))!.topic!);
      })
      .catch((e: Error) => e.message);
    expect(seen).toBe('事务内');
    expect((await readCaseRow(tdb.prisma, some[0].id, a.clerk.agencyId))!.topic).not.toBe('事务内');
  });

  it("reads a case's letters and files in the statement that reads the case, as Prisma would", async () => {
    const [c] = await tdb.prisma.case.findMany({ where: { agencyId: a.clerk.agencyId }, orderBy: { id: 'asc' }, take: 1 });
    const doc = (kind: string, seq: number, extra: object) =>
      tdb.prisma.document.create({
        data: {
          agencyId: c.agencyId,
          caseId: c.id,
          kind,
          cls: 9,
          year: 2099,
          seq,
          docNo: `测〔2099〕${seq}号`,
          file: Buffer.from('x'),
          ...extra,
        },
      });
    await doc('reply_letter', 1, {
      issuedById: a.clerk.userId,
      letterDate: new Date('2025-10-09'),
      lateReason: '系统故障',
      addressee: '李四',
    });
    await doc('receipt', 2, {});
    const file = { agencyId: c.agencyId, caseId: c.id, contentType: 'application/pdf', size: 1, sha256: 'x', data: Buffer.from('x') };
    await tdb.prisma.attachment.create({ data: { ...file, kind: 'scan', fileName: '来信扫描件.pdf' } });
    await tdb.prisma.attachment.create({ data: { ...file, kind: 'id_copy', fileName: '身份证.pdf' } });

    const read = (await readCaseRow(tdb.prisma, c.id, c.agencyId, { papers: true }))!;
    const docs = await tdb.prisma.document.findMany({
      where: { caseId: c.id },
      orderBy: { id: 'desc' },
      select: {
        ...{ id: true, kind: true, docNo: true, version: true, issuedAt: true, letterDate: true, addressee: true, lateReason: true },
        issuedBy: { select: { name: true } },
      },
    });
    expect(read.papers!.documents).toEqual(docs);
    expect(read.papers!.documents.length).toBeGreaterThanOrEqual(2);
    expect(read.papers!.documents.find((d) => d.kind === 'reply_letter')).toMatchObject({
      issuedBy: { name: expect.any(String) },
      lateReason: '系统故障',
    });
    const files = await tdb.prisma.attachment.findMany({
      where: { caseId: c.id },
      orderBy: { id: 'asc' },
      select: { id: true, kind: true, fileName: true },
    });
    expect(read.papers!.attachments).toEqual(files);
    expect(files.map((f) => f.fileName)).toEqual(['来信扫描件.pdf', '身份证.pdf']);
    // Without the option the case reads as before; the page's detail carries them.
    expect(await readCaseRow(tdb.prisma, c.id, c.agencyId)).not.toHaveProperty('papers');
    expect((await getCaseDetail(tdb.prisma, c.id, a.clerk)).papers).toEqual(read.papers);
    // A case with none has empty lists, not nulls.
    const other = await tdb.prisma.case.findFirstOrThrow({ where: { agencyId: a.clerk.agencyId, documents: { none: {} } } });
    expect((await readCaseRow(tdb.prisma, other.id, other.agencyId, { papers: true }))!.papers).toEqual({ documents: [], attachments: [] });
  });

  it('keeps the timeline append-only at the database', async () => {
    await expect(tdb.prisma.caseEvent.updateMany({ data: { type: 'forged' } })).rejects.toThrow();
    await expect(tdb.prisma.caseEvent.deleteMany({})).rejects.toThrow();
  });
});
