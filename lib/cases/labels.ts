// The words the office uses, in one place, so badges and lists say the same everywhere.
import { keysOf } from '@/lib/shared/keys';

export const CHANNEL_LABELS = { in_person: '当面', letter: '信函', fax: '传真', online: '网络', email: '电子邮件' } as const;
export const CHANNELS = keysOf(CHANNEL_LABELS);
export type Channel = (typeof CHANNELS)[number];

export const APPLICANT_KIND_LABELS = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  other: '其他组织',
} as const;
export const APPLICANT_KINDS = keysOf(APPLICANT_KIND_LABELS);
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** 政府信息公开申请, or 更正申请 (条例 art. 41), with its own numbering series (更正2026-0001). */
export const REQUEST_KIND_LABELS = { application: '政府信息公开申请', rectification: '政府信息更正申请' } as const;
export const REQUEST_KINDS = keysOf(REQUEST_KIND_LABELS);
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const TRACKING_SERIES: Record<RequestKind, string> = { application: '', rectification: '更正' };

export const STATUS_LABELS = {
  open: '办理中',
  correction: '待补正',
  consulting: '征求意见中',
  review: '待审核',
  approved: '待送达',
  closed: '已办结',
} as const;
export const STATUSES = keysOf(STATUS_LABELS);
export type CaseStatus = (typeof STATUSES)[number];

export const FORMS = ['paper', 'electronic'] as const;
export const FORM_LABELS: Record<(typeof FORMS)[number], string> = { paper: '纸质', electronic: '电子' };

export const DELIVERY_LABELS = { post: '邮寄', email: '电子邮件', pickup: '当面领取', fax: '传真', online: '网上送达' } as const;
export const DELIVERY_METHODS = keysOf(DELIVERY_LABELS);
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '统一社会信用代码', '其他'] as const;

export const OUTCOME_LABELS = { upheld: '维持', corrected: '纠错', other: '其他', pending: '尚未审结' } as const;
export const OUTCOMES = keysOf(OUTCOME_LABELS);
export type Outcome = (typeof OUTCOMES)[number];

/**
 * How a reply goes out when the applicant didn't say: the way the application came in, where the
 * office can answer that way (an e-mail application by e-mail, an online one on its status page).
 */
export function deliveryForChannel(channel: Channel): DeliveryMethod {
  return channel === 'email' ? 'email' : channel === 'online' ? 'online' : channel === 'fax' ? 'fax' : 'post';
}
