'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';

export interface NavItem {
  href: string;
  label: string;
  /** A count waiting behind the link (online applications to confirm). */
  badge?: number;
}

export function Nav({ items, userLabel }: { items: NavItem[]; userLabel: string }) {
  const pathname = usePathname();
  const router = useRouter();
  // One item is current: the longest link the address starts with (登记申请 /cases/new, not also 申请列表 /cases).
  const current = items
    .filter((i) => (i.href === '/' ? pathname === '/' : pathname === i.href || pathname.startsWith(`${i.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <nav aria-label="主导航" className="mx-auto flex max-w-7xl flex-wrap items-center gap-1 px-4 py-2">
        <Link href="/" className="mr-4 font-semibold text-blue-800">
          信息公开申请办理台
        </Link>
        {items.map((item) => {
          const active = item.href === current;
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={`rounded px-3 py-1.5 text-sm whitespace-nowrap ${active ? 'bg-blue-50 font-medium text-blue-800' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {item.label}
              {item.badge ? (
                <span className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" data-testid={`badge-${item.href}`}>
                  {item.badge}
                  <span className="sr-only">件待确认</span>
                </span>
              ) : null}
            </Link>
          );
        })}
        <Link
          href="/account"
          className="ml-auto text-sm whitespace-nowrap text-slate-600 hover:underline"
          title="账户：修改密码、退出全部登录"
        >
          {userLabel}
        </Link>
        {/* Back to the sign-in page of the address in use: next-auth's callbackUrl would resolve against
            NEXTAUTH_URL (localhost) behind any other address. */}
        <button
          type="button"
          onClick={() => signOut({ redirect: false }).then(() => router.replace('/login'))}
          className="ml-3 text-sm whitespace-nowrap text-blue-700 underline"
        >
          退出
        </button>
      </nav>
    </header>
  );
}
