// The rules of a case hold through the domain API, on a real database: each walk-around reported
// against round one is refused with a Chinese reason, and nothing is saved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/cases/create-case';
import { listCases } from '@/lib/cases/list-cases';
import { loadCase } from '@/lib/cases/load-case';
import { recordEvent } from '@/lib/cases/record-event';
import { getCaseDetail } from '@/lib/cases/queries';
import { availableSteps, STEP_TYPES } from '@/lib/cases/steps';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { addDays, todayInChina } from '@/lib/shared/dates';
import { asDomainError } from '@/lib/shared/errors';
import { changeRole, createUser } from '@/lib/users/manage-users';
import { demoForFile, type Actors } from '../helpers/actors';

const { tdb, a } = demoForFile();

const CHINESE = /[\u4e00-\u9fff]/;
const today = todayInChina();
const recent = addDays(today, -3);
const newCase = () =>
  createCase(
    tdb.prisma,
    {
      channel: 'in_person',
      arrivedOn: recent,
      applicant: { kind: 'natural', name: '李四' },
      description: '某项目环评批复',
    },
    a.clerk,
  ).then((r) => r.case);
const ev = (id: number, input: Record<string, unknown>, who: keyof Actors = 'clerk') => recordEvent(tdb.prisma, id, input, a[who]);
const count = (caseId: number) => tdb.prisma.caseEvent.count({ where: { caseId } });

async function refused(p: Promise<unknown>, kind: string, message?: RegExp) {
  const err = await p.then(
    () => null,
    (e) => e,
  );
  const d = asDomainError(err);
  expect(d, `expected a refusal, got ${String(err)}`).not.toBeNull();
  expect(d!.kind).toBe(kind);
  expect(d!.message).toMatch(message ?? CHINESE);
}

describe('walk-arounds of round one', () => {
  it('refuses a fee payment where no fee was set, and abandonment for no fee without a fee notice', async () => {
    const c = await newCase();
    const n = await count(c.id);
    await refused(ev(c.id, { type: 'fee_paid', amountYuan: 999999.99 }), 'invalid_state', /未收取信息处理费|不能登记缴纳/);
    await ev(c.id, { type: 'reply_submitted', disposition: 'granted', legalBasis: '第三十六条', items: ['某信息'] });
    await refused(ev(c.id, { type: 'abandoned', reason: 'no_fee' }), 'invalid_state', /不能视为放弃/);
    expect(await count(c.id)).toBe(n + 1);
    expect((await tdb.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).feeYuan).toBeNull();
  });

  it('never lets the submitter approve their own reply, even after an admin makes them a reviewer', async () => {
    const c = await newCase();
    await ev(c.id, { type: 'reply_submitted', disposition: 'granted', legalBasis: '第三十六条', items: ['某信息'] });
    await changeRole(tdb.prisma, 'clerk', 'reviewer', a.admin.userId);
    try {
      const promoted = { ...a.clerk, role: 'reviewer' as const };
      await refused(
        recordEvent(tdb.prisma, c.id, { type: 'reply_approved', secrecyReviewed: true }, promoted),
        'invalid_state',
        /不能审核自己提交的答复/,
      );
      await refused(
        recordEvent(tdb.prisma, c.id, { type: 'reply_returned', comment: '自己退回' }, promoted),
        'invalid_state',
        /不能审核自己/,
      );
      const { state } = await loadCase(tdb.prisma, c.id, a.clerk.agencyId);
      expect(availableSteps(state, promoted, { today, calendar: await loadCalendar(tdb.prisma) })).not.toContain('reply_approved');
      await ev(c.id, { type: 'reply_approved', secrecyReviewed: true }, 'reviewer');
      const actors = (
        await tdb.prisma.caseEvent.findMany({
          where: { caseId: c.id, type: { in: ['reply_submitted', 'reply_approved'] } },
          orderBy: { id: 'asc' },
        })
      ).map((e) => e.actorId);
      expect(actors).toEqual([a.clerk.userId, a.reviewer.userId]);
    } finally {
      await changeRole(tdb.prisma, 'clerk', 'clerk', a.admin.userId);
    }
  });

  it('answers prototype keys, impossible and far dates as bad input, never a crash or a stall', async () => {
    const c = await newCase();
    const n = await count(c.id);
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) await refused(ev(c.id, { type }), 'invalid');
    await refused(ev(c.id, { type: 'consultation_sent', on: '2026-02-30', party: '甲' }), 'invalid');
    await refused(
      ev(c.id, { type: 'correction_requested', items: '补正', limitOn: '9999-12-31', lateReason: '迟' }),
      'invalid_state',
      /不能超过本步骤日期后一年/,
    );
    await refused(
      ev(c.id, { type: 'reasons_requested', count: 40, periodFrom: '2025-01-01', periodTo: today, answerBy: '3000-01-01' }),
      'invalid_state',
      /不能超过本步骤日期后一年/,
    );
    await refused(ev(c.id, { type: 'consultation_sent', on: addDays(today, 1), party: '甲' }), 'invalid_state', /晚于今天/);
    expect(await count(c.id)).toBe(n);
  });

  it('reads lists with impossible dates, cursors and NUL bytes as plain filters', async () => {
    const actor = a.clerk;
    await expect(listCases(tdb.prisma, actor, { dueBefore: '2026-02-30' })).resolves.toHaveProperty('items');
    await expect(listCases(tdb.prisma, actor, { cursor: '2026-02-30|1', sort: 'due' })).resolves.toHaveProperty('items');
    await expect(listCases(tdb.prisma, actor, { q: '李\u0000四' })).resolves.toHaveProperty('items');
  });

  it('answers ten simultaneous creations of one login with one user and nine conflicts', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        createUser(tdb.prisma, { login: 'racer', name: '竞速', role: 'clerk', password: 'longenough123' }, a.admin.userId),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected'))
      expect(asDomainError(r.reason)?.kind).toBe('conflict');
  });
});

describe('the step table on a real database', () => {
  it('accepts every offered step and refuses every other with 403/409 and saves nothing', async () => {
    const who: (keyof Actors)[] = ['clerk', 'reviewer', 'manager', 'handler', 'leader'];
    const departments = (await tdb.prisma.department.findMany({ where: { agencyId: a.clerk.agencyId } })).map((d) => d.id);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ who: fc.nat(who.length - 1), type: fc.nat(STEP_TYPES.length - 1), follow: fc.boolean() }), {
          minLength: 4,
          maxLength: 12,
        }),
        async (moves) => {
          const c = await newCase();
          for (const m of moves) {
            const actor = a[who[m.who]];
            // What the case page offers this actor (a handler sees the case only once it is routed to them).
            const detail = await getCaseDetail(tdb.prisma, c.id, actor).catch(() => null);
            const offer = detail?.actions ?? [];
            // A careful clerk routes to the departments that don't have the case already.
            const free = departments.filter((id) => !detail?.routes.some((r) => r.department.id === id && r.status !== 'returned'));
            const type = m.follow && offer.length ? offer[m.type % offer.length].type : STEP_TYPES[m.type];
            const offered = offer.find((o) => o.type === type);
            const data: Record<string, unknown> = {
              // A list where the step takes one (the reply, a department's opinion), text for a correction request.
              items: type === 'reply_submitted' || type === 'opinion_submitted' || type === 'counter_reply' ? ['某信息'] : '请补正',
              limitOn: addDays(today, 10),
              lateReason: '',
              party: '甲公司',
              workingDays: 5,
              reason: type === 'abandoned' ? 'no_correction' : '需要时间',
              dueOn: type === 'routed' ? undefined : addDays(today, 30),
              comment: '同意',
              disposition: 'granted',
              legalBasis: '第三十六条',
              method: 'post',
              outcome: 'upheld',
              afterReview: false,
              publicInterest: '公共利益',
              count: 40,
              periodFrom: addDays(today, -60),
              periodTo: today,
              answerBy: addDays(today, 10),
              content: '研究所需',
              departments: free.length ? free : departments,
              secrecyReviewed: true,
              note: '经查，本部门保存该文件',
              question: '请提供该文件',
              routesNote: '已电话确认，部门无异议',
              answer: '已当场提供',
            };
            const before = await count(c.id);
            const r = await recordEvent(tdb.prisma, c.id, { type, on: offered?.on, ...data }, actor).then(
              () => null,
              (e) => e,
            );
            if (offered) expect(r, `${type} offered to ${actor.role} but refused: ${r}`).toBeNull();
            else {
              expect(['forbidden', 'invalid_state', ...(actor.role === 'handler' ? ['not_found'] : [])]).toContain(asDomainError(r)?.kind);
              expect(String(r?.message)).toMatch(CHINESE);
              expect(await count(c.id)).toBe(before);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
