import { ChangePasswordForm, SignOutEverywhere } from '@/components/account/account-forms';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePage } from '@/lib/auth/session';
import { changePasswordAction, signOutEverywhereAction } from './actions';

export const metadata = { title: '账户' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const actor = await requirePage('/account');
  const { required } = await searchParams;
  return (
    <section className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">账户</h1>
      <p className="text-slate-600">
        {actor.name}（{actor.login}，{ROLE_LABELS[actor.role]}）
      </p>
      {actor.mustChangePassword || required ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          您的密码已由管理员重置。请先设置您自己的新密码，然后才能继续使用系统。
        </p>
      ) : null}
      <div className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-3 font-semibold">修改密码</h2>
        <ChangePasswordForm action={changePasswordAction} />
      </div>
      <div className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">退出全部登录</h2>
        <p className="mb-3 text-sm text-slate-600">
          在其他电脑上忘记退出，或怀疑他人使用了您的账号时使用：所有设备上的登录（包括本机）立即失效。
        </p>
        <SignOutEverywhere action={signOutEverywhereAction} />
      </div>
    </section>
  );
}
