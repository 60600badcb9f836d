import { cookies } from 'next/headers';
import { ElderModeToggle } from './portal/elder-mode';

/**
 * The frame of every public page: a skip link to the content, the 长辈模式 switch (its cookie is read
 * here, so the larger text holds across pages and reloads) and the public styles of globals.css.
 */
export async function PublicFrame({ nav, children }: { nav?: React.ReactNode; children: React.ReactNode }) {
  const elder = (await cookies()).get('elder')?.value === '1';
  return (
    <div className={`public-site${elder ? ' elder-mode' : ''}`}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        跳到主要内容
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-3 px-4 py-2">
          {nav}
          <span className="ml-auto">
            <ElderModeToggle on={elder} />
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
