'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text } from '../ui/action-form';
import { inputClass } from '../ui/field';

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
  return (
    <ActionForm
      label="年度报告文字部分"
      submit="保存文字部分"
      className="space-y-3"
      footerClass="flex items-center gap-3"
      send={(fd) => action(year, Object.fromEntries(parts.map(([n]) => [String(n), text(fd, `part${n}`)])))}
    >
      {parts.map(([n, title, hint]) => (
        <label key={n} className="block text-sm">
          <span className="font-medium">{title}</span>
          <textarea name={`part${n}`} rows={4} defaultValue={values[n] ?? ''} placeholder={hint} className={inputClass} />
        </label>
      ))}
    </ActionForm>
  );
}
