// A case's issued letters and its files, each as one JSON column. The case page reads them in the
// statement that reads the case: under load each further statement cost the page about 1 ms of
// server CPU (measured at 1 M cases, 32 clients). listDocuments (the API) reads the same column on
// its own, so the list is written once.
import { Prisma } from '@/lib/generated/prisma/client';
import { toDate } from '@/lib/shared/dates';

/** A case id and its office's id: parameters, or the columns of an outer query. */
type Ref = number | Prisma.Sql;

type DocumentJson = [
  id: number,
  kind: string,
  docNo: string,
  version: number,
  issuedAt: string,
  letterDate: string | null,
  addressee: string,
  lateReason: string | null,
  issuer: string | null,
];
type AttachmentJson = [id: number, kind: string, fileName: string];

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
export const documentsJson = (caseId: Ref, agencyId: Ref) =>
  Prisma.sql`(SELECT coalesce(json_agg(json_build_array(d.id, d.kind, d.doc_no, d.version, d.issued_at,
    to_char(d.letter_date, 'YYYY-MM-DD'), d.addressee, d.late_reason, u.name) ORDER BY d.id DESC), '[]')
    FROM document d LEFT JOIN app_user u ON u.id = d.issued_by_id WHERE d.case_id = ${caseId} AND d.agency_id = ${agencyId})`;

const attachmentsJson = (caseId: Ref, agencyId: Ref) =>
  Prisma.sql`(SELECT coalesce(json_agg(json_build_array(f.id, f.kind, f.file_name) ORDER BY f.id), '[]')
    FROM attachment f WHERE f.case_id = ${caseId} AND f.agency_id = ${agencyId})`;

export const documentsOf = (rows: DocumentJson[]): IssuedDocument[] =>
  rows.map(([id, kind, docNo, version, issuedAt, letterDate, addressee, lateReason, issuer]) => ({
    id,
    kind,
    docNo,
    version,
    issuedAt: new Date(issuedAt),
    letterDate: letterDate ? toDate(letterDate) : null,
    addressee,
    lateReason,
    issuedBy: issuer === null ? null : { name: issuer },
  }));

const attachmentsOf = (rows: AttachmentJson[]): CaseFile[] => rows.map(([id, kind, fileName]) => ({ id, kind, fileName }));

/** The two columns, named docs and files, for a query over disclosure_case c. */
export const papersColumns = Prisma.sql`, ${documentsJson(Prisma.raw('c.id'), Prisma.raw('c.agency_id'))} AS docs,
  ${attachmentsJson(Prisma.raw('c.id'), Prisma.raw('c.agency_id'))} AS files`;

export type PapersJson = { docs: DocumentJson[]; files: AttachmentJson[] };
export const papersOf = (raw: PapersJson): CasePapers => ({ documents: documentsOf(raw.docs), attachments: attachmentsOf(raw.files) });
