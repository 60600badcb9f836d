import { RowsTable } from '@/components/dashboard/panels';
import { requirePage } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { outboxOverview } from '@/lib/mail/outbox';
import { formatTimestamp } from '@/lib/shared/dates';

export const metadata = { title: '邮件发送' };

const STATUS: Record<string, string> = { queued: '待发送', sent: '已发送', failed: '发送失败' };

export default async function MailPage() {
  const actor = await requirePage('/admin/mail');
  const { rows, counts } = await outboxOverview(db(), actor.agencyId);
  const configured = !!process.env.SMTP_URL;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">邮件发送</h1>
      <p
        className={`rounded border p-3 text-sm ${configured ? 'border-slate-200 bg-white' : 'border-amber-300 bg-amber-50'}`}
        data-testid="smtp-state"
      >
        {configured
          ? '已配置邮件服务器（SMTP_URL），待发送的邮件每 10 秒发送一次，失败的按 1、2、4……分钟重试，最多 8 次。'
          : '尚未配置邮件服务器（SMTP_URL）：邮件保存在发送队列中，配置后自动发出。'}{' '}
        {counts.map((c) => `${STATUS[c.status] ?? c.status} ${c._count._all} 封`).join('，')}
      </p>
      <RowsTable
        label="最近的邮件"
        head={['收件人', '主题', '状态', '尝试次数', '最后错误', '创建时间']}
        rows={rows.map((m) => ({
          key: m.id,
          tone: m.status === 'failed' ? 'late' : undefined,
          cells: [m.to, m.subject, STATUS[m.status] ?? m.status, m.attempts, m.lastError ?? '—', formatTimestamp(m.createdAt)],
        }))}
      />
    </section>
  );
}
