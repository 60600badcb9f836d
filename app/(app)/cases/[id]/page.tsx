import { notFound } from 'next/navigation';
import { cachedCatalogue } from '@/lib/settings/dispositions';
import { CaseActions } from '@/components/cases/case-actions';
import { DueCell } from '@/components/cases/due-cell';
import { StatusBadge } from '@/components/cases/status-badge';
import { Timeline } from '@/components/cases/timeline';
import { caseAsideHtml } from '@/components/cases/case-aside';
import { requirePage } from '@/lib/auth/session';
import { summarizeEvent } from '@/lib/cases/event-summary';
import {
  APPLICANT_KIND_LABELS,
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  FORM_LABELS,
  REQUEST_KIND_LABELS,
  type DeliveryMethod,
} from '@/lib/cases/labels';
import { caseDetailAt, logUnmaskedView } from '@/lib/cases/queries';
import { STEPS, stepLabel } from '@/lib/cases/steps';
import type { LoadedCase } from '@/lib/cases/load-case';
import type { Reply } from '@/lib/cases/case-state';
import { draftReplyLetter } from '@/lib/documents/draft-letter';
import { db } from '@/lib/db/client';
import { formatCn, formatTimestamp, fromDate, todayInChina } from '@/lib/shared/dates';
import { issueDocumentAction, previewReplyAction, recordEventAction, uploadAttachmentAction } from '../actions';
import { RECTIFY_FIELD_LABELS, replyFormFields } from '@/lib/cases/dispositions';
import { CaseAttachments } from '@/components/cases/case-attachments';
import { RULES } from '@/lib/deadlines/compute-deadlines';
import type { Regime } from '@/lib/documents/citations';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@/lib/attachments/store';
import { mayDownloadLetter, mayOpenAttachment } from '@/lib/attachments/may-open';
import { CaseDocuments } from '@/components/cases/case-documents';
import { IssuedDocuments } from '@/components/cases/issued-documents';
import { can } from '@/lib/auth/permissions';
import { kindById } from '@/lib/documents/catalog';
import { trustedHtml } from '@/components/html';
import { CaseAppeals, CaseRoutes } from '@/components/cases/case-routes';

// Only the asking office's case; any other number is a 404 like a missing one.
async function caseFor(id: string) {
  const actor = await requirePage('/cases/{id}', `/cases/${id}`);
  return { actor, detail: await caseDetailAt(db(), id, actor) };
}

// The tab carries the tracking number, so a clerk with ten cases open can tell them apart: the page
// renders its own <title> (React moves it into the head) and Next's is switched off here, or the
// app's name would come first. Not generateMetadata: an asynchronous title made Next stream the
// metadata apart from the page, ~8 % of the page's cost at 1 M cases (48 % -> 52 % of the trivial page).
export const metadata = { title: null };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, detail } = await caseFor(id);
  if (!detail) notFound();
  await logUnmaskedView(db(), detail, actor.userId);
  const [dispositions, draftLetter] = await Promise.all([
    cachedCatalogue(db(), actor.agencyId).then((all) => all.filter((d) => d.active)),
    can(actor.role, 'cases.review') ? draftReplyLetter(db(), { row: detail.row as LoadedCase['row'], state: detail.state }) : null,
  ]);
  const { documents: docs, attachments: files } = detail.papers;
  const label = (code: string) => dispositions.find((d) => d.code === code)?.label ?? code;
  const { row, state, deadlines } = detail;
  const replyFields = replyFormFields(state.regime, row.requestKind);
  const dl = deadlines;
  const info: [string, string][] = [
    ['申请类型', REQUEST_KIND_LABELS[row.requestKind]],
    ['渠道', CHANNEL_LABELS[row.channel]],
    ['收到申请日期', formatCn(fromDate(row.receivedOn))],
    ['适用', `${row.regime}年《条例》（${RULES[row.regime as Regime].replyDays}+${RULES[row.regime as Regime].maxExtension}个工作日）`],
    ['申请人', `${row.applicantName}（${APPLICANT_KIND_LABELS[row.applicantKind]}）`],
    ...((row.applicantKind === 'natural'
      ? [['证件', [row.idType, row.idNumber].filter(Boolean).join(' ') || '—']]
      : [
          ['统一社会信用代码', row.orgCode || '—'],
          ['联系人', row.contactPerson || '—'],
        ]) as [string, string][]),
    ['联系电话', row.phone || '—'],
    ['通信地址', [row.address, row.postcode].filter(Boolean).join(' ') || '—'],
    ['电子邮箱', row.email || '—'],
    [
      '获取形式/方式',
      `${FORM_LABELS[row.formWanted as 'paper'] ?? row.formWanted} / ${DELIVERY_LABELS[row.deliveryWanted as DeliveryMethod] ?? row.deliveryWanted}`,
    ],
    ['主题', row.topic ?? '—'],
    ['承办人', row.assignee?.name ?? '—'],
  ];
  return (
    <article className="space-y-6">
      <title>{`${row.trackingNo} 申请详情`}</title>
      <header className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-4">
        <h1 className="font-mono text-2xl font-semibold">{row.trackingNo}</h1>
        <p className="text-lg" data-testid="case-applicant">
          {row.applicantName}
          <span className="ml-1 text-sm text-slate-500">{APPLICANT_KIND_LABELS[row.applicantKind]}</span>
        </p>
        {row.requestKind === 'rectification' ? (
          <span className="rounded bg-violet-100 px-2 py-0.5 text-sm text-violet-900" data-testid="case-request-kind">
            更正申请
          </span>
        ) : null}
        <StatusBadge status={row.status} />
        <div className="ml-auto text-right">
          {state.status === 'closed' ? (
            <p>
              已于 {state.closedOn ? formatCn(state.closedOn) : '—'} 办结{state.disposition ? `：${label(state.disposition)}` : ''}
              {can(actor.role, 'archive.manage') ? (
                <a href={`/api/v1/archive/cases/${row.id}`} className="ml-3 text-sm text-blue-700 underline" download>
                  下载归档包
                </a>
              ) : null}
              {state.counter ? (
                <a href={`/cases/${row.id}/counter-record`} className="ml-3 text-sm text-blue-700 underline">
                  当场答复记录
                </a>
              ) : null}
            </p>
          ) : dl.dueOn ? (
            <p>
              答复期限：
              <strong data-testid="case-due">
                <DueCell dueOn={dl.dueOn} left={detail.workdaysLeft} provisional={dl.provisional} long />
              </strong>
            </p>
          ) : (
            <p data-testid="case-due">
              等待补正，期限暂停计算{dl.correctionLimitOn ? `（补正期限 ${formatCn(dl.correctionLimitOn)}）` : ''}
            </p>
          )}
          {dl.correctionNoticeDueOn && state.corrections.length === 0 && state.status === 'open' ? (
            <p className="text-sm text-slate-600">如需补正，应于 {formatCn(dl.correctionNoticeDueOn)} 前一次性告知</p>
          ) : null}
        </div>
      </header>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {/* The page prints as a clean record: what can be done next is for the screen only. */}
          <section className="no-print rounded border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">可办理的操作</h2>
            {state.lastReturn && state.status === 'open' ? (
              <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">审核退回意见：{state.lastReturn.comment}</p>
            ) : null}
            {state.pendingExtension ? (
              <p className="mb-2 text-sm text-amber-800">
                延期申请待审核：延长 {state.pendingExtension.workingDays} 个工作日，理由：{state.pendingExtension.reason}
              </p>
            ) : null}
            {state.reply && (state.status === 'review' || state.status === 'approved') ? (
              <div className="mb-3 rounded bg-slate-50 p-2 text-sm" data-testid="draft-reply">
                <p>答复类型：{label(state.reply.disposition)}</p>
                <p>法律依据：{state.reply.legalBasis}</p>
                {state.reply.items.length ? <p>公开的信息：{state.reply.items.join('、')}</p> : null}
              </div>
            ) : null}
            {draftLetter ? (
              <details className="mb-3 rounded border border-slate-200 p-2" open data-testid="draft-letter">
                <summary className="cursor-pointer text-sm font-medium">将出具的{draftLetter.name}（预览）</summary>
                {draftLetter.problems.length ? (
                  <p className="mt-2 rounded bg-red-50 p-2 text-sm text-red-800" role="alert">
                    出具时将被拒绝：{draftLetter.problems.join('；')}
                  </p>
                ) : null}
                <div className="mt-2 max-h-96 overflow-auto font-serif text-sm" dangerouslySetInnerHTML={trustedHtml(draftLetter.html)} />
              </details>
            ) : null}
            <CaseActions
              caseId={row.id}
              version={row.version}
              today={todayInChina()}
              actions={detail.actions.map(({ type: t, on }) => ({
                type: t,
                on,
                label: STEPS[t].label,
                // A 更正申请's reply form speaks of correction, not disclosure.
                fields:
                  state.rectification && (t === 'reply_submitted' || t === 'opinion_submitted')
                    ? STEPS[t].fields.map((f) => ({ ...f, label: RECTIFY_FIELD_LABELS[f.name] ?? f.label }))
                    : STEPS[t].fields,
                confirm: STEPS[t].confirm,
                // A returned reply comes back as drafted, beside the reviewer's comment; delivery
                // starts from the way the applicant asked for.
                defaults:
                  t === 'reply_submitted' && state.reply
                    ? draftDefaults(state.reply)
                    : t === 'delivered'
                      ? { method: row.deliveryWanted }
                      : undefined,
              }))}
              dispositions={dispositions.filter((d) => Object.hasOwn(replyFields, d.code)).map((d) => [d.code, d.label])}
              departments={[...detail.departments]}
              replyFields={replyFields}
              record={recordEventAction}
              preview={previewReplyAction}
            />
          </section>
          <CaseRoutes routes={detail.routes} label={label} />
          <CaseAppeals appeals={detail.appeals} />
          <section className="rounded border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">文书</h2>
            <CaseDocuments
              caseId={row.id}
              today={todayInChina()}
              backdateFrom={detail.backdateFrom}
              canIssue={can(actor.role, 'cases.work')}
              issue={issueDocumentAction}
              offered={detail.letters.map((o) => ({
                kind: o.kind,
                party: o.party,
                name: o.name,
                stepOn: o.stepOn,
                limitOn: o.limitOn,
              }))}
            />
            <IssuedDocuments
              download={mayDownloadLetter(actor.role)}
              docs={docs.map((d) => ({
                id: d.id,
                name: `${kindById(d.kind)?.name ?? d.kind}${d.addressee ? `：${d.addressee}` : ''}`,
                docNo: d.docNo,
                version: d.version,
                issuedAt: formatTimestamp(d.issuedAt),
                issuedBy: d.issuedBy?.name ?? '',
                letterDate: d.letterDate ? formatCn(fromDate(d.letterDate)) : '',
                late: !!d.lateReason,
              }))}
            />
          </section>
          <section className="rounded border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">附件</h2>
            <CaseAttachments
              caseId={row.id}
              canUpload={can(actor.role, 'cases.attach')}
              upload={uploadAttachmentAction}
              files={files.map((f) => ({
                id: f.id,
                label: `${ATTACHMENT_KINDS[f.kind as AttachmentKind] ?? '附件'}：${f.fileName}`,
                open: mayOpenAttachment(actor.role, f.kind),
              }))}
            />
          </section>
          <section className="rounded border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">所需信息</h2>
            <p className="whitespace-pre-wrap">{row.description}</p>
          </section>
          <section className="rounded border border-slate-200 bg-white p-4">
            <h2 className="mb-3 font-semibold">办理记录</h2>
            <Timeline
              items={row.events.map((e) => ({
                id: String(e.id),
                type: e.type,
                label: stepLabel(e.type),
                on: formatCn(fromDate(e.on)),
                at: formatTimestamp(e.at),
                actor: e.actor?.name ?? null,
                summary: summarizeEvent(e.type, e.data as Record<string, unknown>, label),
              }))}
            />
          </section>
        </div>
        <aside
          className="space-y-6"
          dangerouslySetInnerHTML={caseAsideHtml(
            dl.trace.map((t) => t.text),
            info,
            !detail.unmasked,
          )}
        />
      </div>
    </article>
  );
}

/** The reply form's fields, filled from the draft that was returned. */
function draftDefaults(r: Reply): Record<string, string | boolean> {
  return {
    disposition: r.disposition,
    legalBasis: r.legalBasis,
    items: r.items.join('\n'),
    reasons: r.reasons ?? '',
    withheld: r.withheld ?? '',
    referToName: r.referTo?.name ?? '',
    referToContact: r.referTo?.contact ?? '',
    referUnknown: !!r.referUnknown,
    form: r.form,
    feeBasis: r.fee?.basis ?? '',
    feeCount: r.fee ? String(r.fee.count) : '',
    publicInterest: r.publicInterest ?? '',
    note: r.note,
  };
}
