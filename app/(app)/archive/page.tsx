import Link from 'next/link';
import { QueuePdfs } from '@/components/archive/queue-pdfs';
import { YearSelect } from '@/components/ui/year-select';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { yearArchiveCheck } from '@/lib/archive/year-archive';
import { formatCn, todayInChina, yearOf } from '@/lib/shared/dates';
import { queuePdfsAction } from './actions';

export const metadata = { title: '归档' };

export default async function ArchivePage({ searchParams }: { searchParams: Promise<{ year?: string; check?: string; after?: string }> }) {
  const actor = await requirePage('/archive');
  const sp = await searchParams;
  const last = yearOf(todayInChina());
  const asked = Number(sp.year);
  const year = Number.isInteger(asked) && asked >= 2008 && asked <= last ? asked : last;
  // Reading every file of a year takes a while: only when asked, and a part at a time (CHECK_BUDGET_MS).
  const after = (sp.after ?? '').slice(0, 40);
  const check = sp.check === '1' ? await yearArchiveCheck(db(), actor.agencyId, year, { after }) : null;
  const needPdf = check?.missing.filter((m) => m.items.some((i) => i.includes('PDF'))).map((m) => m.id) ?? [];
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">归档</h1>
      <p className="text-sm text-slate-600">
        每件办结的申请一案一档（《条例》第四十五条）：申请材料、办理过程记录、答复文书（Word 和
        PDF）、公开的信息和送达回证，附卷内目录（Word、Excel）和按 DA/T 22-2015
        著录的元数据。年度归档包按办结日期收录该年度办结的全部申请，边生成边下载。
      </p>
      <form className="flex flex-wrap items-end gap-2 text-sm" action="/archive">
        <label htmlFor="archive-year" className="font-medium">
          年度
        </label>
        <YearSelect id="archive-year" value={year} first={2008} last={last} />
        <input type="hidden" name="check" value="1" />
        <button type="submit" className="rounded border px-2 py-1">
          检查缺少的材料
        </button>
      </form>
      {check && (
        <div className="space-y-2" data-testid="archive-check">
          <p>
            {year}年办结的申请：本次检查 {check.cases} 件
            {check.firstOn && check.lastOn ? `（${formatCn(check.firstOn)}至${formatCn(check.lastOn)}办结）` : ''}，其中{' '}
            {check.missing.length} 件缺少材料。
            {check.next ? '为免久等，本次检查到此为止。' : '本年度办结的申请已检查到最后一件。'}
          </p>
          {check.next && check.lastOn && (
            <p>
              <Link
                href={`/archive?year=${year}&check=1&after=${encodeURIComponent(check.next)}`}
                className="font-medium text-blue-700 underline"
              >
                继续检查{formatCn(check.lastOn)}以后办结的申请
              </Link>
            </p>
          )}
          {check.missing.length > 0 && (
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {check.missing.slice(0, 200).map((m) => (
                <li key={m.id}>
                  <Link href={`/cases/${m.id}`} className="text-blue-700 underline">
                    {m.trackingNo}
                  </Link>
                  ：{m.items.join('；')}
                </li>
              ))}
            </ul>
          )}
          {needPdf.length > 0 && <QueuePdfs ids={needPdf} action={queuePdfsAction} />}
        </div>
      )}
      <p>
        <a href={`/api/v1/archive/${year}`} className="font-medium text-blue-700 underline" download>
          下载{year}年度归档包（.zip）
        </a>
      </p>
    </section>
  );
}
