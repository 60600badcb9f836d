'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm, useAction } from '../ui/action-form';
import { ResultNotice } from '../ui/notice';
import { inputClass } from '../ui/field';

type Decide = (caseIds: number[], form: FormData) => Promise<ActionResult>;

/** The two decisions on one group of applications: publish (title, summary, redacted files) or not (reason). */
export function ReleaseDecision({ caseIds, suggestedTitle, action }: { caseIds: number[]; suggestedTitle: string; action: Decide }) {
  const shared = useAction();
  const send = (decision: 'publish' | 'decline') => (fd: FormData) => {
    fd.set('decision', decision);
    return action(caseIds, fd);
  };
  return (
    <div className="space-y-3">
      <ActionForm label="纳入主动公开" submit="纳入主动公开" send={send('publish')} shared={shared} className="space-y-2">
        <label className="block">
          <span className="font-medium">公开信息的名称</span>
          <input name="title" defaultValue={suggestedTitle} maxLength={200} required className={inputClass} />
        </label>
        <label className="block">
          <span className="font-medium">说明（内容、文号、范围）</span>
          <textarea name="summary" rows={2} maxLength={2000} className={inputClass} />
        </label>
        <label className="block">
          <span className="font-medium">公开的文件（删除个人信息后的版本，PDF、JPG 或 PNG，合计不超过 5 MB）</span>
          <input name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png" className="block" />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="checked" />
          已核对：名称、说明和文件不含申请人的姓名、证件号码、联系方式、住址等个人信息
        </label>
      </ActionForm>
      <ActionForm label="不予主动公开" submit="不予主动公开" send={send('decline')} shared={shared} className="space-y-2">
        <label className="block">
          <span className="font-medium">不予主动公开的理由</span>
          <input name="reason" maxLength={1000} className={inputClass} />
        </label>
      </ActionForm>
      <ResultNotice result={shared.result} />
    </div>
  );
}
