-- Chinese search for two-character terms (most Chinese names): pg_trgm needs three characters to
-- use its index, so the applicant's name and the description are also kept as an array of their
-- two-character pieces, each prefixed with the office ("17:张三"): a search reads only its own
-- office's short posting list. Longer terms keep using the trigram indexes.
CREATE FUNCTION "dd_bigrams"(agency integer, s text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT agency::text || ':' || substr(s, i, 2)), '{}') FROM generate_series(1, length(s) - 1) AS i
$$;

-- AlterTable
ALTER TABLE "disclosure_case" ADD COLUMN "search_bigrams" TEXT[] NOT NULL
  GENERATED ALWAYS AS ("dd_bigrams"("agency_id", "applicant_name" || ' ' || "description")) STORED;

-- CreateIndex
CREATE INDEX "case_search_bigrams_idx" ON "disclosure_case" USING GIN ("search_bigrams");

-- Reviews and suits are counted per office by filing date: keep the office on the appeal row so
-- the count reads one index instead of joining every appeal in the province to its case.
ALTER TABLE "appeal" ADD COLUMN "agency_id" INTEGER;
UPDATE "appeal" a SET "agency_id" = c."agency_id" FROM "disclosure_case" c WHERE c."id" = a."case_id";
ALTER TABLE "appeal" ALTER COLUMN "agency_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "appeal_agency_id_filed_on_idx" ON "appeal"("agency_id", "filed_on");

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
