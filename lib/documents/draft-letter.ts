// The reply letter as it will be issued if the reviewer approves now: filled from the draft, not
// numbered, not kept. The reviewer reads it beside the draft, with any problem the issuing check
// would find, before approving.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { deadlinesOf } from '@/lib/cases/case-state';
import type { LoadedCase } from '@/lib/cases/load-case';
import { applyStep, takeStep, type StepActor } from '@/lib/cases/steps';
import { loadCase } from '@/lib/cases/load-case';
import { loadStepBasics, stepContextFor, stepInputFor } from '@/lib/cases/step-context';
import { cachedCalendar } from '@/lib/deadlines/load-calendar';
import { todayInChina } from '@/lib/shared/dates';
import { kindById } from './catalog';
import { docxParagraphs, letterProblems } from './letter-check';
import { replyKindFor } from './letter-rules';
import { docxToHtml } from './manage-templates';
import { fillLetter, missingMessage } from './fill-letter';
import { TemplateError } from './render';
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
  const approved = applyStep(state, 'reply_approved', { secrecyReviewed: true }, today, null);
  const [cal, { bytes }] = await Promise.all([cachedCalendar(db), activeTemplate(db, row.agencyId, kind)]);
  try {
    const file = await fillLetter({ row, state } as LoadedCase, {
      kind: k,
      template: bytes,
      state: approved,
      deadlines: deadlinesOf(cal, approved),
      cal,
      party: '',
      docNo: '（文号在出具时编定）',
      issueDate: today,
      approverName: '（审核人）',
    });
    return { name: k.name, html: await docxToHtml(file), problems: letterProblems(docxParagraphs(file), today) };
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { name: k.name, html: '', problems: [missingMessage(err)] };
  }
}

/**
 * The clerk's preview before submitting: the reply as typed is judged exactly as submitting would
 * judge it (nothing is saved), then the letter it would produce is filled. A problem the reply
 * step finds comes back as the one problem, without a letter.
 */
export async function previewReplyLetter(
  db: PrismaClient,
  caseId: number,
  input: Record<string, unknown>,
  actor: StepActor & { agencyId: number },
): Promise<{ name: string; html: string; problems: string[] } | null> {
  const [loaded, basics] = await Promise.all([loadCase(db, caseId, actor.agencyId), loadStepBasics(db, actor.agencyId, 'reply_submitted')]);
  const ctx = await stepContextFor(db, basics, 'reply_submitted', loaded.row, caseId);
  const { state } = takeStep(loaded.state, 'reply_submitted', ctx.today, stepInputFor('reply_submitted', input, loaded.row), actor, ctx);
  return draftReplyLetter(db, { row: loaded.row, state });
}
