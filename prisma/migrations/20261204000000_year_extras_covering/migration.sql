-- The year tables' appeals and fees read from these indexes alone (index-only scans), as the case
-- counts do (20261130000000_year_covering_indexes). At 1 M cases one office's 2,266 appeals of a year
-- lay on 960 pages: ~17 ms for the appeals and ~6 ms for the fees, ~1.4 ms and ~0.7 ms from the index.
-- Prisma's schema cannot say INCLUDE; the indexes keep their names and columns there.
DROP INDEX IF EXISTS "appeal_agency_id_filed_on_idx";
CREATE INDEX "appeal_agency_id_filed_on_idx" ON "appeal" ("agency_id", "filed_on") INCLUDE ("kind", "after_review", "outcome");
DROP INDEX IF EXISTS "disclosure_case_agency_id_fee_paid_on_idx";
CREATE INDEX "disclosure_case_agency_id_fee_paid_on_idx" ON "disclosure_case" ("agency_id", "fee_paid_on") INCLUDE ("fee_yuan");
