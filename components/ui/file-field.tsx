'use client';

import { useState } from 'react';

/**
 * A file input that speaks Chinese whatever the browser's own language: the native control (which
 * says "Choose File" in an English browser) is visually hidden behind our own button and file list.
 */
export function FileField({ name, label, accept, multiple }: { name: string; label: string; accept: string; multiple?: boolean }) {
  const [files, setFiles] = useState<string[]>([]);
  const id = `file-${name}`;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          name={name}
          type="file"
          accept={accept}
          multiple={multiple}
          className="peer sr-only"
          onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []).map((f) => f.name))}
        />
        <span aria-hidden className="cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 peer-focus-visible:ring-2">
          <label htmlFor={id} className="cursor-pointer">
            选择文件
          </label>
        </span>
        <span className="text-slate-600">{files.length ? files.join('、') : '未选择文件'}</span>
      </div>
    </div>
  );
}
