// The placeholders of internal handling (issue 30): the routing slip, the departments' opinions
// (会签), the 审批单's chain of 保密审查 and 签发, and the drafts of the answers to a review and a suit
// (the letters issued with their 文号 and dates, and a list of evidence from the file).
import { formatCn } from '@/lib/shared/dates';
import { answerDueOn } from '@/lib/deadlines/appeal-answer';
import { dispositionDef } from '@/lib/cases/dispositions';
import { xmlSafe } from '@/lib/shared/text';
import { kindById } from './catalog';
import type { DocContext } from './placeholders';

const list = (names: string[]) => names.map((name, i) => ({ index: i + 1, name: xmlSafe(name) }));

export function handlingValues(c: DocContext): Record<string, unknown> {
  const s = c.state;
  const actors = c.actors ?? [];
  const nameOf = (type: string, pick: (data: Record<string, unknown>) => boolean = () => true) =>
    actors.findLast((e) => e.type === type && pick((e.data ?? {}) as Record<string, unknown>))?.name ?? '';
  const appeal =
    c.kind.id === 'review_answer' || c.kind.id === 'suit_defence'
      ? s.appeals.findLast((a) => a.kind === (c.kind.id === 'review_answer' ? 'review' : 'suit') && a.noticeReceivedOn)
      : undefined;
  const letters = Object.entries(s.issued)
    .toSorted(([, x], [, y]) => x.on.localeCompare(y.on))
    .map(([kind, d]) => `${kindById(kind)?.title ?? kind}（${d.docNo || '无文号'}，${formatCn(d.on)}）`);
  const draft = appeal
    ? { legalBasis: xmlSafe(s.reply?.legalBasis || '（请补充）'), dispositionLabel: xmlSafe(c.dispositionLabel || '（请补充）') }
    : {};
  return {
    ...draft,
    routeQuestion: s.routes.findLast((r) => r.question)?.question ?? '请提出拟办意见',
    routes: list(s.routes.filter((r) => r.status !== 'returned').map((r) => `${r.name}：${formatCn(r.dueOn)}前`)),
    opinions: list(
      s.routes.map((r) =>
        r.opinion
          ? `${r.name}：${dispositionDef(r.opinion.disposition)?.label ?? r.opinion.disposition}。${r.opinion.note}（${nameOf('opinion_submitted', (d) => d.department === r.department) || '承办人'}，${formatCn(r.opinion.on)}）`
          : `${r.name}：${r.status === 'returned' ? `已退回（${r.returned?.reason ?? ''}）` : '尚未提出意见'}`,
      ),
    ),
    secrecyLine: s.secrecyReviewedOn
      ? `已审查（${c.approverName || '审核人'}，${formatCn(s.secrecyReviewedOn)}）`
      : '不涉及公开信息或尚未审查',
    signoffLine: s.signed
      ? `${nameOf('reply_signed') || '签发人'}　　日期：${formatCn(s.signed.on)}`
      : '____________　　日期：____________',
    noticeReceivedOn: appeal?.noticeReceivedOn ? formatCn(appeal.noticeReceivedOn) : undefined,
    answerDueOn: appeal?.noticeReceivedOn ? formatCn(answerDueOn(c.cal, appeal.kind, appeal.noticeReceivedOn)) : undefined,
    lettersIssued: list(letters.length ? letters : ['（本案尚未出具文书）']),
    evidence: list(['政府信息公开申请（申请登记表）', ...letters, ...(s.delivery ? ['送达回证或送达凭证'] : []), '本案办理记录（审批单）']),
  };
}
