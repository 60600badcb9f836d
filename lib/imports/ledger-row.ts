// One ledger row → a validated record, or the problems with it (row, column, reason).
import crypto from 'node:crypto';
import { isIsoDate, todayInChina } from '@/lib/shared/dates';
import { hasControlChars } from '@/lib/shared/text';
import {
  APPLICANT_KIND_LABELS,
  APPLICANT_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  OUTCOMES,
  type ApplicantKind,
  type Channel,
  type Outcome,
} from '@/lib/cases/labels';
import { EARLIEST_RECEIPT } from '@/lib/cases/schema';
import type { Column } from './ledger-columns';
import type { RawRow } from './parse-ledger';

export interface LedgerRecord {
  trackingNo: string;
  receivedOn: string;
  channel: Channel;
  applicantKind: ApplicantKind;
  applicantName: string;
  description: string;
  topic: string | null;
  extended: boolean;
  deliveredOn: string | null;
  disposition: string | null;
  feeYuan: number;
  reviewFiledOn: string | null;
  reviewOutcome: Outcome | null;
  suitFiledOn: string | null;
  suitAfterReview: boolean;
  suitOutcome: Outcome | null;
  hash: string;
}
export interface RowError {
  row: number;
  column: string;
  message: string;
}

const OUTCOME_ALIASES: Record<string, Outcome> = {
  维持: 'upheld',
  纠错: 'corrected',
  纠正: 'corrected',
  其他: 'other',
  尚未审结: 'pending',
  未审结: 'pending',
};
const YES = new Set(['yes', 'y', 'true', '1', '是']);
const NO = new Set(['no', 'n', 'false', '0', '否', '']);

/** How the 2017-era ledgers name applicant kinds. */
const KIND_SYNONYMS: Record<string, ApplicantKind> = {
  其他: 'other',
  公民: 'natural',
  个人: 'natural',
  自然人: 'natural',
  群众: 'natural',
  企业: 'commercial',
  公司: 'commercial',
  商业企业: 'commercial',
  科研机构: 'research',
  高校: 'research',
  社会组织: 'nonprofit',
  公益组织: 'nonprofit',
  律师: 'legal',
  律师事务所: 'legal',
  法律服务机构: 'legal',
  法人或其他组织: 'other',
  其他组织: 'other',
};

/** The 2017 table's wording of replies ("同意公开", "不同意公开（国家秘密）" …) read as catalogue codes. */
function dispositionSynonym(raw: string): string | undefined {
  const s = raw.replace(/\s/g, '');
  const exact: Record<string, string> = {
    同意公开: 'granted',
    予以公开: 'granted',
    公开: 'granted',
    同意部分公开: 'partial',
    部分公开: 'partial',
    属于已主动公开范围: 'published',
    已主动公开: 'published',
    申请信息不存在: 'not_held',
    信息不存在: 'not_held',
    不属于本行政机关公开: 'not_this_agency',
    非本机关: 'not_this_agency',
    告知作出更改补充: 'amend_requested',
    告知通过其他途径办理: 'other_procedure',
    重复申请: 'duplicate',
    信访: 'petition',
    撤回: 'other',
  };
  if (exact[s]) return exact[s];
  if (!s.startsWith('不同意公开') && !s.startsWith('不予公开')) return undefined;
  const reasons: [RegExp, string][] = [
    [/国家秘密/, 'deny_state_secret'],
    [/商业秘密/, 'deny_trade_secret'],
    [/个人隐私/, 'deny_privacy'],
    [/安全|稳定/, 'deny_security'],
    [/非政府信息|不是.*政府信息/, 'deny_not_gov_info'],
    [/内部事务/, 'deny_internal'],
    [/过程性/, 'deny_process'],
    [/执法案卷/, 'deny_enforcement'],
    [/法律|其他/, 'deny_law'],
  ];
  return reasons.find(([re]) => re.test(s))?.[1];
}

function byLabel<T extends string>(
  v: string,
  values: readonly T[],
  labels: Record<T, string>,
  extra: Record<string, T> = {},
): T | undefined {
  if ((values as readonly string[]).includes(v)) return v as T;
  return values.find((x) => labels[x] === v) ?? extra[v];
}

export function validateRow(raw: RawRow, dispositions: Map<string, string[]>): { record?: LedgerRecord; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (column: Column, message: string) => errors.push({ row: raw.row, column, message });
  const v = (c: Column) => raw.values[c] ?? '';
  const today = todayInChina();
  const date = (c: Column, required = false): string | null => {
    const s = v(c)
      .replace(/\//g, '-')
      .replace(/^(\d{4})-(\d)-/, '$1-0$2-')
      .replace(/-(\d)$/, '-0$1');
    if (!s) {
      if (required) err(c, '不能为空');
      return null;
    }
    if (!isIsoDate(s)) {
      err(c, `“${v(c)}”不是有效日期（YYYY-MM-DD）`);
      return null;
    }
    if (s > today) {
      err(c, '日期不能晚于今天');
      return null;
    }
    if (s < EARLIEST_RECEIPT) {
      err(c, '日期不能早于 2008-05-01');
      return null;
    }
    return s;
  };
  const text = (c: Column, max: number, required = false): string => {
    const s = v(c);
    if (required && !s) err(c, '不能为空');
    if (s.length > max) err(c, `不超过 ${max} 个字符`);
    if (hasControlChars(s)) err(c, '含有不可见的控制字符');
    return s;
  };
  const yesNo = (c: Column): boolean => {
    const s = v(c).toLowerCase();
    if (YES.has(s)) return true;
    if (!NO.has(s)) err(c, `“${v(c)}”应为 yes/no 或 是/否`);
    return false;
  };
  const outcome = (c: Column): Outcome | null => {
    const s = v(c);
    if (!s) return null;
    const o = (OUTCOMES as readonly string[]).includes(s) ? (s as Outcome) : OUTCOME_ALIASES[s];
    if (!o) err(c, `“${s}”应为 upheld、corrected、other、pending（或 维持、纠错、其他、尚未审结）`);
    return o ?? null;
  };

  const trackingNo = text('trackingNo', 40, true);
  const receivedOn = date('receivedOn', true);
  const channel = byLabel(v('channel'), CHANNELS, CHANNEL_LABELS, { 网络申请: 'online', 电邮: 'email', 邮件: 'email', 信件: 'letter' });
  if (!channel)
    err('channel', `“${v('channel')}”不是有效的申请渠道（in_person、letter、fax、online、email 或 当面、信函、传真、网络、电子邮件）`);
  const kind = byLabel(v('applicantKind'), APPLICANT_KINDS, APPLICANT_KIND_LABELS, KIND_SYNONYMS);
  if (!kind) err('applicantKind', `“${v('applicantKind')}”不是有效的申请人类型`);
  const applicantName = text('applicantName', 200, true);
  const description = text('description', 5000, true);
  const topic = text('topic', 50) || null;
  const extended = yesNo('extended');
  const deliveredOn = date('deliveredOn');
  const dispRaw = v('disposition');
  const disposition = dispRaw
    ? dispositions.has(dispRaw)
      ? dispRaw
      : ([...dispositions].find(([, labels]) => labels.includes(dispRaw))?.[0] ?? dispositionSynonym(dispRaw))
    : null;
  if (dispRaw && !disposition)
    err(
      'disposition',
      dispRaw.startsWith('不同意公开')
        ? `“${dispRaw}”须注明原因，如“不同意公开（国家秘密）”`
        : `“${dispRaw}”不在处理结果目录中（填写完整名称，如“同意公开”“申请信息不存在”）`,
    );
  if (deliveredOn && !dispRaw) err('disposition', '已办结的申请须填写处理结果');
  if (!deliveredOn && dispRaw) err('deliveredOn', '填写了处理结果，但没有送达日期');
  if (receivedOn && deliveredOn && deliveredOn < receivedOn) err('deliveredOn', '送达日期早于收到日期');
  const feeText = v('fee');
  const feeYuan = feeText ? Number(feeText) : 0;
  if (feeText && !(Number.isFinite(feeYuan) && feeYuan >= 0 && feeYuan < 1e7 && /^\d+(\.\d{1,2})?$/.test(feeText)))
    err('fee', `“${feeText}”不是有效金额（元，最多两位小数）`);
  const reviewFiledOn = date('reviewFiledOn');
  const reviewOutcome = outcome('reviewOutcome');
  const suitFiledOn = date('suitFiledOn');
  const suitAfterReview = yesNo('suitAfterReview');
  const suitOutcome = outcome('suitOutcome');
  if ((reviewFiledOn || suitFiledOn) && !deliveredOn)
    err(reviewFiledOn ? 'reviewFiledOn' : 'suitFiledOn', '复议、诉讼只能针对已办结的申请');
  if (reviewFiledOn && deliveredOn && reviewFiledOn < deliveredOn) err('reviewFiledOn', '复议日期早于送达日期');
  if (suitFiledOn && deliveredOn && suitFiledOn < deliveredOn) err('suitFiledOn', '起诉日期早于送达日期');
  if (reviewOutcome && !reviewFiledOn) err('reviewOutcome', '有复议结果但没有复议日期');
  if (suitOutcome && !suitFiledOn) err('suitOutcome', '有诉讼结果但没有起诉日期');
  if (suitAfterReview && !reviewFiledOn) err('suitAfterReview', '复议后起诉，但没有复议日期');

  if (errors.length) return { errors };
  const record = {
    trackingNo,
    receivedOn: receivedOn!,
    channel: channel!,
    applicantKind: kind!,
    applicantName,
    description,
    topic,
    extended,
    deliveredOn,
    disposition: disposition ?? null,
    feeYuan,
    reviewFiledOn,
    reviewOutcome: reviewFiledOn ? (reviewOutcome ?? 'pending') : null,
    suitFiledOn,
    suitAfterReview,
    suitOutcome: suitFiledOn ? (suitOutcome ?? 'pending') : null,
  };
  return { record: { ...record, hash: crypto.createHash('sha256').update(JSON.stringify(record)).digest('hex') }, errors };
}
