import { StatusLookup } from '@/components/portal/status-lookup';

export const metadata = { title: '申请查询' };

export default function StatusPage() {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">申请查询</h1>
      <p className="text-sm text-slate-600">请输入提交申请时获得的查询码（16 位，字母不区分大小写）。</p>
      <StatusLookup />
    </section>
  );
}
