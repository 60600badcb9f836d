'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from './ui/button';
import { Field, Input, inputClass } from './ui/field';
import { Notice } from './ui/notice';
import { keepFields } from './ui/keep-fields';

export function ComplaintForm({ today, action }: { today: string; action: (input: unknown) => Promise<ActionResult> }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <form
      aria-label="登记举报投诉"
      className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-4"
      onSubmit={keepFields((fd) => start(async () => setResult(await action(Object.fromEntries(fd.entries())))))}
    >
      <Field label="收到日期" htmlFor="c-received">
        <Input id="c-received" name="receivedOn" type="date" defaultValue={today} max={today} />
      </Field>
      <Field label="举报投诉人" htmlFor="c-who">
        <Input id="c-who" name="complainant" />
      </Field>
      <Field label="办结日期（选填）" htmlFor="c-closed">
        <Input id="c-closed" name="closedOn" type="date" max={today} />
      </Field>
      <div />
      <div className="md:col-span-2">
        <Field label="内容" htmlFor="c-content">
          <textarea id="c-content" name="content" rows={3} className={inputClass} />
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field label="处理结果" htmlFor="c-result">
          <textarea id="c-result" name="result" rows={3} className={inputClass} />
        </Field>
      </div>
      <div className="md:col-span-4 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          登记
        </Button>
        {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      </div>
    </form>
  );
}
