'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Select } from '../ui/field';
import { FileField } from '../ui/file-field';
import { ResultNotice } from '../ui/notice';
import { useAction } from '../ui/action-form';

const FILE_KINDS = [
  ['scan', '扫描件（来信、信封）'],
  ['id_copy', '身份证明（证件的复印件或扫描件）'],
  ['released', '公开的信息（随答复送达）'],
] as const;

export function CaseAttachments({
  caseId,
  files,
  canUpload,
  upload,
}: {
  caseId: number;
  /** `open`: whether this role may download it (identity papers are for roles that see ID numbers). */
  files: { id: number; label: string; open: boolean }[];
  canUpload: boolean;
  upload: (caseId: number, fd: FormData) => Promise<ActionResult>;
}) {
  const { pending, result, run } = useAction();
  return (
    <div className="space-y-2 text-sm">
      {files.length ? (
        <ul aria-label="附件">
          {files.map((f) => (
            <li key={f.id}>
              {f.open ? (
                <a href={`/api/v1/attachments/${f.id}`} className="text-blue-700 underline" download>
                  {f.label}
                </a>
              ) : (
                <span>
                  {f.label}
                  <span className="text-slate-600">（身份证明材料，当前角色不能查看）</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-500">暂无附件。</p>
      )}
      {canUpload ? (
        <form
          aria-label="上传附件"
          className="no-print flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            const form = e.currentTarget;
            run(async () => {
              const res = await upload(caseId, fd);
              if (res.ok) form.reset();
              return res;
            });
          }}
        >
          <Select name="kind" aria-label="附件类型" defaultValue="scan" className="w-auto" options={FILE_KINDS} />
          <FileField name="file" label="选择文件" accept=".pdf,.jpg,.jpeg,.png" />
          <Button type="submit" variant="secondary" disabled={pending}>
            上传
          </Button>
        </form>
      ) : null}
      <ResultNotice result={result} />
    </div>
  );
}
