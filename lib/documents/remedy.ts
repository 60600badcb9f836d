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

/** The clause a letter ends with; empty for a letter that is not an appealable act. */
export function remedyClause(kind: RemedyKind, a: RemedyAgency, opts: { reviewFirst: boolean; partial?: boolean }): string {
  if (!kind) return '';
  const body = reviewBodyFor(a);
  const court = a.court.trim() || '有管辖权的人民法院';
  const review = `自收到本告知书之日起六十日内向${body}申请行政复议`;
  const thenSuit = `对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向${court}提起行政诉讼`;
  const orSuit = `或者自收到本告知书之日起六个月内依法向${court}提起行政诉讼`;
  if (kind === 'decision') return `如对本决定不服，可以${review}，${orSuit}。`;
  if (opts.partial && opts.reviewFirst)
    return `如对本答复中不予公开的部分不服，可以${review}；${thenSuit}。如对本答复的其他内容不服，可以${review}，${orSuit}。`;
  return opts.reviewFirst ? `如对本答复不服，可以${review}；${thenSuit}。` : `如对本答复不服，可以${review}，${orSuit}。`;
}
