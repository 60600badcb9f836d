// Filling one letter from a loaded case: the one place that gathers what a template needs (the
// disposition's label and review-first rule, from the disposition table), renders it, and
// says in the clerk's words what is missing when a placeholder has no value. Issuing a letter and
// the reviewer's preview both go through here.
import { dispositionDef } from '@/lib/cases/dispositions';
import type { CaseState } from '@/lib/cases/case-state';
import type { LoadedCase } from '@/lib/cases/load-case';
import type { Calendar } from '@/lib/deadlines/calendar';
import type { Deadlines } from '@/lib/deadlines/compute-deadlines';
import { fromDate, type IsoDate } from '@/lib/shared/dates';
import type { DocKind } from './catalog';
import { fillData, PLACEHOLDERS } from './placeholders';
import { renderDocx, TemplateError } from './render';

export interface LetterInput {
  kind: DocKind;
  template: Uint8Array;
  state: CaseState;
  deadlines: Deadlines;
  cal: Calendar;
  party: string;
  docNo: string;
  issueDate: IsoDate;
  approverName: string;
}

/** "占位符 {reasons} 没有数据" → 缺少"理由" — the clerk's words, not the template's. */
export function missingMessage(err: TemplateError): string {
  return err.names.length ? `缺少${err.names.map((n) => `"${PLACEHOLDERS[n] ?? n}"`).join('、')}` : err.message;
}

/** The filled .docx; throws TemplateError naming what the case has no value for. */
export async function fillLetter({ row }: LoadedCase, l: LetterInput): Promise<Uint8Array> {
  const disposition = dispositionDef(l.state.disposition ?? l.state.reply?.disposition);
  return renderDocx(
    l.template,
    fillData({
      kind: l.kind,
      agency: row.agency,
      row: { ...row, receivedOn: fromDate(row.receivedOn) },
      state: l.state,
      deadlines: l.deadlines,
      cal: l.cal,
      party: l.party,
      reviewFirst: !!disposition?.reviewFirst,
      clerkName: row.assignee?.name ?? '',
      approverName: l.approverName,
      dispositionLabel: disposition?.label ?? '',
      // Who took each step, for the 审批单's chain (承办部门, 审核, 签发).
      actors: row.events.map((e) => ({ type: e.type, data: e.data, name: e.actor?.name ?? '' })),
      docNo: l.docNo,
      issueDate: l.issueDate,
    }),
  );
}
