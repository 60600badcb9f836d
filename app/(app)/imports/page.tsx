import { ImportUpload } from '@/components/import-upload';
import { requirePage } from '@/lib/auth/session';
import { CHINESE_HEADERS, COLUMNS, REQUIRED } from '@/lib/imports/ledger-columns';

export const metadata = { title: '台账导入' };

export default async function ImportsPage() {
  await requirePage('/imports');
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">台账导入</h1>
      <p className="text-sm text-slate-600">
        把以往用表格登记的依申请公开台账导入系统，年度报表即可按同一口径统计历年数据。每行一件申请；有问题的行整行不导入并列出原因；同一文件重复导入不会重复登记。
        <a href="/ledger-template.csv" download className="ml-2 text-blue-700 underline">
          下载模板
        </a>
      </p>
      <ImportUpload />
      <details className="rounded border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">列说明</summary>
        <p className="mt-2 text-slate-600">表头可用下列任一名称；名称不同时，导入前会请您逐列指明对应关系。带 * 的为必填列。</p>
        <ul className="mt-2 space-y-1">
          {COLUMNS.map((c) => (
            <li key={c}>
              {CHINESE_HEADERS[c].join(' / ')}
              {REQUIRED.includes(c) ? ' *' : ''}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
