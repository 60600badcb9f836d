'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut } from 'next-auth/react';

export interface NavItem {
  href: string;
  label: string;
}

export function Nav({ items, userLabel }: { items: NavItem[]; userLabel: string }) {
  const pathname = usePathname();
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <nav aria-label="主导航" className="mx-auto flex max-w-7xl items-center gap-1 px-4 py-2">
        <Link href="/" className="mr-4 font-semibold text-blue-800">
          信息公开申请办理台
        </Link>
        {items.map((item) => {
          const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={`rounded px-3 py-1.5 text-sm ${active ? 'bg-blue-50 font-medium text-blue-800' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {item.label}
            </Link>
          );
        })}
        <Link href="/account" className="ml-auto text-sm text-slate-600 hover:underline" title="账户：修改密码、退出全部登录">
          {userLabel}
        </Link>
        <button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className="ml-3 text-sm text-blue-700 underline">
          退出
        </button>
      </nav>
    </header>
  );
}
