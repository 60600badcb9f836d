// The reply: submitted by a clerk, approved or returned by someone else, delivered; and the
// information processing fee (art. 42) it may set.
import { objectingParties } from '../third-parties';
import { z } from 'zod';
import { optionalText, text } from '@/lib/shared/text';
import { DELIVERY_LABELS, DELIVERY_METHODS, FORM_LABELS, type DeliveryMethod } from '../labels';
import { defineStep, firstProblem, type StepActor, type StepContext } from './define';
import { reasonsHistoryProblem } from './reasons-steps';
import { openRoutes } from './route-steps';
import type { CaseState } from '../case-state';
import { appliesUnder, dispositionDef, discloses, kindProblem, needsReasons } from '../dispositions';
import { FEE_BASES, feeAmount, feeCountLabel } from '../fee';
import { REVIEW_COMMENT, requiredText } from './one-text';

const notOwnReply = (s: CaseState, actor: StepActor) =>
  s.reply?.by != null && s.reply.by === actor.userId ? '不能审核自己提交的答复，须由其他审核人办理' : null;

/** What the letter of this disposition must contain (arts. 36, 37, 32, 42) — checked before review. */
function contentProblem(s: CaseState, d: z.output<typeof replyObject>, ctx: StepContext): string | null {
  const code = d.disposition;
  const ordinal = ctx.applicantMonthOrdinal;
  return firstProblem(
    needsReasons(code) && !d.reasons && '请填写理由（不予公开、部分公开、无法提供和不予处理须说明理由）',
    code === 'partial' && !d.withheld && '请写明不予公开的部分',
    discloses(code) && d.items.length === 0 && '请列出公开的信息',
    code === 'published' && !d.note && '请在说明中写明获取该信息的方式和途径',
    code === 'rectified' && d.items.length === 0 && '请列出已更正的内容（第四十一条）',
    code === 'rectify_referred' && !d.referTo && '请填写有权更正该信息的机关及联系方式（第四十一条）',
    // 国办函〔2020〕109号 charges for providing information, never for correcting it.
    d.fee && s.rectification && '更正申请不收取信息处理费',
    code === 'not_this_agency' &&
      !d.referTo &&
      !d.referUnknown &&
      '请填写负责公开该信息的机关及联系方式（第三十六条第（五）项），或注明无法确定',
    // 国办函〔2020〕109号: 按件 applies to every kind of decision (art. 4); 按量 only where the
    // information is provided as paper, e-mail or copies (art. 5).
    d.fee?.basis === 'pages' &&
      !discloses(code) &&
      '按量计收只适用于提供信息（纸质件、电子邮件、复制电子数据）的答复，其他答复只能按件计收（国办函〔2020〕109号第四条、第五条）',
    d.fee && s.regime === '2007' && '信息处理费按2019年《条例》第四十二条收取，本案适用2007年《条例》',
    d.fee && feeAmount(d.fee.basis, d.fee.count) === 0 && '按所选计收方式和数量不收费，请不要填写信息处理费',
    // 按件 counts the applicant's own applications this calendar month (art. 4); a count beyond
    // what the office registered is only right when one application was split (一事一申请), said so.
    d.fee?.basis === 'items' &&
      ordinal !== undefined &&
      d.fee.count > ordinal &&
      !d.fee.splitNote &&
      `该申请人当月在本机关登记的申请中，本件为第${ordinal}件，不能按第${d.fee.count}件计收；如按“一事一申请”原则拆分计算件数，请写明拆分说明（国办函〔2020〕109号第四条）`,
    ...thirdPartyProblems(s, d),
  );
}

/**
 * Art. 32, party by party: an objection is either overridden (the party is named in `overrides`,
 * their information disclosed, with the public interest stated) or followed (their information
 * withheld, which needs no public-interest reason). A full disclosure follows no objection.
 */
function thirdPartyProblems(s: CaseState, d: z.output<typeof replyObject>): (string | false)[] {
  const objecting = objectingParties(s);
  const unknown = d.overrides.find((p) => !objecting.includes(p));
  return [
    !!unknown && `“${unknown}”不是提出反对意见的第三方，不能作为不采纳意见的对象`,
    d.overrides.length > 0 && !discloses(d.disposition) && '只有决定公开（全部或部分）时，才有不采纳第三方意见的问题',
    d.overrides.length > 0 && !d.publicInterest && '不采纳第三方反对意见、决定公开的，须写明理由（第三十二条）',
    d.disposition === 'granted' &&
      objecting.some((p) => !d.overrides.includes(p)) &&
      `全部公开将公开${objecting.filter((p) => !d.overrides.includes(p)).join('、')}反对公开的信息：请在“不采纳反对意见的第三方”中列出并写明理由，或改为部分公开`,
  ];
}

/** The case page's flat form fields become the API's nested ones. */
function fromForm(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const { referToName, referToContact, feeBasis, feeCount, feeSplitNote, ...r } = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...r };
  if (out.form === '' || out.form === null) delete out.form;
  if (typeof referToName === 'string' && referToName.trim()) out.referTo = { name: referToName, contact: referToContact ?? '' };
  if (typeof feeBasis === 'string' && feeBasis) out.fee = { basis: feeBasis, count: feeCount, splitNote: feeSplitNote ?? '' };
  return out;
}

const replyObject = z.object({
  disposition: z.string({ message: '请选择答复类型' }).min(1, '请选择答复类型').max(60, '答复类型无效'),
  legalBasis: text('法律依据', 1000, { required: true, multiline: true }),
  items: z
    .array(text('公开的信息', 500, { required: true }), { message: '公开的信息须为列表' })
    .max(200, '公开的信息不超过 200 项')
    .default([]),
  form: z.enum(['paper', 'electronic'], { message: '提供形式须为纸质或电子' }),
  fee: z
    .object({
      basis: z.enum(['items', 'pages'], { message: '计收方式须为按件或按量（只能选一种）' }),
      count: z
        .number({ message: '件数或页数须为数字' })
        .int('件数或页数须为整数')
        .min(1, '件数或页数至少为 1')
        .max(100_000, '件数或页数过大'),
      splitNote: optionalText('拆分计件说明', 500),
    })
    .nullish(),
  feeYuan: z
    .unknown()
    .refine(
      (v) => v === undefined || v === null || v === '',
      '金额由计收方式和件数（页数）按国办函〔2020〕109号计算，请填写 fee：{ basis, count }',
    )
    .optional(),
  reasons: optionalText('理由', 2000),
  withheld: optionalText('不予公开的部分', 1000),
  referTo: z.object({ name: text('负责公开的机关', 100, { required: true }), contact: optionalText('联系方式', 200) }).nullish(),
  referUnknown: z.boolean({ message: '请说明是否无法确定负责机关' }).default(false),
  overrides: z
    .array(text('不采纳反对意见的第三方', 200, { required: true }), { message: '不采纳反对意见的第三方须为列表' })
    .max(50, '第三方不超过 50 个')
    .default([]),
  publicInterest: optionalText('决定公开的理由', 1000),
  note: optionalText('说明', 2000),
  /** Why the reply goes out before every department routed to has given its opinion. */
  routesNote: optionalText('未等待承办部门意见的理由', 1000),
});
const replyData = z.preprocess(fromForm, replyObject);

export const replySubmitted = defineStep({
  label: '提交答复送审',
  permission: 'cases.work',
  from: ['open'],
  data: replyData,
  fields: [
    { name: 'disposition', label: '答复类型', kind: 'select', required: true },
    { name: 'legalBasis', label: '法律依据', kind: 'textarea', required: true },
    { name: 'items', label: '公开的信息（每行一项）', kind: 'lines' },
    { name: 'reasons', label: '理由（不予公开、部分公开、无法提供、不予处理时必填）', kind: 'textarea' },
    { name: 'withheld', label: '不予公开的部分（部分公开时必填）', kind: 'text' },
    { name: 'referToName', label: '负责公开的机关（非本机关时填写）', kind: 'text' },
    { name: 'referToContact', label: '该机关联系方式', kind: 'text' },
    { name: 'referUnknown', label: '无法确定负责公开的机关', kind: 'checkbox' },
    {
      name: 'form',
      label: '提供形式',
      kind: 'select',
      options: [['', '按申请人要求'], ...Object.entries(FORM_LABELS)],
    },
    {
      name: 'feeBasis',
      label: '信息处理费计收方式（不收费则不选）',
      kind: 'select',
      options: [['', '不收费'], ...Object.entries(FEE_BASES)],
    },
    { name: 'feeCount', label: '本月累计件数或本件页数', kind: 'number' },
    { name: 'feeSplitNote', label: '按“一事一申请”拆分计件的说明（件数多于当月登记的申请时填写）', kind: 'text' },
    { name: 'overrides', label: '不采纳反对意见、决定公开其信息的第三方（每行一个）', kind: 'lines' },
    { name: 'publicInterest', label: '决定公开的理由（不采纳第三方反对意见时必填）', kind: 'textarea' },
    { name: 'note', label: '说明（已主动公开时写明获取途径）', kind: 'textarea' },
    { name: 'routesNote', label: '未等待承办部门意见的理由（尚有部门未答复时必填）', kind: 'textarea' },
  ],
  check: (s, d, on, ctx) =>
    firstProblem(
      dispositionDef(d.disposition)?.byStep && '视为放弃申请请使用"视为放弃申请"操作',
      ctx.dispositions && !ctx.dispositions.has(d.disposition) && '该答复类型不在处理结果目录中',
      kindProblem(d.disposition, !!s.rectification),
      !!dispositionDef(d.disposition) &&
        !appliesUnder(d.disposition, s.regime) &&
        (s.regime === '2019'
          ? '该答复类型是2007年《条例》下的答复（如"告知作出更改补充"），本案适用2019年《条例》'
          : '该答复类型是2019年《条例》下的答复，本案适用2007年《条例》'),
      d.disposition === 'unclear_after_correction' &&
        !s.corrections.some((c) => c.receivedOn) &&
        '本案没有收到补正的记录，不能答复"补正后申请内容仍不明确"',
      d.disposition === 'mass' && reasonsHistoryProblem(s, on, 'mass'),
      openRoutes(s).length > 0 &&
        !d.routesNote &&
        `尚有承办部门未提出拟办意见（${openRoutes(s)
          .map((r) => r.name)
          .join('、')}）：请等待其意见，或写明不等待的理由`,
      contentProblem(s, d, ctx),
    ),
  apply: (next, d, on, by) => {
    next.reply = { ...d, feeYuan: d.fee ? feeAmount(d.fee.basis, d.fee.count) : null, submittedOn: on, by };
    next.status = 'review';
  },
  summary: (d, label) =>
    `${label(d.disposition)}；依据：${d.legalBasis}${d.items.length ? `；公开：${d.items.join('、')}` : ''}${d.withheld ? `；不予公开：${d.withheld}` : ''}${d.reasons ? `；理由：${d.reasons}` : ''}${d.fee ? `；信息处理费 ${feeAmount(d.fee.basis, d.fee.count)} 元（${FEE_BASES[d.fee.basis]}，${feeCountLabel(d.fee.basis, d.fee.count)}）` : ''}`,
});

export const replyReturned = defineStep({
  label: '退回答复',
  permission: 'cases.review',
  from: ['review'],
  ...requiredText('comment', '退回意见', 1000, { multiline: true }),
  canStart: (s, actor) => notOwnReply(s, actor),
  apply: (next, d, on) => {
    next.lastReturn = { comment: d.comment, on };
    next.status = 'open';
  },
  summary: (d) => `退回意见：${d.comment}`,
});

export const replyApproved = defineStep({
  label: '审核通过答复',
  permission: 'cases.review',
  from: ['review'],
  data: REVIEW_COMMENT.data.extend({ secrecyReviewed: z.boolean({ message: '请说明是否已进行保密审查' }).default(false) }),
  fields: [...REVIEW_COMMENT.fields, { name: 'secrecyReviewed', label: '已对拟公开的信息进行保密审查（条例第十七条）', kind: 'checkbox' }],
  confirm: '确认审核通过该答复？通过后即可送达。',
  canStart: (s, actor) => notOwnReply(s, actor),
  // Nothing is disclosed before it was checked for state secrets (条例 art. 17, 保守国家秘密法).
  check: (s, d) =>
    s.reply && discloses(s.reply.disposition) && !d.secrecyReviewed ? '答复将公开信息：请确认已进行保密审查（条例第十七条）' : null,
  apply: (next, d, on, by) => {
    next.approvedOn = on;
    next.approvedBy = by;
    next.secrecyReviewedOn = d.secrecyReviewed ? on : null;
    next.signed = null;
    next.status = 'approved';
  },
  summary: (d) => [d.secrecyReviewed ? '已进行保密审查' : '', d.comment].filter(Boolean).join('；'),
});

/** 签发: where the office requires it, an approved reply goes out only once a leader has signed it. */
export const replySigned = defineStep({
  label: '签发',
  permission: 'cases.sign',
  from: ['approved'],
  ...REVIEW_COMMENT,
  confirm: '确认签发该答复？',
  canStart: (s, actor, _on, ctx) =>
    firstProblem(
      !ctx.office?.signoffRequired && '本机关未要求领导签发',
      !!s.signed && '答复已签发',
      (actor.userId === s.reply?.by || actor.userId === s.approvedBy) && '不能签发自己提交或审核的答复',
    ),
  apply: (next, _d, on, by) => {
    next.signed = { on, by };
  },
  summary: (d) => d.comment,
});

export const delivered = defineStep({
  label: '送达',
  permission: 'cases.work',
  from: ['approved'],
  data: z.object({
    method: z.enum(DELIVERY_METHODS, { message: '送达方式无效' }),
    postalTrackingNo: optionalText('邮件单号', 40),
  }),
  fields: [
    { name: 'method', label: '送达方式', kind: 'select', options: Object.entries(DELIVERY_LABELS) },
    { name: 'postalTrackingNo', label: '邮件单号', kind: 'text' },
  ],
  confirm: '确认已送达？案件将办结。',
  // A reply with a fee goes out once the fee is paid (or waived); unpaid past its period, the
  // application is deemed abandoned instead (closing-steps.ts).
  canStart: (s, _a, _on, ctx) =>
    firstProblem(
      !!ctx.office?.signoffRequired && !s.signed && '本机关要求领导签发：答复尚未签发，不能送达',
      !!s.reply?.feeYuan &&
        !s.feePaid &&
        !s.feeWaived &&
        `申请人尚未缴纳信息处理费（${s.reply.feeYuan} 元）：请在登记缴费后送达；逾期未缴纳的，可视为放弃申请`,
    ),
  apply: (next, d, on) => {
    next.delivery = { method: d.method, postalTrackingNo: d.postalTrackingNo, on };
    next.disposition = next.reply?.disposition ?? null;
    next.closedOn = on;
    next.status = 'closed';
  },
  summary: (d) => `${DELIVERY_LABELS[d.method as DeliveryMethod] ?? d.method}${d.postalTrackingNo ? `，单号 ${d.postalTrackingNo}` : ''}`,
});
