'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, Input, Select } from '../ui/field';
import { Notice } from '../ui/notice';
import { keepFields } from '../ui/keep-fields';

type Act = (input: unknown) => Promise<ActionResult>;

export function CalendarForms({ setDay, publishYear, pasteYear }: { setDay: Act; publishYear: Act; pasteYear: Act }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const run = (fn: () => Promise<ActionResult>) => start(async () => setResult(await fn()));
  return (
    <div className="space-y-4">
      {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      <form
        aria-label="调整某日"
        className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-4 md:items-end"
        onSubmit={keepFields((fd) =>
          run(() => setDay({ date: String(fd.get('date')), work: fd.get('work') === 'work', name: String(fd.get('name') ?? '') })),
        )}
      >
        <Field label="日期" htmlFor="cal-date">
          <Input id="cal-date" name="date" type="date" required />
        </Field>
        <Field label="安排" htmlFor="cal-work">
          <Select id="cal-work" name="work">
            <option value="off">放假</option>
            <option value="work">调休上班</option>
          </Select>
        </Field>
        <Field label="名称" htmlFor="cal-name">
          <Input id="cal-name" name="name" placeholder="例如：春节" />
        </Field>
        <Button type="submit" disabled={pending}>
          保存此日
        </Button>
      </form>
      <form
        aria-label="粘贴全年安排"
        className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
        onSubmit={keepFields((fd) =>
          run(() => pasteYear({ year: Number(fd.get('year')), note: String(fd.get('note') ?? ''), text: String(fd.get('text') ?? '') })),
        )}
      >
        <Field label="年份" htmlFor="paste-year">
          <Input id="paste-year" name="year" type="number" required />
        </Field>
        <Field label="依据（通知文号）" htmlFor="paste-note">
          <Input id="paste-note" name="note" placeholder="国办发明电〔2026〕X号" />
        </Field>
        <div className="md:col-span-3">
          <Field label="全年安排（每行一日或一段：日期 放假/上班 名称）" htmlFor="paste-text">
            <textarea
              id="paste-text"
              name="text"
              rows={8}
              required
              className="w-full rounded border border-slate-300 px-2 py-1.5 font-mono text-sm"
              placeholder={'2027-01-01 放假 元旦\n2027-02-06至2027-02-12 放假 春节\n2027-02-14 上班 春节调休'}
            />
          </Field>
        </div>
        <div className="md:col-span-3">
          <Button type="submit" disabled={pending}>
            保存全年安排并标记已公布
          </Button>
        </div>
      </form>
      <form
        aria-label="登记年度安排"
        className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3 md:items-end"
        onSubmit={keepFields((fd) => run(() => publishYear({ year: Number(fd.get('year')), note: String(fd.get('note') ?? '') })))}
      >
        <Field label="年份" htmlFor="cal-year">
          <Input id="cal-year" name="year" type="number" required />
        </Field>
        <Field label="依据（通知文号）" htmlFor="cal-note">
          <Input id="cal-note" name="note" placeholder="国办发明电〔2026〕X号" />
        </Field>
        <Button type="submit" disabled={pending}>
          标记该年安排已公布
        </Button>
      </form>
    </div>
  );
}

export function RemoveDayButton({ date, remove }: { date: string; remove: (date: string) => Promise<ActionResult> }) {
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="text-sm text-red-700 underline"
      onClick={() =>
        window.confirm(`删除 ${date} 的调整？`) &&
        start(async () => {
          await remove(date);
        })
      }
    >
      删除
    </button>
  );
}
