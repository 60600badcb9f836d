'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, Input } from '../ui/field';
import { ResultNotice } from '../ui/notice';

export interface OfferedDoc {
  kind: string;
  party: string;
  name: string;
  stepOn: string;
  limitOn: string | null;
}

export function CaseDocuments({
  caseId,
  today,
  backdateFrom,
  offered,
  canIssue,
  issue,
}: {
  caseId: number;
  today: string;
  backdateFrom: string;
  offered: OfferedDoc[];
  canIssue: boolean;
  issue: (caseId: number, kind: string, options: Record<string, unknown>) => Promise<ActionResult>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [open, setOpen] = useState<OfferedDoc | null>(null);
  const [date, setDate] = useState('');
  // Past the letter's legal limit the office must say why (it is recorded and shown as late).
  const late = !!open?.limitOn && (date || open.stepOn) > open.limitOn;
  // Dated more than three working days before today, the letter is 补录 and the office says why.
  const backdated = !!open && (date || open.stepOn) < backdateFrom;
  function submit(fd: FormData) {
    if (!open) return;
    const picked = String(fd.get('date') || '');
    const options = {
      // Left at its default, the date is the server's: a re-issue with the same text keeps the original's date.
      date: picked && picked !== open.stepOn ? picked : undefined,
      lateReason: String(fd.get('lateReason') ?? ''),
      backdateReason: String(fd.get('backdateReason') ?? ''),
      party: open.party,
    };
    start(async () => {
      const res = await issue(caseId, open.kind, options);
      setResult(res);
      if (res.ok) setOpen(null);
    });
  }
  return (
    <div className="space-y-3">
      {canIssue ? (
        <div className="no-print flex flex-wrap gap-2" aria-label="可出具的文书">
          {offered.map((o) => (
            <Button
              key={o.kind + o.party}
              type="button"
              variant={open === o ? 'primary' : 'secondary'}
              disabled={pending}
              onClick={() => {
                setOpen(o);
                setDate(o.stepOn);
                setResult(null);
              }}
            >
              出具{o.name}
            </Button>
          ))}
        </div>
      ) : null}
      {open ? (
        <form
          aria-label={`出具${open.name}`}
          className="no-print grid grid-cols-1 gap-3 rounded border border-blue-200 bg-blue-50/40 p-3 md:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            submit(new FormData(e.currentTarget));
          }}
        >
          <Field label="文书日期（默认为所记录办理步骤的日期）" htmlFor="doc-date">
            <Input
              id="doc-date"
              name="date"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              min={open.stepOn}
              max={today}
              required
            />
          </Field>
          {late ? (
            <Field label="逾期出具的原因（已超过法定期限）" htmlFor="doc-late">
              <Input id="doc-late" name="lateReason" required />
            </Field>
          ) : null}
          {backdated ? (
            <Field label="补录的原因（所署日期距今超过3个工作日）" htmlFor="doc-backdate">
              <Input id="doc-backdate" name="backdateReason" required />
            </Field>
          ) : null}
          <div className="flex gap-2 md:col-span-2">
            <Button type="submit" disabled={pending}>
              {pending ? '正在出具…' : `确定出具${open.name}`}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
              取消
            </Button>
          </div>
        </form>
      ) : null}
      <ResultNotice result={result} />
    </div>
  );
}
