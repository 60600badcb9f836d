// One line of plain Chinese per timeline event: steps describe themselves (./steps.ts); the events
// the system records are described here.
import { formatCn } from '@/lib/shared/dates';
import { isStepType, summarizeStep } from './steps';

export function summarizeEvent(type: string, data: Record<string, unknown>, dispositionLabel: (code: string) => string): string {
  if (isStepType(type)) return summarizeStep(type, data, dispositionLabel);
  const s = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : '');
  const due = s('resultingDueOn') ? `答复期限：${formatCn(s('resultingDueOn'))}` : '';
  switch (type) {
    case 'registered':
      return due;
    case 'calendar_recomputed':
      return `${s('from') ? `原期限 ${formatCn(s('from'))}；` : ''}${due}`;
    case 'supervision_note':
      return `${s('byAgency')}：${s('text')}`;
    case 'receipt_issued':
      return `编号 ${s('trackingNo')}`;
    case 'attachment_added':
      return `${data.kind === 'released' ? '公开的信息' : data.kind === 'id_copy' ? '身份证明' : '扫描件'}：${s('name')}`;
    case 'document_issued':
      return [
        `${s('name')} ${s('docNo')}${Number(data.version) > 1 ? `（第 ${data.version} 版${data.copy ? '，与原件相同' : ''}）` : ''}`,
        s('replaces') ? `因案件情况变化，代替 ${s('replaces')}` : '',
        s('lateReason') ? `逾期出具的原因：${s('lateReason')}` : '',
        s('backdateReason') ? `补录的原因：${s('backdateReason')}` : '',
      ]
        .filter(Boolean)
        .join('；');
    default:
      return s('note');
  }
}
