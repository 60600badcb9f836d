'use client';

import { useState } from 'react';
import type { StatusView } from '@/lib/portal/application-status';
import { Button } from '../ui/button';
import { Field, Input } from '../ui/field';
import { Notice } from '../ui/notice';

export function StatusLookup() {
  const [view, setView] = useState<StatusView | null>(null);
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function lookup(raw: string) {
    setPending(true);
    setFailure(null);
    setView(null);
    const clean = raw.trim();
    const res = await fetch(`/api/public/applications/${encodeURIComponent(clean)}`).catch(() => null);
    const body = await res?.json().catch(() => null);
    setPending(false);
    if (res?.ok) {
      setCode(clean);
      return setView(body as StatusView);
    }
    setFailure(res?.status === 404 ? '没有找到该查询码对应的申请，请核对后重新输入' : (body?.error?.message ?? '查询失败，请稍后再试'));
  }

  const file = (what: 'document' | 'file', id: number) => `/api/public/applications/${encodeURIComponent(code)}/files/${what}/${id}`;
  return (
    <div className="space-y-4">
      <form
        aria-label="申请查询"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void lookup(String(new FormData(e.currentTarget).get('code') ?? ''));
        }}
      >
        <Field label="查询码" htmlFor="code" required>
          <Input id="code" name="code" autoComplete="off" placeholder="XXXX-XXXX-XXXX-XXXX" required />
        </Field>
        <Button type="submit" disabled={pending}>
          查询
        </Button>
      </form>
      {failure ? <Notice kind="error">{failure}</Notice> : null}
      {/* The result is announced when it appears (a live region present before it). */}
      <div aria-live="polite">
        {view ? (
          <div className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="status">
            <p className="text-lg font-medium">{view.statusLabel}</p>
            <p className="text-sm text-slate-600">
              申请人：{view.applicant.name}（证件 {view.applicant.idNumber || '—'}，电话 {view.applicant.phone || '—'}）；提交日期：
              {view.submittedOn}
            </p>
            {view.discardReason ? <p>原因：{view.discardReason}</p> : null}
            {view.trackingNo ? (
              <dl className="grid grid-cols-3 gap-1 text-sm">
                <dt className="text-slate-500">申请编号</dt>
                <dd className="col-span-2 font-mono">{view.trackingNo}</dd>
                <dt className="text-slate-500">受理（收到申请）日期</dt>
                <dd className="col-span-2">{view.receivedOn}</dd>
                {view.dueOn ? (
                  <>
                    <dt className="text-slate-500">答复期限</dt>
                    <dd className="col-span-2">{view.dueOn}</dd>
                  </>
                ) : null}
              </dl>
            ) : null}
            {view.events?.length ? (
              <ul className="list-disc pl-5 text-sm">
                {view.events.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
            {view.documents?.length || view.files?.length ? (
              <div className="text-sm">
                <p className="font-medium">答复和公开的信息</p>
                <ul className="space-y-1">
                  {view.documents?.map((d) => (
                    <li key={`d${d.id}`}>
                      <a href={file('document', d.id)} className="text-blue-700 underline" download>
                        {d.name}（{d.docNo}）
                      </a>
                    </li>
                  ))}
                  {view.files?.map((f) => (
                    <li key={`f${f.id}`}>
                      <a href={file('file', f.id)} className="text-blue-700 underline" download>
                        {f.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
