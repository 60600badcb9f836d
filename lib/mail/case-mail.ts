// The mail an applicant gets when their case moves in a way they must act on or be told of.
import type { CaseState } from '@/lib/cases/case-state';
import { formatCn } from '@/lib/shared/dates';

export function applicantMailFor(
  type: string,
  s: CaseState,
  row: { trackingNo: string; applicantName: string },
): { subject: string; body: string } | null {
  if (type === 'correction_requested') {
    const c = s.corrections.at(-1)!;
    return {
      subject: `【政府信息公开】您的申请（编号${row.trackingNo}）需要补正`,
      body: `${row.applicantName}：\n\n您的政府信息公开申请（编号 ${row.trackingNo}）内容需要补正：\n${c.items}\n\n请于${formatCn(c.limitOn)}前提交补正后的申请。补正告知书另行送达。`,
    };
  }
  if (type === 'delivered') {
    return {
      subject: `【政府信息公开】您的申请（编号${row.trackingNo}）已答复`,
      body: `${row.applicantName}：\n\n本机关已于${formatCn(s.closedOn!)}对您的政府信息公开申请（编号 ${row.trackingNo}）作出答复并送达。网上申请的，可凭查询码在“申请查询”页面查看和下载。`,
    };
  }
  return null;
}
