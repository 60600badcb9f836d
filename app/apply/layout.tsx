import Link from 'next/link';

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <nav aria-label="公众服务" className="mx-auto flex max-w-3xl flex-wrap items-center gap-3 px-4 py-3">
          <span className="font-semibold text-blue-800">政府信息公开网上申请</span>
          <Link href="/apply" className="text-sm text-blue-700 underline">
            提交申请
          </Link>
          <Link href="/apply/status" className="text-sm text-blue-700 underline">
            申请查询
          </Link>
        </nav>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
    </>
  );
}
