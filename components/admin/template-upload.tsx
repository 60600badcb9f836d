'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm } from '../ui/action-form';
import { ConfirmButton } from '../ui/confirm-button';
import { Button } from '../ui/button';
import { Field, Select } from '../ui/field';
import { ResultNotice } from '../ui/notice';
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
  const [activated, setActivated] = useState<ActionResult | null>(null);
  const [activating, start] = useTransition();
  return (
    <ActionForm
      label="上传模板"
      submit="上传并检查"
      className="grid grid-cols-1 gap-3 md:grid-cols-3 md:items-end"
      send={(fd) => {
        setActivated(null);
        return upload(fd);
      }}
      after={(result) =>
        result?.ok && result.data ? (
          <div className="space-y-2 md:col-span-3">
            <div
              className="max-h-96 overflow-auto rounded border border-slate-300 bg-white p-4 font-serif"
              data-testid="template-preview"
              dangerouslySetInnerHTML={trustedHtml(result.data.preview)}
            />
            <Button
              type="button"
              disabled={activating || !!activated?.ok}
              onClick={() => start(async () => setActivated(await activate(result.data!.id)))}
            >
              启用该模板
            </Button>
            <ResultNotice result={activated} />
          </div>
        ) : null
      }
    >
      <Field label="文书种类" htmlFor="tpl-kind">
        <Select id="tpl-kind" name="kind" options={kinds.map((k) => [k.id, k.name] as const)} />
      </Field>
      <Field label="本机关的 .docx 模板" htmlFor="tpl-file">
        <input id="tpl-file" name="file" type="file" accept=".docx" className="text-sm" />
      </Field>
    </ActionForm>
  );
}

export function RestoreDefault({ kind, restore }: { kind: string; restore: (kind: string) => Promise<ActionResult> }) {
  return (
    <ConfirmButton question="恢复为系统默认模板？本机关模板会保留。" run={() => restore(kind)} className="text-sm text-blue-700 underline">
      恢复默认
    </ConfirmButton>
  );
}
