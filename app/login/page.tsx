import { LoginForm } from '@/components/login-form';
import { PublicFrame } from '@/components/public-frame';

export const metadata = { title: '登录 — 信息公开申请办理台' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <PublicFrame nav={<span className="font-semibold text-blue-800">信息公开申请办理台</span>}>
      <div className="mx-auto mt-12 max-w-sm rounded border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">信息公开申请办理台</h1>
        <p className="mb-6 mt-1 text-slate-600">请使用本机关分配的账号登录</p>
        <LoginForm callbackUrl={callbackUrl ?? '/'} />
      </div>
    </PublicFrame>
  );
}
