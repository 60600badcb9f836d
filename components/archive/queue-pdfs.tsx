'use client';

import type { ActionResult } from '@/lib/shared/action-result';
import { ActionForm } from '../ui/action-form';

/** Asks the background job for the PDFs the listed cases lack. */
export function QueuePdfs({ ids, action }: { ids: number[]; action: (ids: number[]) => Promise<ActionResult> }) {
  return (
    <ActionForm label="生成缺少的 PDF" submit={`为这 ${ids.length} 件申请生成缺少的 PDF`} send={() => action(ids)}>
      {null}
    </ActionForm>
  );
}
