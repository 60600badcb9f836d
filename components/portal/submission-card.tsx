'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, Input, inputClass } from '../ui/field';
import { Notice } from '../ui/notice';

type Act = (id: number, input: unknown) => Promise<ActionResult<unknown>>;

export function SubmissionCard({
  id,
  today,
  submittedAt,
  lines,
  attachments,
  confirm,
  discard,
}: {
  id: number;
  today: string;
  submittedAt: string;
  lines: [string, string][];
  attachments: { id: number; label: string }[];
  confirm: Act;
  discard: Act;
}) {
  const [mode, setMode] = useState<'confirm' | 'correct' | 'discard' | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  const caseId = result?.ok ? (result.data as { caseId?: number } | undefined)?.caseId : undefined;
  function submit(fd: FormData) {
    const on = String(fd.get('on') ?? '') || undefined;
    // 不予受理 is final and the applicant reads the reason: asked once, like every final step.
    if (mode === 'discard' && !window.confirm(`确定不予受理该网上申请？原因“${String(fd.get('reason') ?? '')}”将告知申请人，且不能撤销。`))
      return;
    start(async () => {
      if (mode === 'discard') setResult(await discard(id, { reason: String(fd.get('reason') ?? '') }));
      else
        setResult(
          await confirm(
            id,
            mode === 'correct'
              ? { on, correction: { items: String(fd.get('items') ?? ''), limitOn: String(fd.get('limitOn') ?? '') } }
              : { on },
          ),
        );
    });
  }
  return (
    <article className="space-y-2 rounded border border-slate-200 bg-white p-4" aria-label={`网上申请 ${id}`}>
      <p className="text-sm text-slate-500">提交于 {submittedAt}</p>
      <dl className="grid grid-cols-4 gap-1 text-sm">
        {lines.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="col-span-3 whitespace-pre-wrap">{v}</dd>
          </div>
        ))}
      </dl>
      {attachments.length ? (
        <ul className="text-sm">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/v1/attachments/${a.id}`} className="text-blue-700 underline" download>
                {a.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {result?.ok ? (
        <Notice kind="success">
          {result.message}
          {caseId ? (
            <Link href={`/cases/${caseId}`} className="ml-2 text-blue-700 underline">
              打开案件
            </Link>
          ) : null}
        </Notice>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant={mode === 'confirm' ? 'primary' : 'secondary'} onClick={() => setMode('confirm')}>
              确认受理
            </Button>
            <Button type="button" variant={mode === 'correct' ? 'primary' : 'secondary'} onClick={() => setMode('correct')}>
              确认并要求补正
            </Button>
            <Button type="button" variant={mode === 'discard' ? 'primary' : 'secondary'} onClick={() => setMode('discard')}>
              不予受理
            </Button>
          </div>
          {mode ? (
            <form
              aria-label={mode === 'discard' ? '不予受理' : '确认受理'}
              className="grid grid-cols-1 gap-2 md:grid-cols-2"
              onSubmit={(e) => {
                e.preventDefault();
                submit(new FormData(e.currentTarget));
              }}
            >
              {mode === 'discard' ? (
                <Field label="原因（申请人可见，如：重复提交、测试、与政府信息公开无关）" htmlFor={`reason-${id}`}>
                  <Input id={`reason-${id}`} name="reason" required />
                </Field>
              ) : (
                <Field label="确认日期（即收到申请日期）" htmlFor={`on-${id}`}>
                  <Input id={`on-${id}`} name="on" type="date" defaultValue={today} max={today} />
                </Field>
              )}
              {mode === 'correct' ? (
                <>
                  <Field label="需补正的内容" htmlFor={`items-${id}`}>
                    <textarea id={`items-${id}`} name="items" rows={2} className={inputClass} required />
                  </Field>
                  <Field label="补正期限" htmlFor={`limit-${id}`}>
                    <Input id={`limit-${id}`} name="limitOn" type="date" required />
                  </Field>
                </>
              ) : null}
              <div className="md:col-span-2">
                <Button type="submit" disabled={pending}>
                  确定
                </Button>
              </div>
            </form>
          ) : null}
          {result && !result.ok ? <Notice kind="error">{result.message}</Notice> : null}
        </>
      )}
    </article>
  );
}
