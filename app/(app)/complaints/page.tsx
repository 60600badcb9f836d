import { ComplaintForm } from '@/components/complaint-form';
import { requirePermission } from '@/lib/auth/session';
import { listComplaints } from '@/lib/complaints/register';
import { db } from '@/lib/db/client';
import { fromDate, todayInChina } from '@/lib/shared/dates';
import { registerComplaintAction } from './actions';

export const metadata = { title: '举报投诉登记' };

export default async function ComplaintsPage() {
  const actor = await requirePermission('complaints.manage', '/complaints');
  const rows = await listComplaints(db(), actor.agencyId);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">举报投诉登记</h1>
      <p className="text-sm text-slate-600">对本机关政府信息公开工作的举报投诉，按收到日期计入年度报表“六、举报投诉数量”。</p>
      <ComplaintForm today={todayInChina()} action={registerComplaintAction} />
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b text-left">
            <th className="p-2">收到日期</th>
            <th className="p-2">举报投诉人</th>
            <th className="p-2">内容</th>
            <th className="p-2">处理结果</th>
            <th className="p-2">办结日期</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b">
              <td className="p-2">{fromDate(r.receivedOn)}</td>
              <td className="p-2">{r.complainant}</td>
              <td className="p-2">{r.content}</td>
              <td className="p-2">{r.result}</td>
              <td className="p-2">{r.closedOn ? fromDate(r.closedOn) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
