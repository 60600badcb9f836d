// The setup every letter test shares: a fresh database with the demo office and its staff, the
// realistic cases of letter-cases.ts, issuing a letter and reading it back as text, and a refusal
// turned into its DomainError (null when the promise succeeded).
import { afterAll, beforeAll } from 'vitest';
import { issueDocument } from '@/lib/documents/issue-document';
import { asDomainError } from '@/lib/shared/errors';
import { createTestDb, type TestDb } from './db';
import { demoActors, type Actors } from './actors';
import { docxText } from './docx';
import { BACKDATED, letterCases } from './letter-cases';

export { BACKDATED };

export interface LetterSuite {
  tdb: TestDb;
  a: Actors;
  cases: ReturnType<typeof letterCases>;
  /** Issues `kind` as the clerk and reads the stored .docx back. */
  issue: (
    caseId: number,
    kind: string,
    options?: Record<string, unknown>,
  ) => Promise<{ doc: Awaited<ReturnType<typeof issueDocument>>; docNo: string; text: string }>;
}

export function letterSuite(): LetterSuite {
  const suite = {} as LetterSuite;
  beforeAll(async () => {
    suite.tdb = await createTestDb();
    suite.a = await demoActors(suite.tdb.prisma);
    suite.cases = letterCases(suite.tdb.prisma, suite.a);
    suite.issue = async (caseId, kind, options = {}) => {
      const doc = await issueDocument(suite.tdb.prisma, caseId, kind, suite.a.clerk, { ...BACKDATED, ...options });
      const row = await suite.tdb.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
      return { doc, docNo: doc.docNo, text: docxText(new Uint8Array(row.file)) };
    };
  });
  afterAll(async () => suite.tdb?.drop());
  return suite;
}

export const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e) => asDomainError(e),
  );
