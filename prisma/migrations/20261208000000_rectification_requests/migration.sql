-- Issue 32 point 3 (条例 art. 41, 2007年条例 art. 25¶2): a request to correct inaccurate government
-- information about the applicant (更正申请). It is a case like an application — the same intake,
-- channels, deadlines and steps — with a kind of its own, its own numbering series (更正2026-0001) and
-- three outcomes of its own, which are counted outside table 三 (their cells are empty).
CREATE TYPE "RequestKind" AS ENUM ('application', 'rectification');
ALTER TABLE "disclosure_case" ADD COLUMN "request_kind" "RequestKind" NOT NULL DEFAULT 'application';

-- The year tables count applications only, still from these two indexes alone: the kind joins
-- the columns they carry (see 20261130000000_year_covering_indexes).
DROP INDEX IF EXISTS "disclosure_case_agency_id_received_on_idx";
CREATE INDEX "disclosure_case_agency_id_received_on_idx" ON "disclosure_case" ("agency_id", "received_on")
  INCLUDE ("closed_on", "channel", "applicant_kind", "disposition_code", "base_due_on", "extension_days", "request_kind");
DROP INDEX IF EXISTS "disclosure_case_agency_id_closed_on_idx";
CREATE INDEX "disclosure_case_agency_id_closed_on_idx" ON "disclosure_case" ("agency_id", "closed_on")
  INCLUDE ("received_on", "channel", "applicant_kind", "disposition_code", "base_due_on", "extension_days", "request_kind");

-- Numbering: one gap-free series per office, year and kind ('' for applications, as before).
ALTER TABLE "tracking_counter" ADD COLUMN "series" TEXT NOT NULL DEFAULT '';
ALTER TABLE "tracking_counter" DROP CONSTRAINT "tracking_counter_pkey";
ALTER TABLE "tracking_counter" ADD CONSTRAINT "tracking_counter_pkey" PRIMARY KEY ("agency_id", "year", "series");

INSERT INTO "disposition" ("code", "label", "article", "cell_2017", "cell_2021", "sort") VALUES
  ('rectified', '予以更正', '第四十一条', '', '', 201),
  ('rectify_refused', '不予更正', '第四十一条', '', '', 202),
  ('rectify_referred', '无权更正：转送有权更正的机关并告知申请人', '第四十一条', '', '', 203);
