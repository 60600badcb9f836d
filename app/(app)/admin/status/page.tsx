import Link from 'next/link';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { healthReport } from '@/lib/db/health-report';
import { replicaState, replicaSummary } from '@/lib/db/replica';

export const metadata = { title: '运行状态' };
export const dynamic = 'force-dynamic';

// What an administrator checks when something seems slow or mail doesn't arrive: the database,
// the read replica (and whether reports have fallen back to the primary), the job queue, the mail.
export default async function StatusPage() {
  await requirePage('/admin/status');
  const [health, replica] = await Promise.all([healthReport(db), replicaState(db())]);
  const rows: [string, string, boolean][] = [
    ['数据库', health.database === 'up' ? '正常' : '无法连接', health.database === 'up'],
    ['只读副本', replicaSummary(replica), replica.state === 'none' || replica.state === 'in_use'],
    ['任务队列', health.jobsDue === undefined ? '未安装' : `待执行 ${health.jobsDue} 项`, (health.jobsDue ?? 0) < 100],
    [
      '邮件发送',
      health.mail ? `待发送 ${health.mail.queued} 封，发送失败 ${health.mail.failed} 封` : '—',
      (health.mail?.failed ?? 0) === 0,
    ],
  ];
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">运行状态</h1>
      <dl className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {rows.map(([label, text, ok]) => (
          <div key={label} className={`flex gap-4 p-3 ${ok ? '' : 'bg-amber-50'}`} data-testid={`status-${label}`}>
            <dt className="w-24 shrink-0 font-medium">{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">
        邮件的明细见<Link href="/admin/mail">邮件发送</Link>。
      </p>
    </section>
  );
}
