import { ReleasedEntry } from '@/components/released/released-entry';
import { db } from '@/lib/db/client';
import { searchReleased } from '@/lib/released/public-register';

export const metadata = { title: '已公开信息' };
export const dynamic = 'force-dynamic';

export default async function ReleasedPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = typeof raw === 'string' ? raw : '';
  const items = await searchReleased(db(), q);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">已公开信息</h1>
      <p className="text-slate-700">
        多人申请过、可以公开的政府信息，行政机关已纳入主动公开（《中华人民共和国政府信息公开条例》第四十四条）。您需要的信息如已在这里，可直接查看或下载，无需再提出申请。
      </p>
      <form role="search" aria-label="搜索已公开信息" className="flex flex-wrap items-end gap-2" action="/apply/released">
        <label className="flex flex-col gap-1">
          <span>关键词</span>
          <input name="q" defaultValue={q} className="target w-72 rounded border border-slate-400 px-3 py-2" />
        </label>
        <button type="submit" className="target rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          搜索
        </button>
      </form>
      {items.length === 0 ? (
        <p role="status">{q ? `没有找到含“${q}”的已公开信息。` : '暂无已公开信息。'}</p>
      ) : (
        <div className="space-y-3">
          {items.map((item) => (
            <ReleasedEntry key={item.id} item={item} />
          ))}
        </div>
      )}
    </section>
  );
}
