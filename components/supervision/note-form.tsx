'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';

/** One overdue case's 督办 note. */
export function NoteForm({ trackingNo, send }: { trackingNo: string; send: (text: unknown) => Promise<ActionResult> }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <form
      aria-label={`督办 ${trackingNo}`}
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const text = String(new FormData(form).get('text') ?? '');
        start(async () => {
          const r = await send(text);
          setResult(r);
          if (r.ok) form.reset();
        });
      }}
    >
      <input
        name="text"
        aria-label="督办意见"
        required
        maxLength={500}
        placeholder="例如：请于3日内答复并报告原因"
        className={inputClass}
      />
      <Button type="submit" disabled={pending}>
        督办
      </Button>
      {result ? (
        <span
          role={result.ok ? 'status' : 'alert'}
          className={`whitespace-nowrap text-sm ${result.ok ? 'text-green-700' : 'text-red-700'}`}
        >
          {result.ok ? '已发送' : result.message}
        </span>
      ) : null}
    </form>
  );
}
