import { REQUEST_KIND_LABELS } from '@/lib/cases/labels';
import { SubmissionCard } from '@/components/portal/submission-card';
import { requirePage } from '@/lib/auth/session';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@/lib/attachments/store';
import { db } from '@/lib/db/client';
import { PUBLIC_DELIVERY, PUBLIC_KINDS, type PublicApplication } from '@/lib/portal/application-schema';
import { listPending } from '@/lib/portal/decide-submission';
import { formatTimestamp, todayInChina } from '@/lib/shared/dates';
import { confirmSubmissionAction, discardSubmissionAction } from './actions';

export const metadata = { title: '网上申请' };

export default async function SubmissionsPage() {
  const actor = await requirePage('/submissions');
  const rows = await listPending(db(), actor);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">网上申请（待确认）</h1>
      <p className="text-sm text-slate-600">
        网上提交的申请，自本机关与申请人双方确认之日起视为收到（《条例》第三十一条第（三）项）。确认后登记为案件并计算答复期限；不予受理的须写明原因，申请人查询时可见。
      </p>
      {rows.length === 0 ? <p className="rounded border border-slate-200 bg-white p-4 text-slate-500">暂无</p> : null}
      {rows.map((s) => {
        const a = s.data as PublicApplication;
        return (
          <SubmissionCard
            key={s.id}
            id={s.id}
            today={todayInChina()}
            submittedAt={formatTimestamp(s.submittedAt)}
            lines={[
              ['申请事项', REQUEST_KIND_LABELS[a.requestKind ?? 'application']],
              ['申请人', `${a.name}（${PUBLIC_KINDS[a.kind]}）`],
              [
                a.kind === 'natural' ? '证件' : '统一社会信用代码',
                a.kind === 'natural' ? `${a.idType ?? ''} ${a.idNumber}` : `${a.orgCode}；联系人：${a.contactPerson}`,
              ],
              ['联系方式', [a.phone, a.email].filter(Boolean).join('；')],
              [a.requestKind === 'rectification' ? '要求更正的信息' : '所需信息', a.description],
              ['获取形式和方式', `${a.formWanted === 'electronic' ? '电子' : '纸质'}；${PUBLIC_DELIVERY[a.deliveryWanted]}`],
            ]}
            attachments={s.attachments.map((f) => ({
              id: f.id,
              label: `${ATTACHMENT_KINDS[f.kind as AttachmentKind] ?? '附件'}：${f.fileName}`,
            }))}
            confirm={confirmSubmissionAction}
            discard={discardSubmissionAction}
          />
        );
      })}
    </section>
  );
}
