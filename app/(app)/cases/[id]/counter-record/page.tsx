import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/reports/report-controls';
import { requirePage } from '@/lib/auth/session';
import { COUNTER_RECORD_TITLE, counterRecord } from '@/lib/cases/counter-record';
import { caseDetailAt } from '@/lib/cases/queries';
import { db } from '@/lib/db/client';

export const metadata = { title: '当场答复记录' };

/** The record of a reply given at the counter, printed for the applicant to sign and kept in the file. */
export default async function CounterRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePage('/cases/{id}/counter-record', `/cases/${id}/counter-record`);
  const detail = await caseDetailAt(db(), id, actor);
  const reply = detail?.state.reply;
  if (!detail || !detail.state.counter || !reply) notFound();
  const { rows, statement, on, agencyName } = counterRecord(detail.row, reply);
  return (
    <section className="mx-auto max-w-2xl space-y-4 bg-white p-6">
      <h1 className="text-center text-2xl font-semibold">{COUNTER_RECORD_TITLE}</h1>
      <p className="text-center">{agencyName}</p>
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
      <p className="text-sm">{statement}</p>
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
