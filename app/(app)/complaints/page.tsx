import { ComplaintForm } from '@/components/complaint-form';
import { requirePage } from '@/lib/auth/session';
import { listComplaints } from '@/lib/complaints/register';
import { db } from '@/lib/db/client';
import { formatCn, fromDate, todayInChina, yearOf } from '@/lib/shared/dates';
import { registerComplaintAction, updateComplaintAction } from './actions';
import { YearSelect } from '@/components/ui/year-select';
import { TableHead } from '@/components/ui/table-head';

export const metadata = { title: '举报投诉登记' };

export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePage('/complaints');
  const today = todayInChina();
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2004 && asked <= yearOf(today) ? asked : yearOf(today);
  const { rows, total, open } = await listComplaints(db(), actor.agencyId, year);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">举报投诉登记</h1>
      <p className="text-sm text-slate-600">对本机关政府信息公开工作的举报投诉，按收到日期计入年度报表“六、举报投诉数量”。</p>
      <ComplaintForm today={today} action={registerComplaintAction} />
      <form className="flex items-center gap-2 text-sm">
        <label htmlFor="cy" className="font-medium">
          年度
        </label>
        <YearSelect id="cy" value={year} first={2004} last={yearOf(today)} />
        <button type="submit" className="rounded border px-2 py-1">
          查看
        </button>
        <span data-testid="complaint-total">
          {year}年共收到 {total} 件，其中未办结 {open} 件
        </span>
      </form>
      <table className="w-full bg-white text-sm">
        <TableHead
          columns={[{ label: '收到日期', nowrap: true }, '举报投诉人', '内容', '处理结果', { label: '办结日期', nowrap: true }, '操作']}
        />
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="p-2 text-slate-500">
                暂无
              </td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.id} className="border-b align-top">
              <td className="whitespace-nowrap p-2">{formatCn(fromDate(r.receivedOn))}</td>
              <td className="p-2">{r.complainant}</td>
              <td className="p-2">{r.content}</td>
              <td className="p-2">{r.result || '—'}</td>
              <td className="whitespace-nowrap p-2">{r.closedOn ? formatCn(fromDate(r.closedOn)) : '未办结'}</td>
              <td className="p-2">
                <details>
                  <summary className="cursor-pointer text-blue-700 underline">{r.closedOn ? '编辑' : '编辑或办结'}</summary>
                  <div className="mt-2 w-[40rem]">
                    <ComplaintForm
                      today={today}
                      action={updateComplaintAction.bind(null, r.id)}
                      initial={{
                        id: r.id,
                        receivedOn: fromDate(r.receivedOn),
                        complainant: r.complainant,
                        content: r.content,
                        result: r.result,
                        closedOn: r.closedOn ? fromDate(r.closedOn) : '',
                      }}
                    />
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
