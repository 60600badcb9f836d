// The remedy clause (救济途径告知) as the revised 行政复议法 (in force 2024-01-01) requires it: the
// review body follows the agency's level (arts. 24–27), refusals to disclose go to review first
// (art. 23¶1(4)) and the letter must say so (art. 23¶2). Procedural notices carry no remedy.
export const AGENCY_LEVELS = {
  state_council_department: '国务院部门',
  provincial_department: '省级人民政府工作部门',
  local_department: '市、县级人民政府工作部门',
  local_government: '地方人民政府',
  township: '乡镇人民政府、街道办事处',
  vertical: '垂直领导的机关（海关、金融、外汇管理、税务、国家安全等）',
} as const;
export type AgencyLevel = keyof typeof AGENCY_LEVELS;

export interface RemedyAgency {
  name: string;
  level: string;
  parentName: string;
  reviewBody: string;
  court: string;
}

/** Who hears a review of this agency's acts, unless the office has named the body itself. */
export function reviewBodyFor(a: RemedyAgency): string {
  if (a.reviewBody.trim()) return a.reviewBody.trim();
  switch (a.level as AgencyLevel) {
    case 'state_council_department':
      return a.name; // art. 25: the department itself
    case 'local_government':
    case 'township':
      return a.parentName || '上一级人民政府';
    case 'vertical':
      return a.parentName || '上一级主管部门'; // art. 27
    default:
      return a.parentName || '本级人民政府'; // art. 24: the department's own government
  }
}

export type RemedyKind = 'reply' | 'decision' | null;

/** The day the revised 行政复议法 came into force: a letter dated before it carries the old clause. */
const REVIEW_LAW_2024 = '2024-01-01';

export interface RemedyOptions {
  /** Refusals (不予公开, the withheld part of 部分公开) go to review first (art. 23¶1(4)). */
  reviewFirst: boolean;
  partial?: boolean;
  /** The letter's date: the law in force that day decides the clause. */
  issueDate?: string;
  /** What the letter calls itself: 本告知书, 本答复书 … (its title's last word). */
  self?: string;
  /** 您 or 贵单位. */
  pronoun?: string;
}

/** "本告知书" for a 告知书, "本答复书" for a 答复书: a letter names itself as it is titled. */
export function selfName(title: string): string {
  const m = /(告知书|答复书|决定书|通知书|意见书|函)$/.exec(title);
  return m ? `本${m[1]}` : '本文书';
}

/**
 * The clause a letter ends with; empty for a letter that is not an appealable act.
 * From 2024-01-01: review first for refusals, said in words (art. 23¶2: "应当先…申请行政复议"), and a
 * State Council department's own review may be followed by the 国务院裁决 (art. 26). Before: review
 * or suit, both open, for every reply.
 */
export function remedyClause(kind: RemedyKind, a: RemedyAgency, opts: RemedyOptions): string {
  if (!kind) return '';
  const self = opts.self ?? '本告知书';
  const pronoun = opts.pronoun ?? '您';
  const court = a.court.trim() || '有管辖权的人民法院';
  const old = (opts.issueDate ?? REVIEW_LAW_2024) < REVIEW_LAW_2024;
  const body = old ? oldReviewBody(a) : reviewBodyFor(a);
  const review = `自收到${self}之日起六十日内向${body}申请行政复议`;
  const orSuit = `或者自收到${self}之日起六个月内依法向${court}提起行政诉讼`;
  const subject = kind === 'decision' ? '本决定' : self;
  if (old || kind === 'decision' || !opts.reviewFirst) return `如对${subject}不服，可以${review}，${orSuit}。`;
  const afterReview =
    a.level === 'state_council_department'
      ? `对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向${court}提起行政诉讼，也可以向国务院申请裁决，国务院依照《中华人民共和国行政复议法》的规定作出最终裁决`
      : `对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向${court}提起行政诉讼`;
  const first = `依照《中华人民共和国行政复议法》第二十三条的规定，${pronoun}应当先${review}；${afterReview}`;
  if (opts.partial) return `如对${self}中不予公开的部分不服，${first}。如对${self}的其他内容不服，可以${review}，${orSuit}。`;
  return `如对${self}不服，${first}。`;
}

/** Before 2024 a department's acts went to its own government or the department above (old art. 12). */
function oldReviewBody(a: RemedyAgency): string {
  if (a.reviewBody.trim()) return a.reviewBody.trim();
  if (a.level === 'local_department' || a.level === 'provincial_department') return `${a.parentName || '本级人民政府'}或者上一级主管部门`;
  return reviewBodyFor(a);
}
