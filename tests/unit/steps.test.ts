// The step table, walked at random: what the case page offers and what the API accepts are the
// same set, whatever the history, the actor and the regime.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar } from '@/lib/deadlines/calendar';
import { RULES } from '@/lib/deadlines/compute-deadlines';
import { initialState, type CaseState } from '@/lib/cases/case-state';
import { offeredSteps, replay, STEP_TYPES, summarizeStep, takeStep, whyNot, type StepActor, type StepType } from '@/lib/cases/steps';
import { addDays, type IsoDate } from '@/lib/shared/dates';
import { asDomainError } from '@/lib/shared/errors';
import { deadlinesOf } from '@/lib/cases/case-state';
import { objectingParties } from '@/lib/cases/third-parties';
import { discloses, isAbandonment } from '@/lib/cases/dispositions';
import { offeredDocuments, replyKindFor } from '@/lib/documents/offer';
import { KINDS } from '@/lib/documents/catalog';
import { AFTER_ENDING, WHEN } from '@/lib/documents/letter-rules';
import { replyDispositions } from '@/lib/cases/dispositions';

const cal = new Calendar();
const DISPOSITIONS = [
  'granted',
  'partial',
  'not_held',
  'deny_state_secret',
  'amend_requested',
  'unclear_after_correction',
  'duplicate',
  'mass',
  'abandoned_no_fee',
  'rectified',
  'rectify_refused',
  'rectify_referred',
];
const ACTORS: StepActor[] = [
  { userId: 1, role: 'clerk' },
  { userId: 2, role: 'clerk' },
  { userId: 3, role: 'reviewer' },
  { userId: 4, role: 'reviewer' },
  { userId: 1, role: 'reviewer' }, // the first clerk after an admin made them a reviewer
  { userId: 5, role: 'manager' },
  { userId: 6, role: 'admin' },
  { userId: 7, role: 'handler', departmentId: 11 },
  { userId: 8, role: 'handler', departmentId: 12 },
  { userId: 9, role: 'handler', departmentId: 99 }, // a department of another office: never routed to
  { userId: 10, role: 'leader' },
  { userId: 3, role: 'leader' }, // the first reviewer, now a leader: may not sign what they approved
];
const CHINESE = /[\u4e00-\u9fff]/;
const catchOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return e;
  }
};

/** Data a careful clerk would enter for this step now (valid wherever the step can be taken). */
function validData(s: CaseState, type: StepType, on: IsoDate, pick: number): Record<string, unknown> {
  switch (type) {
    case 'correction_requested':
      return { items: '请写明所需信息的年份', limitOn: addDays(on, 1 + (pick % 60)), lateReason: '承办人病假' };
    case 'consultation_sent':
      return { party: ['甲公司', '乙公司', '某局'][pick % 3], partyKind: pick % 3 === 2 ? 'agency' : 'third_party' };
    case 'consultation_answered':
      return { objection: pick % 2 === 0 };
    case 'extension_requested':
      return { workingDays: 1 + (pick % RULES[s.regime].maxExtension), reason: '需调取档案' };
    case 'custom_deadline_requested':
      return { dueOn: addDays(on, 1 + (pick % 300)), reason: '需调取大量档案' };
    case 'reasons_requested':
      return { count: 30 + (pick % 50), periodFrom: addDays(on, -90), periodTo: on, answerBy: addDays(on, 1 + (pick % 30)) };
    case 'reasons_received':
      return { content: '为研究本地征收补偿政策所需' };
    case 'fee_waived':
      return { reason: '申请人为低保户' };
    case 'routed': {
      const free = [11, 12].filter((id) => !s.routes.some((r) => r.department === id && r.status !== 'returned'));
      return { departments: pick % 2 && free.length > 1 ? free : [free[pick % free.length]], question: '请提供该规划的批复文件' };
    }
    case 'route_returned':
      return { reason: '不属于本部门职责' };
    case 'opinion_submitted':
      return { disposition: ownKind(s)[pick % ownKind(s).length], note: '经查，本部门保存该文件', items: ['某批复'] };
    case 'reply_approved':
      return { secrecyReviewed: true };
    case 'review_filed':
      return pick % 3 ? { noticeReceivedOn: on } : {};
    case 'extension_refused':
    case 'custom_deadline_refused':
    case 'reply_returned':
      return { comment: '理由不充分' };
    case 'reply_submitted': {
      const ok = ownKind(s).filter(
        (d) =>
          d !== 'abandoned_no_fee' &&
          (d !== 'amend_requested' || s.regime === '2007') &&
          (d !== 'mass' || (s.regime === '2019' && !!s.reasonsRequest && (!!s.reasonsAnswer || on > s.reasonsRequest.answerBy))) &&
          (d !== 'unclear_after_correction' || s.corrections.some((c) => c.receivedOn)),
      );
      const disposition = ok[pick % ok.length];
      const fee =
        s.regime === '2019' && (disposition === 'granted' || disposition === 'partial') && pick % 3 === 0
          ? { basis: 'items', count: 11 }
          : null;
      // Art. 32: a full disclosure overrides every objection; a partial one overrides some or none.
      const objecting = objectingParties(s);
      const overrides = disposition === 'granted' ? objecting : disposition === 'partial' && pick % 2 ? objecting : [];
      return {
        disposition,
        legalBasis: '《条例》第三十六条',
        items: ['某文件'],
        form: 'paper',
        fee,
        reasons: '依法说明的理由',
        withheld: '个人信息',
        referTo: disposition === 'rectify_referred' ? { name: '示例市不动产登记中心', contact: '' } : null,
        overrides,
        publicInterest: '公共利益',
        routesNote: s.routes.some((r) => r.status === 'routed' || r.status === 'accepted') ? '已电话确认，部门无异议' : '',
      };
    }
    case 'delivered':
      return { method: 'post', postalTrackingNo: 'EMS1' };
    case 'counter_reply':
      return {
        disposition: ['published', 'granted', 'not_this_agency'][pick % 3],
        answer: '已当场告知获取途径',
        items: ['某文件'],
        referToName: '某局',
        secrecyReviewed: true,
      };
    case 'fee_paid':
      return { amountYuan: s.reply?.feeYuan ?? 1 };
    case 'abandoned':
      return { reason: s.status === 'correction' ? 'no_correction' : 'no_fee' };
    case 'review_decided':
    case 'suit_decided':
      return { outcome: ['upheld', 'corrected', 'other', 'pending'][pick % 4] };
    case 'suit_filed':
      return { afterReview: s.appeals.some((a) => a.kind === 'review') && pick % 2 === 0, ...(pick % 3 ? { noticeReceivedOn: on } : {}) };
    default:
      return {};
  }
}

/** Random histories: each move an actor, a step type (or one of those offered), a gap in days, a choice. */
/** The outcomes a request of this kind can end with (更正申请: its own three). */
const ownKind = (s: CaseState) => DISPOSITIONS.filter((d) => d.startsWith('rectif') === !!s.rectification);

const walkOf = (actors: number, types: number, maxGap: number, follow: fc.Arbitrary<boolean>, maxLength = 40) =>
  fc.record({
    receivedOn: fc.integer({ min: 0, max: 365 * 9 }).map((n) => addDays('2017-01-01', n)),
    signoff: fc.boolean(),
    /** One history in five is a request to correct information (更正申请, art. 41). */
    rectification: fc.nat(4).map((n) => n === 0),
    moves: fc.array(
      fc.record({
        actor: fc.nat(actors - 1),
        type: fc.nat(types - 1),
        gap: fc.nat(maxGap),
        pick: fc.nat(1000),
        garbage: fc.boolean(),
        follow,
      }),
      { maxLength },
    ),
  });

/** The office of the random histories: two departments, 5 working days to answer, 签发 or not. */
const officeWith = (signoffRequired: boolean) => ({
  departments: new Map([
    [11, '规划科'],
    [12, '不动产登记科'],
  ]),
  routeWorkdays: 5,
  signoffRequired,
});

const REPLY_LETTERS = new Set(KINDS.filter((k) => k.to === 'applicant' && k.remedy === 'reply').map((k) => k.id));
let lettersChecked = 0;

/**
 * The letters the file supports never contradict it: after a withdrawal or abandonment only the
 * letters of the ending; a reply letter only for the approved reply's own disposition; the
 * disclosure decision only to a party the reply overrides, the outcome only to an objecting party
 * it doesn't — never both to one party.
 */
function lettersAgreeWithFile(s: CaseState, signoff = false) {
  const offered = offeredDocuments(s, deadlinesOf(cal, s), 'letter', { signoffRequired: signoff });
  lettersChecked += offered.length;
  const kinds = offered.map((d) => d.kind);
  if (s.withdrawnOn || isAbandonment(s.disposition)) for (const k of kinds) expect(AFTER_ENDING, k).toContain(k);
  for (const k of kinds.filter((x) => x.startsWith('abandoned_'))) expect(k).toBe(s.disposition);
  const replies = kinds.filter((k) => REPLY_LETTERS.has(k) && !AFTER_ENDING.has(k));
  expect(replies.length).toBeLessThanOrEqual(1);
  if (replies.length) {
    expect(s.approvedOn).not.toBeNull();
    expect(replies[0]).toBe(replyKindFor(s.reply?.disposition));
    // Where the office requires 签发, no reply letter before the leader signed (dated that day).
    if (signoff) expect(s.signed).not.toBeNull();
  }
  // 签发: never by who submitted or approved the reply; no delivery unsigned where it is required.
  if (s.signed) expect([s.reply?.by, s.approvedBy]).not.toContain(s.signed.by);
  if (signoff && s.delivery && s.approvedOn) expect(s.signed).not.toBeNull();
  // 保密审查: an approved reply that discloses anything was checked first.
  if (s.approvedOn && s.reply && discloses(s.reply.disposition)) expect(s.secrecyReviewedOn).toBe(s.approvedOn);
  const overrides = s.reply?.overrides ?? [];
  const objecting = objectingParties(s);
  for (const d of offered) {
    if (d.kind === 'disclosure_notice_third_party') expect(overrides).toContain(d.party);
    if (d.kind === 'third_party_outcome') {
      expect(objecting).toContain(d.party);
      expect(overrides).not.toContain(d.party);
    }
  }
  // Art. 35 and the fee (109号): no outcome without its history.
  if (kinds.includes('noproc_mass')) expect(s.reasonsRequest).not.toBeNull();
  if (kinds.includes('custom_deadline_notice')) expect(s.reasonsAnswer).not.toBeNull();
  if (s.disposition === 'abandoned_no_fee') expect(s.feeNoticeServedOn).toBeTruthy();
  if (s.delivery && s.reply?.feeYuan) expect(!!s.feePaid || !!s.feeWaived).toBe(true);
  const told = (kind: string) => new Set(offered.filter((d) => d.kind === kind).map((d) => d.party));
  for (const p of told('disclosure_notice_third_party')) expect(told('third_party_outcome').has(p)).toBe(false);
}

describe('the letter table', () => {
  it('has exactly one rule for every letter kind of the catalogue, and a letter for every reply disposition', () => {
    expect(Object.keys(WHEN).sort()).toEqual(KINDS.map((k) => k.id).sort());
    for (const code of replyDispositions('2019').concat(replyDispositions('2007')))
      if (code !== 'other')
        expect(
          KINDS.map((k) => k.id),
          code,
        ).toContain(replyKindFor(code));
  });
});

/**
 * Walks random histories through the step table and checks, at every move: a step is offered
 * exactly when it is accepted, letters agree with the file, a handler acts only for their own
 * department, and the stored timeline replays to the same state.
 */
function explore(actors: StepActor[], types: readonly StepType[], walk: ReturnType<typeof walkOf>, numRuns: number) {
  let taken = 0;
  let refused = 0;
  const takenByType = new Map<string, number>();
  fc.assert(
    fc.property(walk, ({ receivedOn, signoff, rectification, moves }) => {
      let s: CaseState = rectification ? { ...initialState(receivedOn), rectification } : initialState(receivedOn);
      let today = receivedOn;
      // The registration is what makes it a 更正申请 on replay.
      const recorded: { type: string; on: IsoDate; data: unknown; actorId: number }[] = rectification
        ? [{ type: 'registered', on: receivedOn, data: { requestKind: 'rectification' }, actorId: 1 }]
        : [];
      for (const m of moves) {
        today = addDays(today, m.gap);
        const actor = actors[m.actor];
        const ctx = { today, calendar: cal, dispositions: new Set(DISPOSITIONS), office: officeWith(signoff) };
        const offer = offeredSteps(s, actor, ctx).filter((o) => types.includes(o.type));
        // Half the moves follow what is offered (so histories get deep), half try anything.
        const type = m.follow && offer.length ? offer[m.type % offer.length].type : types[m.type];
        const offered = offer.find((o) => o.type === type);
        // An offered step is taken on the date it is offered for; any other is tried today.
        const on = offered?.on ?? today;
        const data =
          m.garbage && !offered ? { items: 42, limitOn: '9999-99-99', disposition: {}, amountYuan: -1 } : validData(s, type, on, m.pick);
        try {
          const r = takeStep(s, type, on, data, actor, ctx);
          expect(offered, `${type} by ${actor.role}#${actor.userId} was accepted but not offered`).toBeDefined();
          s = r.state;
          recorded.push({ type, on, data: r.data, actorId: actor.userId });
          taken++;
          takenByType.set(type, (takenByType.get(type) ?? 0) + 1);
          lettersAgreeWithFile(s, signoff);
          // A handler acts only on their own department's routing.
          if (actor.role === 'handler') expect(s.routes.map((r) => r.department)).toContain(actor.departmentId);
          // Sometimes the clerk issues the fee notice the file now supports (replay notes it).
          if (
            m.pick % 2 &&
            !s.issued.fee_notice &&
            offeredDocuments(s, deadlinesOf(cal, s), 'letter', { signoffRequired: signoff }).some((d) => d.kind === 'fee_notice')
          ) {
            const issued = {
              type: 'document_issued',
              on: today,
              data: { kind: 'fee_notice', docNo: '测试收〔2026〕1号' },
              actorId: actor.userId,
            };
            recorded.push(issued);
            s = { ...s, issued: { ...s.issued, fee_notice: { on: today, docNo: '测试收〔2026〕1号' } } };
          }
        } catch (err) {
          const e = asDomainError(err);
          expect(e, String(err)).not.toBeNull();
          expect(offered, `${type} by ${actor.role}#${actor.userId} was offered but refused: ${e?.message}`).toBeUndefined();
          // Not offered: refused today and on the latest step's date alike.
          expect(
            whyNot(s, type, actor, s.lastOn, ctx) ?? asDomainError(catchOf(() => takeStep(s, type, s.lastOn, data, actor, ctx))),
          ).not.toBeNull();
          expect(['forbidden', 'invalid_state']).toContain(e!.kind);
          expect(e!.message).toMatch(CHINESE);
          refused++;
        }
      }
      // The stored timeline replays to the same state the steps produced.
      expect(replay(receivedOn, recorded)).toEqual(s);
    }),
    { numRuns },
  );
  return { taken, refused, takenByType };
}

describe('the step table', () => {
  it('offers exactly the steps it accepts, over thousands of random histories', () => {
    const { taken, refused } = explore(ACTORS, STEP_TYPES, walkOf(ACTORS.length, STEP_TYPES.length, 25, fc.boolean()), 4000);
    expect(taken).toBeGreaterThan(2_000);
    expect(refused).toBeGreaterThan(10_000);
    expect(lettersChecked).toBeGreaterThan(5_000);
  });

  it("holds through internal handling: routings, 签收, 退回, opinions, 会签, 签发 and the appeals' answers", () => {
    // The office's people only, days apart rather than weeks, and mostly what is offered: deep histories.
    const staff = ACTORS.filter((a) => a.role !== 'manager' && a.role !== 'admin');
    const onward = STEP_TYPES.filter(
      (t) => !/^(withdrawn|abandoned|correction_|consultation_|reasons_|extension_|custom_deadline_)/.test(t),
    );
    const { takenByType } = explore(
      staff,
      onward,
      walkOf(
        staff.length,
        onward.length,
        3,
        fc.nat(9).map((n) => n > 0),
        80,
      ),
      3000,
    );
    for (const t of ['routed', 'route_accepted', 'route_returned', 'opinion_submitted', 'reply_signed', 'delivered'])
      expect(takenByType.get(t) ?? 0, `${t}: ${JSON.stringify([...takenByType])}`).toBeGreaterThan(0);
  });

  it('never lets the submitter decide on their own reply, extension or art. 35 deadline', () => {
    const clerk: StepActor = { userId: 1, role: 'clerk' };
    const promoted: StepActor = { userId: 1, role: 'reviewer' };
    const other: StepActor = { userId: 3, role: 'reviewer' };
    const ctx = { today: '2025-10-10', calendar: cal };
    let s = initialState('2025-10-09');
    s = takeStep(s, 'extension_requested', '2025-10-10', { workingDays: 5, reason: '调取档案' }, clerk, ctx).state;
    const facts = { count: 40, periodFrom: '2025-07-01', periodTo: '2025-10-09', answerBy: '2025-10-20' };
    s = takeStep(s, 'reasons_requested', '2025-10-10', facts, clerk, ctx).state;
    s = takeStep(s, 'reasons_received', '2025-10-10', { content: '研究所需' }, clerk, ctx).state;
    s = takeStep(s, 'custom_deadline_requested', '2025-10-10', { dueOn: '2026-03-01', reason: '数量大' }, clerk, ctx).state;
    s = takeStep(
      s,
      'reply_submitted',
      '2025-10-10',
      { disposition: 'granted', legalBasis: '第三十六条', items: ['某文件'], form: 'paper' },
      clerk,
      ctx,
    ).state;
    for (const t of [
      'reply_approved',
      'reply_returned',
      'extension_approved',
      'extension_refused',
      'custom_deadline_approved',
      'custom_deadline_refused',
    ] as const) {
      expect(whyNot(s, t, promoted, '2025-10-10', ctx)?.message, t).toMatch(/不能审核自己/);
      expect(whyNot(s, t, other, '2025-10-10', ctx), t).toBeNull();
    }
  });
});

describe('letters to the applicant and to each third party (art. 32)', () => {
  const thirdPartyHistory = fc.record({
    regime: fc.constantFrom('2019', '2007'),
    parties: fc.array(fc.record({ objection: fc.boolean(), overridden: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    disposition: fc.constantFrom('granted', 'partial', 'deny_trade_secret', 'deny_privacy', 'not_held'),
    publicInterest: fc.boolean(),
    ending: fc.constantFrom('none', 'withdrawn', 'delivered'),
  });
  const clerk = ACTORS[0];
  const reviewer = ACTORS[2];

  it('never tell a party its information was disclosed while the applicant is told it was withheld, or the reverse', () => {
    let approved = 0;
    fc.assert(
      fc.property(thirdPartyHistory, ({ regime, parties, disposition, publicInterest, ending }) => {
        const receivedOn = regime === '2019' ? '2025-09-26' : '2019-03-04';
        let s = initialState(receivedOn);
        let day = receivedOn;
        const step = (type: StepType, data: Record<string, unknown>, actor = clerk) => {
          day = addDays(day, 1);
          s = takeStep(s, type, day, data, actor, { today: day, calendar: cal, dispositions: new Set([disposition]) }).state;
        };
        const names = parties.map((_, i) => `第三方${i + 1}`);
        parties.forEach((p, i) => {
          step('consultation_sent', { party: names[i], partyKind: 'third_party' });
          step('consultation_answered', { objection: p.objection });
        });
        const overrides = names.filter((_, i) => parties[i].objection && parties[i].overridden);
        const data = {
          disposition,
          legalBasis: '依法审查',
          items: ['某文件'],
          form: 'paper',
          reasons: '依法说明的理由',
          withheld: '第三方的报价',
          overrides,
          ...(publicInterest ? { publicInterest: '公共利益' } : {}),
        };
        const error = asDomainError(catchOf(() => step('reply_submitted', data)));
        const objecting = names.filter((_, i) => parties[i].objection);
        const mustRefuse =
          (overrides.length > 0 && !publicInterest) ||
          (overrides.length > 0 && !['granted', 'partial'].includes(disposition)) ||
          (disposition === 'granted' && objecting.some((p) => !overrides.includes(p)));
        expect(!!error, error?.message ?? `${disposition} ${JSON.stringify(overrides)}`).toBe(mustRefuse);
        if (error) {
          expect(error.message).toMatch(CHINESE);
          return;
        }
        lettersAgreeWithFile(s);
        step('reply_approved', { secrecyReviewed: true }, reviewer);
        approved++;
        if (ending === 'withdrawn') step('withdrawn', {});
        if (ending === 'delivered') step('delivered', { method: 'post' });
        lettersAgreeWithFile(s);
        const offered = offeredDocuments(s, deadlinesOf(cal, s), 'letter');
        if (ending === 'withdrawn') return;
        // Each objecting party gets exactly one of the two letters, the one that matches the reply.
        for (const p of objecting) {
          const kinds = offered.filter((d) => d.party === p).map((d) => d.kind);
          expect(kinds).toContain(overrides.includes(p) ? 'disclosure_notice_third_party' : 'third_party_outcome');
          expect(kinds).not.toContain(overrides.includes(p) ? 'third_party_outcome' : 'disclosure_notice_third_party');
        }
        // A party that did not object gets neither.
        for (const p of names.filter((n) => !objecting.includes(n)))
          expect(offered.filter((d) => d.party === p && d.kind !== 'consult_third_party' && d.kind !== 'consult_confirmation')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(approved).toBeGreaterThan(300);
  });
});

describe('timeline lines', () => {
  it('a 部分公开 reply says what was withheld as well as what was released (issue 28 point 11)', () => {
    const line = summarizeStep(
      'reply_submitted',
      {
        disposition: 'partial',
        legalBasis: '第三十七条',
        items: ['征收补偿安置方案'],
        withheld: '被征收户的身份证号码',
        reasons: '涉及个人隐私',
      },
      () => '部分公开',
    );
    expect(line).toBe('部分公开；依据：第三十七条；公开：征收补偿安置方案；不予公开：被征收户的身份证号码；理由：涉及个人隐私');
  });
});
