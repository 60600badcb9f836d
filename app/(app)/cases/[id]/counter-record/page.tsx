import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/reports/report-controls';
import { requirePage } from '@/lib/auth/session';
import { dispositionDef } from '@/lib/cases/dispositions';
import { getCaseDetail } from '@/lib/cases/queries';
import { remedyClause } from '@/lib/documents/remedy';
import { db } from '@/lib/db/client';
import { DomainError } from '@/lib/shared/errors';
import { formatCn, fromDate } from '@/lib/shared/dates';

export const metadata = { title: '当场答复记录' };

/** The record of a reply given at the counter, printed for the applicant to sign and kept in the file. */
export default async function CounterRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePage('/cases/{id}/counter-record', `/cases/${id}/counter-record`);
  const caseId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const detail =
    caseId === null
      ? null
      : await getCaseDetail(db(), caseId, actor).catch((e) => {
          if (e instanceof DomainError) return null;
          throw e;
        });
  const reply = detail?.state.reply;
  if (!detail || !detail.state.counter || !reply) notFound();
  const { row } = detail;
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
  return (
    <section className="mx-auto max-w-2xl space-y-4 bg-white p-6">
      <h1 className="text-center text-2xl font-semibold">政府信息公开申请当场答复记录</h1>
      <p className="text-center">{row.agency.name}</p>
      <table className="w-full border-collapse text-sm">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row" className="w-36 border border-slate-400 px-2 py-1.5 text-left align-top font-medium">
                {k}
              </th>
              <td className="whitespace-pre-line border border-slate-400 px-2 py-1.5">{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">
        依据《中华人民共和国政府信息公开条例》第三十三条第一款，本机关已于{on}对上述申请当场予以答复。
        {remedyClause('reply', row.agency, {
          reviewFirst: !!dispositionDef(reply.disposition)?.reviewFirst,
          issueDate: fromDate(row.receivedOn),
          self: '本记录',
        })}
      </p>
      <div className="grid grid-cols-2 gap-6 pt-6 text-sm" data-testid="signatures">
        <p>申请人（签字）：＿＿＿＿＿＿＿＿</p>
        <p>经办人（签字）：＿＿＿＿＿＿＿＿</p>
        <p>日期：＿＿＿＿年＿＿月＿＿日</p>
        <p>日期：{on}</p>
      </div>
      <div className="no-print">
        <PrintButton />
      </div>
    </section>
  );
}
