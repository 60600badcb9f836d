// Issues one letter for a case: checks the file supports it, dates it (the date of the step it
// records unless the clerk gives a later one; a reason when past the legal limit or back-dated
// more than three working days), numbers it (one 文号 per letter and addressee; an unchanged
// re-issue is a copy under the same number, a changed one a new letter), fills the template, reads
// the text for blanks and contradictions, keeps the file and notes it on the timeline — in one
// transaction that holds the case row, so parallel issues queue.
import { notFoundError } from '@/lib/shared/errors';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { qb, rows } from '@/lib/db/kysely';
import { deadlinesOf } from '@/lib/cases/case-state';
import { loadCase } from '@/lib/cases/load-case';
import { documentsJson, documentsOf } from '@/lib/cases/case-papers';
import { chinaDate, formatCn, fromDate, isIsoDate, todayInChina, toDate, yearOf, type IsoDate } from '@/lib/shared/dates';
import { DomainError } from '@/lib/shared/errors';
import { optionalText } from '@/lib/shared/text';
import { loadCalendar } from '@/lib/deadlines/load-calendar';
import { kindById } from './catalog';
import { formatDocNo, nextDocSeq, prefixFor } from './document-number';
import { letterProblems, docxParagraphs } from './letter-check';
import { BACKDATE_WORKDAYS, isBackdated } from './backdate';
import { addresseesFor, letterTiming } from './letter-rules';
import { fillLetter, missingMessage } from './fill-letter';
import { TemplateError } from './render';
import { activeTemplate } from './templates';
import { caseWhere, type CaseScope } from '@/lib/cases/case-scope';
import { logEvent } from '@/lib/cases/log-event';
import { queueArchivePdfJob } from '@/lib/jobs/add-job';

const issueOptions = z.object({
  date: z.string().refine(isIsoDate, '文书日期不是有效日期（YYYY-MM-DD）').optional(),
  lateReason: optionalText('逾期出具的原因', 500),
  backdateReason: optionalText('补录的原因', 500),
  party: optionalText('受文的第三方', 200),
});

export async function issueDocument(
  db: PrismaClient,
  caseId: number,
  kind: string,
  actor: { userId: number; agencyId: number },
  options: unknown = {},
) {
  const k = kindById(kind);
  if (!k) throw new DomainError('invalid', '未知的文书种类', 'kind');
  const opts = issueOptions.parse(options ?? {});
  const [cal, { bytes: template, templateId }] = await Promise.all([loadCalendar(db), activeTemplate(db, actor.agencyId, kind)]);

  return db.$transaction(
    async (tx) => {
      const { row, state } = await loadCase(tx, caseId, actor.agencyId, { lock: true });
      const deadlines = deadlinesOf(cal, state);
      const parties = addresseesFor(kind, state);
      const party = k.to === 'thirdParty' ? opts.party || parties.at(-1) || '' : '';
      if (k.to === 'thirdParty' && !parties.length) throw new DomainError('invalid_state', `本案没有征求意见的记录，不能出具${k.name}`);
      if (k.to === 'thirdParty' && !parties.includes(party)) throw new DomainError('invalid', '本案没有向该第三方征求意见', 'party');
      const timing = letterTiming(kind, state, deadlines, row.channel, party || undefined, row.agency.signoffRequired);
      if (!timing) throw new DomainError('invalid_state', `本案的办理情况不支持出具${k.name}`);

      const today = todayInChina();
      const approver =
        [...row.events]
          .reverse()
          .find((e) => e.type === 'reply_approved' || e.type === 'extension_approved' || e.type === 'custom_deadline_approved')?.actor
          ?.name ?? '';
      const numbered = k.to !== 'internal';
      const fill = async (docNo: string, issueDate: IsoDate) => {
        try {
          return new Uint8Array(
            await fillLetter({ row, state }, { kind: k, template, state, deadlines, cal, party, docNo, issueDate, approverName: approver }),
          );
        } catch (err) {
          if (err instanceof TemplateError)
            throw new DomainError('invalid_state', `${k.name}无法出具：${missingMessage(err)}，请先在办理步骤中补充`);
          throw err;
        }
      };

      // A re-issue whose text is unchanged is a copy: the same 文号 and date, a new version. One
      // whose facts changed is a new letter with its own 文号, dated no earlier than the day the
      // letter it replaces was produced; the original stays on file as it was.
      // What every kept version says of itself: its kind, case, addressee and template.
      const filed = { k, caseId, closed: state.status === 'closed', actor, party, templateId };
      const previous = await tx.document.findFirst({ where: { caseId, kind, addressee: party }, orderBy: { id: 'desc' } });
      const previousDate = previous?.letterDate ? fromDate(previous.letterDate) : null;
      if (previous && previousDate && (!opts.date || opts.date === previousDate)) {
        const copy = await fill(previous.docNo, previousDate);
        if (sameText(copy, new Uint8Array(previous.file)))
          return keep(tx, {
            ...filed,
            file: copy,
            letterDate: previousDate,
            numbers: previous,
            copyOf: previous,
          });
      }
      const replaces = previous && numbered ? previous : null;
      const floor = replaces && chinaDate(replaces.issuedAt) > timing.stepOn ? chinaDate(replaces.issuedAt) : timing.stepOn;
      const letterDate = opts.date ?? (floor > today ? today : floor);
      if (letterDate < timing.stepOn)
        throw new DomainError('invalid_state', `文书日期不能早于其所记录的办理步骤（${formatCn(timing.stepOn)}）`, 'date');
      if (replaces && letterDate < chinaDate(replaces.issuedAt))
        throw new DomainError(
          'invalid_state',
          `本案情况已变化，${k.name}须作为新文书出具，日期不能早于原文书 ${replaces.docNo} 的出具日（${formatCn(chinaDate(replaces.issuedAt))}）`,
          'date',
        );
      if (letterDate > today) throw new DomainError('invalid_state', '文书日期不能晚于今天', 'date');
      const late = !!timing.limitOn && letterDate > timing.limitOn;
      if (late && !opts.lateReason)
        throw new DomainError(
          'invalid_state',
          `${k.name}应在${timing.limitLabel}（${formatCn(timing.limitOn!)}）前出具，现已逾期；如确需出具，请填写逾期出具的原因（将记入办理记录）`,
          'lateReason',
        );
      const backdated = isBackdated(cal, letterDate, today);
      if (backdated && !opts.backdateReason)
        throw new DomainError(
          'invalid_state',
          `文书日期（${formatCn(letterDate)}）早于今天${BACKDATE_WORKDAYS}个工作日以上，属于补录；请填写补录的原因（将记入办理记录）`,
          'backdateReason',
        );

      // Internal forms (登记表, 审批单, 送达回证) carry no outgoing 文号: they are filed under the case.
      const year = numbered ? yearOf(letterDate) : (previous?.year ?? yearOf(letterDate));
      const seq = numbered ? await nextDocSeq(tx, actor.agencyId, k.cls, year) : caseId;
      const docNo = numbered
        ? formatDocNo(await prefixFor(tx, actor.agencyId, k.cls, row.agency.shortName), year, seq)
        : `${row.trackingNo}（内部）`;
      const numbers = { year, seq, docNo, version: numbered ? 0 : (previous?.version ?? 0) };
      const file = await fill(docNo, letterDate);
      const problems = letterProblems(docxParagraphs(file), letterDate, { internal: k.to === 'internal' });
      if (problems.length) throw new DomainError('invalid', `${k.name}未出具，文中有问题：${problems.join('；')}`);
      return keep(tx, {
        ...filed,
        file,
        letterDate,
        numbers,
        replaces,
        lateReason: late ? opts.lateReason : undefined,
        backdateReason: backdated ? opts.backdateReason : undefined,
      });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

const sameText = (a: Uint8Array, b: Uint8Array) => docxParagraphs(a).join('\n') === docxParagraphs(b).join('\n');

interface Kept {
  k: NonNullable<ReturnType<typeof kindById>>;
  caseId: number;
  /** The case is closed: its file is due for the archive. */
  closed: boolean;
  actor: { userId: number; agencyId: number };
  party: string;
  templateId: number | null;
  file: Uint8Array<ArrayBuffer>;
  letterDate: IsoDate;
  numbers: { year: number; seq: number; docNo: string; version: number };
  copyOf?: { docNo: string };
  replaces?: { docNo: string } | null;
  lateReason?: string;
  backdateReason?: string;
}

/** Files the letter and notes it on the timeline (with why it is late or back-dated, and what it replaces). */
async function keep(tx: Prisma.TransactionClient, d: Kept) {
  const { k, caseId, actor, party, file, letterDate, numbers } = d;
  const version = numbers.version + 1;
  // The archive's PDFs are made once a case is closed (record-event.ts queues them then); a letter
  // issued after that (a 送达回证, an answer to a review) has its PDF made once this commits. Not
  // before: rendering every receipt at intake kept LibreOffice busy beside the requests.
  if (d.closed) await queueArchivePdfJob(tx, caseId);
  const doc = await tx.document.create({
    data: {
      agencyId: actor.agencyId,
      caseId,
      kind: k.id,
      cls: k.to !== 'internal' ? k.cls : 0,
      year: numbers.year,
      seq: numbers.seq,
      docNo: numbers.docNo,
      version,
      file,
      templateId: d.templateId,
      issuedById: actor.userId,
      addressee: party,
      letterDate: toDate(letterDate),
      lateReason: d.lateReason ?? null,
    },
  });
  await logEvent(
    tx,
    caseId,
    'document_issued',
    {
      kind: k.id,
      name: k.name,
      docNo: numbers.docNo,
      version,
      documentId: doc.id,
      addressee: party,
      ...(d.lateReason ? { late: true, lateReason: d.lateReason } : {}),
      ...(d.backdateReason ? { backdated: true, backdateReason: d.backdateReason } : {}),
      ...(d.copyOf ? { copy: true } : {}),
      ...(d.replaces ? { replaces: d.replaces.docNo } : {}),
    },
    { actorId: actor.userId, on: letterDate },
  );
  return { id: doc.id, kind: k.id, name: k.name, docNo: numbers.docNo, version, letterDate, late: !!d.lateReason, issuedAt: doc.issuedAt };
}

/** A case's documents; a case of another office (or none) is "not found", never an empty list. */
/** A case's issued documents, newest first (the case page reads them with the case instead). */
export async function listDocuments(db: PrismaClient, caseId: number, scope: CaseScope) {
  const { agencyId } = scope;
  // A handler sees a case's documents only when it is routed to their department.
  if (scope.departmentId !== null && !(await db.case.findFirst({ where: { id: caseId, ...caseWhere(scope) }, select: { id: true } })))
    throw notFoundError('案件');
  const [{ docs }] = await rows(
    db,
    qb.selectNoFrom((eb) => documentsJson(eb.val(caseId), eb.val(agencyId)).as('docs')),
  );
  // Only an empty answer needs the second look (every registered case has its receipt).
  if (!docs.length && !(await db.case.findFirst({ where: { id: caseId, agencyId }, select: { id: true } }))) throw notFoundError('案件');
  return documentsOf(docs);
}
