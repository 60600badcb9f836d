// A case's issued letters and its files, each as one JSON column. The case page reads them in the
// statement that reads the case: under load each further statement cost the page about 1 ms of
// server CPU (measured at 1 M cases, 32 clients). listDocuments (the API) reads the same column on
// its own, so the list is written once.
import type { Expression } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { inJson, isoDate, qb } from '@/lib/db/kysely';
import { toDate } from '@/lib/shared/dates';

export interface IssuedDocument {
  id: number;
  kind: string;
  docNo: string;
  version: number;
  issuedAt: Date;
  letterDate: Date | null;
  addressee: string;
  lateReason: string | null;
  issuedBy: { name: string } | null;
}
export interface CaseFile {
  id: number;
  kind: string;
  fileName: string;
}
export interface CasePapers {
  documents: IssuedDocument[];
  attachments: CaseFile[];
}

/** Newest first. Dates go out as text (a letter's date is a calendar date, not a moment). */
export const documentsJson = (caseId: Expression<number>, agencyId: Expression<number>) =>
  jsonArrayFrom(
    qb
      .selectFrom('document as d')
      .leftJoin('app_user as u', 'u.id', 'd.issued_by_id')
      .select(['d.id', 'd.kind', 'd.doc_no', 'd.version'])
      .select((eb) => [
        inJson(eb.ref('d.issued_at')).as('issued_at'),
        isoDate(eb.ref('d.letter_date')).as('letter_date'),
        'd.addressee',
        'd.late_reason',
        'u.name as issuer',
      ])
      .where((eb) => eb.and([eb('d.case_id', '=', caseId), eb('d.agency_id', '=', agencyId)]))
      .orderBy('d.id', 'desc'),
  );

const attachmentsJson = (caseId: Expression<number>, agencyId: Expression<number>) =>
  jsonArrayFrom(
    qb
      .selectFrom('attachment as f')
      .select(['f.id', 'f.kind', 'f.file_name'])
      .where((eb) => eb.and([eb('f.case_id', '=', caseId), eb('f.agency_id', '=', agencyId)]))
      .orderBy('f.id'),
  );

type DocumentJson = ReturnType<typeof documentsJson> extends Expression<(infer R)[]> ? R : never;
type AttachmentJson = ReturnType<typeof attachmentsJson> extends Expression<(infer R)[]> ? R : never;

export const documentsOf = (rows: DocumentJson[]): IssuedDocument[] =>
  rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    docNo: d.doc_no,
    version: d.version,
    issuedAt: new Date(d.issued_at),
    letterDate: d.letter_date ? toDate(d.letter_date) : null,
    addressee: d.addressee,
    lateReason: d.late_reason,
    issuedBy: d.issuer === null ? null : { name: d.issuer },
  }));

const attachmentsOf = (rows: AttachmentJson[]): CaseFile[] => rows.map((f) => ({ id: f.id, kind: f.kind, fileName: f.file_name }));

/** The two columns, named docs and files, of a case `c` of a query. */
export const papersColumns = (caseId: Expression<number>, agencyId: Expression<number>) =>
  [documentsJson(caseId, agencyId).as('docs'), attachmentsJson(caseId, agencyId).as('files')] as const;

export type PapersJson = { docs: DocumentJson[]; files: AttachmentJson[] };
export const papersOf = (raw: PapersJson): CasePapers => ({ documents: documentsOf(raw.docs), attachments: attachmentsOf(raw.files) });
