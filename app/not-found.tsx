import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-md rounded border border-slate-200 bg-white p-8 text-center">
      <p className="text-5xl font-bold text-slate-600">404</p>
      <h1 className="mt-4 text-xl font-semibold">页面不存在</h1>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        返回工作台
      </Link>
    </main>
  );
}
