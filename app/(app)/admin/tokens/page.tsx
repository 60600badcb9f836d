import { IssueTokenForm } from '@/components/admin/issue-token-form';
import { RevokeTokenButton } from '@/components/admin/revoke-token-button';
import { requirePage } from '@/lib/auth/session';
import { listTokens, tokenUsers } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';
import { issueTokenAction, revokeTokenAction } from './actions';
import { chinaDate, formatCn } from '@/lib/shared/dates';
import { TableHead } from '@/components/ui/table-head';

export const metadata = { title: '接口令牌' };

export default async function TokensPage() {
  const actor = await requirePage('/admin/tokens');
  const [tokens, users] = await Promise.all([listTokens(db(), actor.agencyId), tokenUsers(db(), actor.agencyId)]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">接口令牌</h1>
      <p className="text-sm text-slate-600">
        令牌以所代表用户的角色调用 /api/v1 接口（请求头 Authorization: Bearer &lt;令牌&gt;）。令牌只在生成时显示一次，系统仅保存其摘要。
      </p>
      <div className="rounded border border-slate-200 bg-white p-4">
        <IssueTokenForm users={users} action={issueTokenAction} />
      </div>
      <table className="w-full border-collapse bg-white text-sm">
        <TableHead muted columns={['前缀', '用途', '代表用户', '生成日期', '最近使用', '状态']} />
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b">
              <td className="p-2 font-mono">{t.prefix}…</td>
              <td className="p-2">{t.name}</td>
              <td className="p-2">
                {t.user.name}（{t.user.login}）
              </td>
              <td className="p-2">{formatCn(chinaDate(t.createdAt))}</td>
              <td className="p-2">{t.lastUsedAt ? formatCn(chinaDate(t.lastUsedAt)) : '—'}</td>
              <td className="p-2">
                {t.revokedAt ? `已吊销（${formatCn(chinaDate(t.revokedAt))}）` : <RevokeTokenButton id={t.id} action={revokeTokenAction} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
