import Link from 'next/link';
import { getSession } from '@/lib/auth/session';

export default async function Forbidden() {
  // An administrator is the one others are sent to: they are told what their account is for instead.
  const admin = (await getSession().catch(() => null))?.role === 'admin';
  return (
    <main className="mx-auto mt-24 max-w-md rounded border border-slate-200 bg-white p-8 text-center">
      <p className="text-5xl font-bold text-slate-600">403</p>
      <h1 className="mt-4 text-xl font-semibold">无权访问</h1>
      <p className="mt-2 text-slate-600">
        {admin
          ? '系统管理员账号用于用户管理和系统设置，不办理或查看申请案件；如需办理，请使用办理人员的账号登录。'
          : '您当前的角色不能打开此页面。如需办理，请联系系统管理员调整权限。'}
      </p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        返回工作台
      </Link>
    </main>
  );
}
