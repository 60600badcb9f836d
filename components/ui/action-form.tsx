'use client';

import { useState, useTransition, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from './button';
import { keepFields } from './keep-fields';
import { ResultNotice } from './notice';

/** A server action's pending flag and last answer; `run` calls it inside one transition. */
export function useAction<T = undefined>() {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const run = (fn: () => Promise<ActionResult<T>>) => start(async () => setResult(await fn()));
  return { pending, result, setResult, run };
}

/** What the user typed in a field, as text ('' when absent). */
export const text = (fd: FormData, name: string) => String(fd.get(name) ?? '');

/**
 * A form sent to a server action: keeps what was typed (see keep-fields.ts), disables its button
 * while the action runs, and shows the answer beside the button. `shared` lets several forms on one
 * page show one answer.
 */
export function ActionForm<T = undefined>({
  label,
  className,
  submit,
  send,
  footerClass = 'flex items-end gap-3',
  shared,
  after,
  children,
}: {
  label: string;
  className?: string;
  submit: string;
  send: (fd: FormData) => Promise<ActionResult<T>>;
  footerClass?: string;
  shared?: ReturnType<typeof useAction<T>>;
  after?: (result: ActionResult<T> | null) => ReactNode;
  children: ReactNode;
}) {
  const own = useAction<T>();
  const { pending, result, run } = shared ?? own;
  return (
    <form aria-label={label} className={className} onSubmit={keepFields((fd) => run(() => send(fd)))}>
      {children}
      <div className={footerClass}>
        <Button type="submit" disabled={pending}>
          {submit}
        </Button>
        {shared ? null : <ResultNotice result={result} />}
      </div>
      {after?.(result)}
    </form>
  );
}
