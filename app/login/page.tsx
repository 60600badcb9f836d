import { LoginForm } from '@/components/login-form';
import { OidcButton } from '@/components/oidc-button';
import { Notice } from '@/components/ui/notice';
import { PublicFrame } from '@/components/public-frame';
import { oidcConfig, passwordSignIn } from '@/lib/auth/oidc';

export const metadata = { title: '登录 — 信息公开申请办理台' };
export const dynamic = 'force-dynamic';

// What went wrong on the way back from the identity service, in words (next-auth's codes never show).
const ERRORS: Record<string, string> = {
  OidcNoUser: '统一身份认证的账号在本系统中没有对应的用户，或该用户已停用。请联系本机关的系统管理员。',
  SessionRequired: '请先登录。',
};
const OTHER_ERROR = '统一身份认证登录未完成，请重试；如仍不成功，请联系系统管理员。';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const oidc = oidcConfig();
  const password = passwordSignIn();
  const problem = error && error !== 'CredentialsSignin' ? (ERRORS[error] ?? OTHER_ERROR) : null;
  return (
    <PublicFrame nav={<span className="font-semibold text-blue-800">信息公开申请办理台</span>}>
      <div className="mx-auto mt-12 max-w-sm space-y-4 rounded border border-slate-200 bg-white p-8 shadow-sm">
        <div>
          <h1 className="text-xl font-semibold">信息公开申请办理台</h1>
          <p className="mt-1 text-slate-600">{oidc && !password ? '请通过统一身份认证平台登录' : '请使用本机关分配的账号登录'}</p>
        </div>
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        {oidc ? <OidcButton label={oidc.label} callbackUrl={callbackUrl ?? '/'} /> : null}
        {oidc && password ? <p className="text-center text-sm text-slate-600">或使用账号密码登录</p> : null}
        {password ? <LoginForm callbackUrl={callbackUrl ?? '/'} /> : null}
      </div>
    </PublicFrame>
  );
}
