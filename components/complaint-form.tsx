'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from './ui/button';
import { Field, Input, inputClass } from './ui/field';
import { Notice } from './ui/notice';
import { keepFields } from './ui/keep-fields';

export interface ComplaintValues {
  id: number;
  receivedOn: string;
  complainant: string;
  content: string;
  result: string;
  closedOn: string;
}

/** Registers a complaint, or with `initial` edits (and closes) one. */
export function ComplaintForm({
  today,
  action,
  initial,
}: {
  today: string;
  action: (input: unknown) => Promise<ActionResult>;
  initial?: ComplaintValues;
}) {
  const p = initial ? `e${initial.id}` : 'c';
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <form
      aria-label={initial ? `编辑举报投诉：${initial.complainant}` : '登记举报投诉'}
      className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-4"
      onSubmit={(e) => {
        const form = e.currentTarget;
        keepFields((fd) =>
          start(async () => {
            const res = await action(Object.fromEntries(fd.entries()));
            setResult(res);
            // A registered complaint clears the form, so a second click can't register it again
            // (it would count twice in the year table's row 六); an error keeps what was typed.
            if (res.ok && !initial) form.reset();
          }),
        )(e);
      }}
    >
      <Field label="收到日期" htmlFor={`${p}-received`}>
        <Input id={`${p}-received`} name="receivedOn" type="date" defaultValue={initial?.receivedOn ?? today} max={today} />
      </Field>
      <Field label="举报投诉人" htmlFor={`${p}-who`}>
        <Input id={`${p}-who`} name="complainant" defaultValue={initial?.complainant} />
      </Field>
      <Field label="办结日期（选填）" htmlFor={`${p}-closed`}>
        <Input id={`${p}-closed`} name="closedOn" defaultValue={initial?.closedOn} type="date" max={today} />
      </Field>
      <div />
      <div className="md:col-span-2">
        <Field label="内容" htmlFor={`${p}-content`}>
          <textarea id={`${p}-content`} name="content" defaultValue={initial?.content} rows={3} className={inputClass} />
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field label="处理结果" htmlFor={`${p}-result`}>
          <textarea id={`${p}-result`} name="result" defaultValue={initial?.result} rows={3} className={inputClass} />
        </Field>
      </div>
      <div className="md:col-span-4 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {initial ? '保存' : '登记'}
        </Button>
        {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      </div>
    </form>
  );
}
