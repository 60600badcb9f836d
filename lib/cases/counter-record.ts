// The 当场答复记录 (条例 art. 33¶1): what a reply given at the counter says, in one place — the page
// the applicant signs (/cases/ID/counter-record) and the copy filed in the archive package
// (lib/archive/counter-record-docx.ts) are both written from it.
import { remedyClause, type RemedyAgency } from '@/lib/documents/remedy';
import { formatCn, fromDate } from '@/lib/shared/dates';
import type { Reply } from './case-state';
import { dispositionDef } from './dispositions';

export const COUNTER_RECORD_TITLE = '政府信息公开申请当场答复记录';

interface CounterCase {
  trackingNo: string;
  applicantName: string;
  idNumber: string;
  phone: string;
  receivedOn: Date;
  description: string;
  agency: RemedyAgency;
}

export function counterRecord(row: CounterCase, reply: Reply) {
  const on = formatCn(fromDate(row.receivedOn));
  const rows: [string, string][] = [
    ['申请编号', row.trackingNo],
    ['申请人', row.applicantName],
    ['证件号码', row.idNumber || '—'],
    ['联系电话', row.phone || '—'],
    ['申请方式', '当面申请'],
    ['收到申请日期', on],
    ['所需政府信息', row.description],
    ['答复类型', dispositionDef(reply.disposition)?.label ?? ''],
    ['当场答复的内容', reply.note],
    ...(reply.items.length ? [['当场提供的信息', reply.items.join('；')] as [string, string]] : []),
    ...(reply.referTo
      ? [['告知负责公开的机关', `${reply.referTo.name}${reply.referTo.contact ? `（${reply.referTo.contact}）` : ''}`] as [string, string]]
      : []),
    ['答复日期', on],
  ];
  const statement =
    `依据《中华人民共和国政府信息公开条例》第三十三条第一款，本机关已于${on}对上述申请当场予以答复。` +
    remedyClause('reply', row.agency, {
      reviewFirst: !!dispositionDef(reply.disposition)?.reviewFirst,
      issueDate: fromDate(row.receivedOn),
      self: '本记录',
    });
  return { on, rows, statement, agencyName: row.agency.name };
}
