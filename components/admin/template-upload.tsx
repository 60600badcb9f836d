'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Field, Select } from '../ui/field';
import { Notice } from '../ui/notice';
import { keepFields } from '../ui/keep-fields';
import { trustedHtml } from '@/components/html';

export function TemplateUpload({
  kinds,
  upload,
  activate,
}: {
  kinds: { id: string; name: string }[];
  upload: (fd: FormData) => Promise<ActionResult<{ id: number; preview: string }>>;
  activate: (id: number) => Promise<ActionResult>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<{ id: number; preview: string }> | null>(null);
  const [activated, setActivated] = useState<ActionResult | null>(null);
  return (
    <div className="space-y-3">
      <form
        aria-label="上传模板"
        className="grid grid-cols-1 gap-3 md:grid-cols-3 md:items-end"
        onSubmit={keepFields((fd) =>
          start(async () => {
            setActivated(null);
            setResult(await upload(fd));
          }),
        )}
      >
        <Field label="文书种类" htmlFor="tpl-kind">
          <Select id="tpl-kind" name="kind">
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="本机关的 .docx 模板" htmlFor="tpl-file">
          <input id="tpl-file" name="file" type="file" accept=".docx" className="text-sm" />
        </Field>
        <Button type="submit" disabled={pending}>
          上传并检查
        </Button>
      </form>
      {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      {result?.ok && result.data ? (
        <div className="space-y-2">
          <div
            className="max-h-96 overflow-auto rounded border border-slate-300 bg-white p-4 font-serif"
            data-testid="template-preview"
            dangerouslySetInnerHTML={trustedHtml(result.data.preview)}
          />
          <Button
            type="button"
            disabled={pending || !!activated?.ok}
            onClick={() => start(async () => setActivated(await activate(result.data!.id)))}
          >
            启用该模板
          </Button>
          {activated ? <Notice kind={activated.ok ? 'success' : 'error'}>{activated.message}</Notice> : null}
        </div>
      ) : null}
    </div>
  );
}

export function RestoreDefault({ kind, restore }: { kind: string; restore: (kind: string) => Promise<ActionResult> }) {
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="text-sm text-blue-700 underline"
      onClick={() =>
        window.confirm('恢复为系统默认模板？本机关模板会保留。') &&
        start(async () => {
          await restore(kind);
        })
      }
    >
      恢复默认
    </button>
  );
}
