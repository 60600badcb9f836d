'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { Notice } from '../ui/notice';

/** The annual report's parts the office writes (一 五 六), saved per year for the Word draft. */
export function OfficePartsForm({
  year,
  parts,
  values,
  action,
}: {
  year: string;
  parts: [number, string, string][];
  values: Record<number, string>;
  action: (year: string, parts: Record<string, string>) => Promise<ActionResult>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <form
      aria-label="年度报告文字部分"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        start(async () =>
          setResult(await action(year, Object.fromEntries(parts.map(([n]) => [String(n), String(fd.get(`part${n}`) ?? '')])))),
        );
      }}
    >
      {parts.map(([n, title, hint]) => (
        <label key={n} className="block text-sm">
          <span className="font-medium">{title}</span>
          <textarea name={`part${n}`} rows={4} defaultValue={values[n] ?? ''} placeholder={hint} className={inputClass} />
        </label>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          保存文字部分
        </Button>
        {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      </div>
    </form>
  );
}
