-- The remedy clause as data: the agency's level proposes the review body (行政复议法 2023,
-- arts. 24–27); `review_body` stays as the office's own override.
ALTER TABLE "agency" ADD COLUMN "level" TEXT NOT NULL DEFAULT 'local_department';
ALTER TABLE "agency" ADD COLUMN "parent_name" TEXT NOT NULL DEFAULT '';

-- 复议前置 (art. 23¶1(4)): refusals to disclose go to review before any suit. Default on for
-- 不予公开 and 部分公开; an office may set it for other dispositions.
ALTER TABLE "disposition" ADD COLUMN "review_first" BOOLEAN NOT NULL DEFAULT false;
UPDATE "disposition" SET "review_first" = true WHERE "code" LIKE 'deny\_%' OR "code" = 'partial';

-- One 文号 names one letter to one addressee; the letter's date is the date of its act.
ALTER TABLE "document" ADD COLUMN "addressee" TEXT NOT NULL DEFAULT '';
ALTER TABLE "document" ADD COLUMN "letter_date" DATE;
ALTER TABLE "document" ADD COLUMN "late_reason" TEXT;
DROP INDEX "document_agency_id_cls_year_seq_version_key";
CREATE UNIQUE INDEX "document_agency_id_cls_year_seq_version_kind_key" ON "document"("agency_id", "cls", "year", "seq", "version", "kind");
CREATE INDEX "document_case_id_kind_addressee_idx" ON "document"("case_id", "kind", "addressee");
