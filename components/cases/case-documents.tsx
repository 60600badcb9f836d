'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';

export interface IssuedDoc { id: number; name: string; docNo: string; version: number; issuedAt: string; issuedBy: string }

export function CaseDocuments({ caseId, offered, issued, canIssue, issue }: {
  caseId: number; offered: { kind: string; name: string }[]; issued: IssuedDoc[]; canIssue: boolean;
  issue: (caseId: number, kind: string) => Promise<ActionResult>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <div className="space-y-3">
      {canIssue ? (
        <div className="flex flex-wrap gap-2" aria-label="可出具的文书">
          {offered.map((o) => (
            <Button key={o.kind} type="button" variant="secondary" disabled={pending} onClick={() => start(async () => setResult(await issue(caseId, o.kind)))}>出具{o.name}</Button>
          ))}
        </div>
      ) : null}
      {result ? <Notice kind={result.ok ? 'success' : 'error'}>{result.message}</Notice> : null}
      {issued.length ? (
        <table className="w-full text-sm" aria-label="已出具的文书">
          <thead><tr className="border-b text-left text-slate-600"><th className="p-1">文书</th><th className="p-1">文号</th><th className="p-1">出具</th><th className="p-1" /></tr></thead>
          <tbody>{issued.map((d) => (
            <tr key={d.id} className="border-b" data-doc={d.docNo}>
              <td className="p-1">{d.name}{d.version > 1 ? `（第 ${d.version} 版）` : ''}</td>
              <td className="p-1">{d.docNo}</td>
              <td className="p-1 text-slate-500">{d.issuedBy} {d.issuedAt}</td>
              <td className="p-1 whitespace-nowrap">
                <a className="text-blue-700 underline" href={`/api/v1/documents/${d.id}/preview`} target="_blank" rel="noreferrer">预览</a>
                <a className="ml-2 text-blue-700 underline" href={`/api/v1/documents/${d.id}`} download>下载</a>
              </td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p className="text-sm text-slate-500">尚未出具文书。</p>}
    </div>
  );
}
