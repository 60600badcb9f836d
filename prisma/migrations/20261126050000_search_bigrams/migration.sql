-- Chinese search for two-character terms (most Chinese names): pg_trgm needs three characters to
-- use its index, so the applicant's name and the description are also kept as an array of their
-- two-character pieces, indexed with GIN. Longer terms keep using the trigram indexes.
CREATE FUNCTION "dd_bigrams"(s text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(s, i, 2)), '{}') FROM generate_series(1, length(s) - 1) AS i
$$;

-- AlterTable
ALTER TABLE "disclosure_case" ADD COLUMN "search_bigrams" TEXT[] NOT NULL
  GENERATED ALWAYS AS ("dd_bigrams"("applicant_name" || ' ' || "description")) STORED;

-- Search is always within one office: the office goes into the same GIN index (btree_gin), so a
-- rare name is found without also reading the office's hundreds of thousands of index entries.
CREATE EXTENSION IF NOT EXISTS "btree_gin";
CREATE INDEX "case_search_bigrams_idx" ON "disclosure_case" USING GIN ("agency_id", "search_bigrams");
DROP INDEX "case_applicant_name_trgm_idx";
CREATE INDEX "case_applicant_name_trgm_idx" ON "disclosure_case" USING GIN ("agency_id", "applicant_name" gin_trgm_ops);
DROP INDEX "case_description_trgm_idx";
CREATE INDEX "case_description_trgm_idx" ON "disclosure_case" USING GIN ("agency_id", "description" gin_trgm_ops);

-- Reviews and suits are counted per office by filing date: keep the office on the appeal row so
-- the count reads one index instead of joining every appeal in the province to its case.
ALTER TABLE "appeal" ADD COLUMN "agency_id" INTEGER;
UPDATE "appeal" a SET "agency_id" = c."agency_id" FROM "disclosure_case" c WHERE c."id" = a."case_id";
ALTER TABLE "appeal" ALTER COLUMN "agency_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "appeal_agency_id_filed_on_idx" ON "appeal"("agency_id", "filed_on");

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
