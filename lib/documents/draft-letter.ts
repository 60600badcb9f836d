// The reply letter as it will be issued if the reviewer approves now: filled from the draft, not
// numbered, not kept. The reviewer reads it beside the draft, with any problem the issuing check
// would find, before approving.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deadlinesOf } from '@/lib/cases/case-state';
import type { LoadedCase } from '@/lib/cases/load-case';
import { applyStep } from '@/lib/cases/steps';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { todayInChina } from '@/lib/shared/dates';
import { kindById } from './catalog';
import { docxParagraphs, letterProblems } from './letter-check';
import { replyKindFor } from './letter-rules';
import { docxToHtml } from './manage-templates';
import { fillData, PLACEHOLDERS } from './placeholders';
import { renderDocx, TemplateError } from './render';
import { activeTemplate } from './templates';

export async function draftReplyLetter(
  db: PrismaClient,
  { row, state }: LoadedCase,
): Promise<{ name: string; html: string; problems: string[] } | null> {
  if (state.status !== 'review' || !state.reply) return null;
  const kind = replyKindFor(state.reply.disposition);
  const k = kind ? kindById(kind) : null;
  if (!kind || !k) return null;
  const today = todayInChina();
  const approved = applyStep(state, 'reply_approved', {}, today, null);
  const [cal, { bytes }, disposition] = await Promise.all([
    loadCalendar(db),
    activeTemplate(db, row.agencyId, kind),
    db.disposition.findUnique({ where: { code: state.reply.disposition } }),
  ]);
  try {
    const file = renderDocx(
      bytes,
      fillData({
        kind: k,
        agency: row.agency,
        row: { ...row, receivedOn: row.receivedOn.toISOString().slice(0, 10) },
        state: approved,
        deadlines: deadlinesOf(cal, approved),
        cal,
        party: '',
        reviewFirst: disposition?.reviewFirst ?? false,
        clerkName: row.assignee?.name ?? '',
        approverName: '（审核人）',
        dispositionLabel: disposition?.label ?? '',
        docNo: '（文号在出具时编定）',
        issueDate: today,
      }),
    );
    return { name: k.name, html: await docxToHtml(file), problems: letterProblems(docxParagraphs(file), today) };
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return {
      name: k.name,
      html: '',
      problems: [err.names.length ? `缺少${err.names.map((n) => `"${PLACEHOLDERS[n] ?? n}"`).join('、')}` : err.message],
    };
  }
}
