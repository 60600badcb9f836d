'use client';

import { useTransition, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/** A link-styled button that asks before it runs an action (removing, restoring). */
export function ConfirmButton({
  question,
  run,
  className,
  children,
}: {
  question: string;
  run: () => Promise<unknown>;
  className: string;
  children: ReactNode;
}) {
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={pending || !hydrated}
      className={className}
      onClick={() =>
        window.confirm(question) &&
        start(async () => {
          await run();
        })
      }
    >
      {children}
    </button>
  );
}
