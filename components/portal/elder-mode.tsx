'use client';

import { useRouter } from 'next/navigation';

/** 长辈模式: larger text and stronger contrast, remembered for a year in a cookie read by the server. */
export function ElderModeToggle({ on }: { on: boolean }) {
  const router = useRouter();
  return (
    <button
      type="button"
      aria-pressed={on}
      className="target rounded border border-blue-700 px-3 text-blue-800"
      onClick={() => {
        document.cookie = `elder=${on ? '0' : '1'}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {on ? '退出长辈模式' : '长辈模式'}
    </button>
  );
}
