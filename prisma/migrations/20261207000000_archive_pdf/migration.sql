-- Issue 32 point 2 (一案一档, 条例 art. 45): PDF renditions of each issued letter and of a case's
-- timeline, made by LibreOffice in a background job, kept beside the documents (which can't be
-- changed), so an archive package only streams stored bytes.
CREATE TABLE "archive_pdf" (
  "id" SERIAL PRIMARY KEY,
  "case_id" INTEGER NOT NULL REFERENCES "disclosure_case"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  -- The letter rendered; null for the case's timeline (办理过程记录).
  "document_id" INTEGER REFERENCES "document"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  -- SHA-256 of the .docx rendered: a timeline that grew since is rendered again.
  "source_sha256" TEXT NOT NULL,
  "pdf" BYTEA NOT NULL,
  "pages" INTEGER NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "archive_pdf_case_id_idx" ON "archive_pdf" ("case_id");
CREATE UNIQUE INDEX "archive_pdf_document_id_key" ON "archive_pdf" ("document_id");
