'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, text, useAction } from '../ui/action-form';
import { Button } from '../ui/button';
import { ResultNotice } from '../ui/notice';

export function FreezeButton({
  year,
  format,
  disabled,
  action,
}: {
  year: string;
  format: string;
  disabled: boolean;
  action: (y: string, f: string) => Promise<ActionResult>;
}) {
  const { pending, result, run } = useAction();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        disabled={disabled || pending}
        onClick={() => window.confirm(`冻结 ${year} 年度报表？冻结后数字不再随案件变化。`) && run(() => action(year, format))}
      >
        冻结报表
      </Button>
      <ResultNotice result={result} />
    </span>
  );
}

export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      打印
    </Button>
  );
}

export function ManualForm({
  year,
  format,
  rows,
  values,
  action,
}: {
  year: string;
  format: string;
  rows: { code: string; label: string; unit: string }[];
  values: Record<string, number>;
  action: (y: string, f: string, v: Record<string, string>) => Promise<ActionResult>;
}) {
  return (
    <ActionForm
      label="手工填报"
      submit="保存手工填报数"
      className="space-y-3"
      footerClass="flex items-center gap-3"
      send={(fd) => action(year, format, Object.fromEntries(rows.map((r) => [r.code, text(fd, r.code)])))}
    >
      <div className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-2">
        {rows.map((r) => (
          <label key={r.code} className="flex items-center justify-between gap-2 text-sm">
            <span>
              {r.label}
              {r.unit ? `（${r.unit}）` : ''}
            </span>
            <input
              name={r.code}
              defaultValue={values[r.code] ?? ''}
              inputMode="decimal"
              className="w-28 rounded border border-slate-300 px-2 py-1 text-right"
              aria-label={r.label}
            />
          </label>
        ))}
      </div>
    </ActionForm>
  );
}
