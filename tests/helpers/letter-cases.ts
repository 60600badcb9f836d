// Realistic cases that reach the point where each kind of letter is issued, under either regime.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createCase } from '@/lib/cases/create-case';
import { recordEvent } from '@/lib/cases/record-event';
import { issueDocument } from '@/lib/documents/issue-document';
import type { Actors } from './actors';

/** The fixtures' cases happened months ago, so their letters are 补录 and say so. */
export const BACKDATED = { backdateReason: '案卷整理时补出' };

export type Regime = '2007' | '2019';
export type Who = 'natural' | 'org';

const REASONS = '该信息涉及的地块尚在审批过程中，相关材料属于过程性信息';
const REPLY: Record<string, Record<string, unknown>> = {
  granted: { items: ['征收补偿安置方案', '征地批复'] },
  published: { note: '该信息已在本机关门户网站“政府信息公开”栏目公开，网址：http://example.gov.cn/xxgk' },
  partial: { items: ['征收补偿安置方案'], withheld: '被征收户的身份证号码和银行账号', reasons: '涉及个人隐私，第三方不同意公开' },
  not_this_agency: { referTo: { name: '示例市住房和城乡建设局', contact: '010-11111111' }, reasons: '该信息由住建部门制作并保存' },
  // 更正申请 (art. 41): what was corrected; where it went.
  rectified: { items: ['征收补偿安置方案中申请人的房屋面积由85平方米更正为95平方米'] },
  rectify_referred: { referTo: { name: '示例市不动产登记中心', contact: '010-33333333' } },
};

export function letterCases(db: PrismaClient, a: Actors) {
  const ev = (id: number, type: string, on: string, data: Record<string, unknown> = {}, who: keyof Actors = 'clerk') =>
    recordEvent(db, id, { type, on, ...data }, a[who]);

  /** 2019: received Friday 2025-09-26; 2007: received Monday 2019-03-04. */
  async function newCase(regime: Regime = '2019', who: Who = 'natural', over: Record<string, unknown> = {}) {
    const applicant =
      who === 'natural'
        ? {
            kind: 'natural',
            name: '张三丰',
            idType: '居民身份证',
            idNumber: '110101199001011237',
            phone: '13800000000',
            address: '北京市东城区某街1号',
            postcode: '100010',
          }
        : {
            kind: 'commercial',
            name: '示例置地有限公司',
            orgCode: '91110000MA01ABCD3U',
            contactPerson: '李经理',
            phone: '010-22222222',
            address: '示例市西路8号',
            postcode: '100020',
          };
    const { case: c } = await createCase(
      db,
      {
        channel: 'letter',
        arrivedOn: regime === '2019' ? '2025-09-26' : '2019-03-04',
        applicant,
        description: '某地块征收补偿安置方案。',
        ...over,
      },
      a.clerk,
    );
    return c;
  }
  const d = (regime: Regime, iso2019: string, iso2007: string) => (regime === '2019' ? iso2019 : iso2007);

  async function reply(id: number, regime: Regime, disposition: string, extra: Record<string, unknown> = {}) {
    await ev(id, 'reply_submitted', d(regime, '2025-10-09', '2019-03-11'), {
      disposition,
      legalBasis: '依法审查',
      reasons: REASONS,
      ...REPLY[disposition],
      ...extra,
    });
    await ev(id, 'reply_approved', d(regime, '2025-10-10', '2019-03-12'), { secrecyReviewed: true }, 'reviewer');
  }

  /** Art. 35: the office asks for reasons on 09-29 (and the applicant answers on 10-09). */
  async function askReasons(id: number, answered = false) {
    await ev(id, 'reasons_requested', '2025-09-29', {
      count: 46,
      periodFrom: '2025-07-01',
      periodTo: '2025-09-26',
      answerBy: '2025-10-17',
    });
    if (answered) await ev(id, 'reasons_received', '2025-10-09', { content: '为撰写本村征地补偿情况调查报告所需' });
  }

  /** A case at the step where `kind` is issued; returns it with the date that step bears. */
  async function caseFor(kind: string, regime: Regime, who: Who): Promise<{ id: number; stepOn: string; party?: string }> {
    const c = await newCase(
      regime,
      who,
      kind === 'in_person_receipt' ? { channel: 'in_person' } : kind.startsWith('rectify_') ? { requestKind: 'rectification' } : {},
    );
    const id = c.id;
    const on = (x: string, y: string) => d(regime, x, y);
    switch (kind) {
      case 'register_form':
      case 'receipt':
      case 'in_person_receipt':
        return { id, stepOn: on('2025-09-26', '2019-03-04') };
      case 'correction_notice':
        await ev(id, 'correction_requested', on('2025-09-29', '2019-03-05'), {
          items: '请写明地块编号和年份',
          limitOn: on('2025-10-20', '2019-03-20'),
        });
        return { id, stepOn: on('2025-09-29', '2019-03-05') };
      case 'reasons_notice':
        await askReasons(id);
        return { id, stepOn: '2025-09-29' };
      case 'custom_deadline_notice':
        await askReasons(id, true);
        await ev(id, 'custom_deadline_requested', '2025-10-09', {
          dueOn: '2025-12-31',
          reason: '申请涉及2008年以来全部征地批复，需逐件调档',
        });
        await ev(id, 'custom_deadline_approved', '2025-10-10', {}, 'reviewer');
        return { id, stepOn: '2025-10-10' };
      case 'extension_notice':
        await ev(id, 'extension_requested', on('2025-10-20', '2019-03-18'), {
          workingDays: regime === '2019' ? 20 : 15,
          reason: '需调取多个地块的档案',
        });
        await ev(id, 'extension_approved', on('2025-10-21', '2019-03-19'), {}, 'reviewer');
        return { id, stepOn: on('2025-10-21', '2019-03-19') };
      case 'consult_third_party':
      case 'consult_notice_applicant':
      case 'consult_agency':
        await ev(id, 'consultation_sent', on('2025-10-13', '2019-03-06'), {
          party: kind === 'consult_agency' ? '示例市财政局' : '示例置业有限公司',
          partyKind: kind === 'consult_agency' ? 'agency' : 'third_party',
        });
        return {
          id,
          stepOn: on('2025-10-13', '2019-03-06'),
          party: kind === 'consult_notice_applicant' ? undefined : kind === 'consult_agency' ? '示例市财政局' : '示例置业有限公司',
        };
      case 'consult_confirmation':
      case 'disclosure_notice_third_party':
      case 'third_party_outcome':
        await ev(id, 'consultation_sent', on('2025-09-29', '2019-03-05'), { party: '示例置业有限公司' });
        await ev(id, 'consultation_answered', on('2025-10-08', '2019-03-07'), { objection: true });
        if (kind === 'consult_confirmation') return { id, stepOn: on('2025-10-08', '2019-03-07'), party: '示例置业有限公司' };
        if (kind === 'third_party_outcome')
          // The objection is followed: the company's data are withheld, no public-interest reason needed.
          await reply(id, regime, 'partial', { withheld: '示例置业有限公司的报价和银行账号', reasons: '涉及商业秘密，第三方不同意公开' });
        else
          await reply(id, regime, 'granted', {
            overrides: ['示例置业有限公司'],
            publicInterest: '该方案关系被征收群众切身利益，公开的公共利益明显大于对第三方的影响',
          });
        return { id, stepOn: on('2025-10-10', '2019-03-12'), party: '示例置业有限公司' };
      case 'fee_notice':
        await reply(id, regime, 'granted', { fee: ITEMS_FEE });
        return { id, stepOn: '2025-10-10' };
      case 'approval_form':
        await ev(id, 'reply_submitted', on('2025-10-09', '2019-03-11'), {
          disposition: 'granted',
          legalBasis: '依法审查',
          items: ['某信息'],
        });
        return { id, stepOn: on('2025-10-09', '2019-03-11') };
      case 'delivery_receipt':
        await reply(id, regime, 'granted');
        await issueDocument(db, id, 'reply_granted', a.clerk, BACKDATED);
        return { id, stepOn: on('2025-10-10', '2019-03-12') };
      // Internal handling (issue 30): routed to the demo handler's department, which signs for it
      // and gives its opinion; the answers to a review and a suit once the reply was delivered.
      case 'routing_slip':
        await ev(id, 'routed', on('2025-09-29', '2019-03-05'), { departments: [a.handler.departmentId], question: '是否保存该方案' });
        return { id, stepOn: on('2025-09-29', '2019-03-05') };
      case 'countersign_record':
        await ev(id, 'routed', on('2025-09-29', '2019-03-05'), { departments: [a.handler.departmentId] });
        await ev(id, 'route_accepted', on('2025-09-30', '2019-03-06'), {}, 'handler');
        await ev(
          id,
          'opinion_submitted',
          on('2025-10-09', '2019-03-07'),
          { disposition: 'granted', note: '本科保存，可以公开' },
          'handler',
        );
        return { id, stepOn: on('2025-10-09', '2019-03-07') };
      case 'review_answer':
      case 'suit_defence':
        await reply(id, regime, 'granted');
        await ev(id, 'delivered', on('2025-10-13', '2019-03-13'), { method: 'post' });
        if (kind === 'review_answer')
          await ev(id, 'review_filed', on('2025-11-03', '2019-04-01'), { noticeReceivedOn: on('2025-11-05', '2019-04-03') });
        else
          await ev(id, 'suit_filed', on('2025-11-03', '2019-04-01'), {
            afterReview: false,
            noticeReceivedOn: on('2025-11-05', '2019-04-03'),
          });
        return { id, stepOn: on('2025-11-05', '2019-04-03') };
      case 'withdrawal_confirmation':
        await ev(id, 'withdrawn', on('2025-10-09', '2019-03-08'), { note: '申请人书面撤回' });
        return { id, stepOn: on('2025-10-09', '2019-03-08') };
      case 'abandoned_no_correction':
        await ev(id, 'correction_requested', '2025-09-29', { items: '请补充', limitOn: '2025-10-10' });
        await ev(id, 'abandoned', '2025-10-13', { reason: 'no_correction' });
        return { id, stepOn: '2025-10-13' };
      case 'abandoned_no_fee':
        // Notice issued 10-10, served 10-13: 20 working days from 10-14 end on 11-10.
        await reply(id, regime, 'granted', { fee: { basis: 'pages', count: 150 } });
        await issueDocument(db, id, 'fee_notice', a.clerk, BACKDATED);
        await ev(id, 'fee_notice_served', '2025-10-13');
        await ev(id, 'abandoned', '2025-11-11', { reason: 'no_fee' });
        return { id, stepOn: '2025-11-11' };
      default: {
        const disposition = DISPOSITION_OF[kind];
        if (disposition === 'unclear_after_correction') {
          await ev(id, 'correction_requested', on('2025-09-29', '2019-03-05'), {
            items: '请写明年份',
            limitOn: on('2025-10-08', '2019-03-08'),
          });
          await ev(id, 'correction_received', on('2025-10-08', '2019-03-08'));
        }
        if (disposition === 'mass') await askReasons(id, true);
        await reply(id, regime, disposition);
        return { id, stepOn: on('2025-10-10', '2019-03-12') };
      }
    }
  }
  return { newCase, caseFor, ev, askReasons };
}

/** 按件 beyond the applications registered that month: one application split by 一事一申请. */
export const ITEMS_FEE = { basis: 'items', count: 12, splitNote: '申请列明12个地块的批复，按“一事一申请”拆分为12件' };

export const DISPOSITION_OF: Record<string, string> = {
  reply_published: 'published',
  reply_granted: 'granted',
  reply_partial: 'partial',
  reply_deny_state_secret: 'deny_state_secret',
  reply_deny_law: 'deny_law',
  reply_deny_security: 'deny_security',
  reply_deny_trade_secret: 'deny_trade_secret',
  reply_deny_privacy: 'deny_privacy',
  reply_deny_internal: 'deny_internal',
  reply_deny_process: 'deny_process',
  reply_deny_enforcement: 'deny_enforcement',
  reply_deny_not_gov_info: 'deny_not_gov_info',
  unable_not_held: 'not_held',
  unable_not_this_agency: 'not_this_agency',
  unable_needs_creation: 'needs_creation',
  unable_unclear: 'unclear_after_correction',
  unable_amend: 'amend_requested',
  other_procedure: 'other_procedure',
  noproc_petition: 'petition',
  noproc_duplicate: 'duplicate',
  noproc_publication: 'publication',
  noproc_mass: 'mass',
  noproc_confirmation: 'confirmation',
  rectify_done: 'rectified',
  rectify_refused: 'rectify_refused',
  rectify_referred: 'rectify_referred',
};
