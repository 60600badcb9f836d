'use client';

import { useState } from 'react';
import { Button } from './ui/button';
import { Notice } from './ui/notice';
import { CHINESE_HEADERS, COLUMNS, REQUIRED, type Column } from '@/lib/imports/ledger-columns';

interface Result {
  total: number;
  imported: number;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
  errorCount: number;
}

/** Uploads a ledger and follows the server's NDJSON progress lines. */
export function ImportUpload() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The mapping step: the file's headers and, for each, the column it was read as (or null).
  const [mapping, setMapping] = useState<{ file: File; headers: string[]; guesses: (Column | null)[] } | null>(null);

  async function upload(file: File, columns?: Record<string, string>) {
    setBusy(true);
    setResult(null);
    setError('');
    setProgress(null);
    setMapping(null);
    const type = file.name.toLowerCase().endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : 'text/csv';
    try {
      const query = columns ? `&columns=${encodeURIComponent(JSON.stringify(columns))}` : '';
      const res = await fetch(`/api/v1/imports?progress=1${query}`, { method: 'POST', body: file, headers: { 'Content-Type': type } });
      if (!res.ok || !res.body) {
        setError((await res.json().catch(() => null))?.error?.message ?? '上传失败');
        return;
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        const lines = buf.split('\n');
        buf = lines.pop() ?? '';
        for (const line of lines.filter(Boolean)) {
          const msg = JSON.parse(line);
          if (msg.progress) setProgress(msg.progress);
          if (msg.result) setResult(msg.result);
          if (msg.error?.code === 'columns_unmatched') setMapping({ file, ...msg.error.details });
          if (msg.error) setError(msg.error.message);
        }
      }
    } catch {
      setError('网络错误，导入可能未完成，请刷新后查看');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-4">
      <form
        aria-label="上传台账"
        className="flex items-center gap-3 rounded border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          const f = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
          if (f) upload(f);
        }}
      >
        <label className="text-sm">
          台账文件（.csv 或 .xlsx）
          <input name="file" type="file" accept=".csv,.xlsx" className="ml-2" required />
        </label>
        <Button type="submit" disabled={busy}>
          {busy ? '正在导入…' : '导入'}
        </Button>
      </form>
      {mapping ? (
        <form
          aria-label="对应表头"
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            upload(mapping.file, Object.fromEntries(mapping.headers.map((h, i) => [h, String(data.get(`c${i}`) ?? '')])));
          }}
        >
          <p className="font-medium">请为文件“{mapping.file.name}”的每一列选择对应的项目（带 * 的为必填项目）：</p>
          <table>
            <tbody>
              {mapping.headers.map((h, i) => (
                <tr key={i}>
                  <td className="py-1 pr-3">
                    <label htmlFor={`c${i}`}>{h || `第 ${i + 1} 列（无表头）`}</label>
                  </td>
                  <td>
                    <select id={`c${i}`} name={`c${i}`} defaultValue={mapping.guesses[i] ?? ''} className="rounded border px-2 py-1">
                      <option value="">不导入</option>
                      {COLUMNS.map((c) => (
                        <option key={c} value={c}>
                          {CHINESE_HEADERS[c][0]}
                          {REQUIRED.includes(c) ? ' *' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="submit" disabled={busy}>
            按此对应导入
          </Button>
        </form>
      ) : null}
      {progress ? (
        <div className="space-y-1">
          <progress className="w-full" value={progress.done} max={Math.max(progress.total, 1)} aria-label="导入进度" />
          <p className="text-sm text-slate-600">
            已处理 {progress.done} / {progress.total} 行
          </p>
        </div>
      ) : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      {result ? (
        <div className="space-y-2" data-testid="import-result">
          <Notice kind={result.errorCount ? 'info' : 'success'}>
            共 {result.total} 行：新导入 {result.imported} 件，已存在未变 {result.unchanged} 件，有问题 {result.errorCount} 处
            {result.errorCount > result.errors.length ? `（下表列出前 ${result.errors.length} 处）` : ''}。
          </Notice>
          {result.errors.length ? (
            <table className="w-full bg-white text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th className="p-1">行</th>
                  <th className="p-1">列</th>
                  <th className="p-1">问题</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={i} className="border-b">
                    <td className="p-1">{e.row}</td>
                    <td className="p-1">{CHINESE_HEADERS[e.column as Column]?.[0] ?? e.column}</td>
                    <td className="p-1">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
