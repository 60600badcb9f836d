// The case's timeline as a Word file (办理过程记录): every step and system event with its date, what
// it recorded and who recorded it — the 审批 part of the file. Its PDF is made in the background.
import { buildDocx } from '@/lib/documents/docx-writer';
import { dispositionDef } from '@/lib/cases/dispositions';
import { summarizeEvent } from '@/lib/cases/event-summary';
import { stepLabel } from '@/lib/cases/steps';
import type { LoadedCase } from '@/lib/cases/load-case';
import { formatCn, fromDate } from '@/lib/shared/dates';
import { REQUEST_KIND_LABELS } from '@/lib/cases/labels';

export function timelineDocx({ row }: LoadedCase): Uint8Array {
  const label = (code: string) => dispositionDef(code)?.label ?? code;
  return buildDocx([
    { kind: 'title', text: `${REQUEST_KIND_LABELS[row.requestKind]}办理过程记录` },
    { kind: 'plain', text: `${row.agency.name}　申请编号：${row.trackingNo}` },
    { kind: 'plain', text: `申请人：${row.applicantName}　收到申请日期：${formatCn(fromDate(row.receivedOn))}` },
    {
      kind: 'table',
      header: 1,
      firstWidth: 0.18,
      rows: [
        ['日期', '事项', '内容', '经办人'],
        ...row.events.map((e) => [
          formatCn(fromDate(e.on)),
          stepLabel(e.type),
          summarizeEvent(e.type, (e.data ?? {}) as Record<string, unknown>, label),
          e.actor?.name ?? '',
        ]),
      ],
    },
  ]);
}
