-- CreateTable
CREATE TABLE "report_value" (
    "agency_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_value_pkey" PRIMARY KEY ("agency_id","year","format","code")
);

-- CreateTable
CREATE TABLE "report_snapshot" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "cells" JSONB NOT NULL,
    "manual" JSONB NOT NULL,
    "mapping" JSONB NOT NULL,
    "frozen_by_id" INTEGER,
    "frozen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_snapshot_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "disclosure_case" ADD COLUMN "import_hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "report_snapshot_agency_id_year_format_key" ON "report_snapshot"("agency_id", "year", "format");

-- CreateIndex
CREATE INDEX "disclosure_case_agency_id_closed_on_idx" ON "disclosure_case"("agency_id", "closed_on");

-- CreateIndex
CREATE INDEX "disclosure_case_agency_id_fee_paid_on_idx" ON "disclosure_case"("agency_id", "fee_paid_on");

-- AddForeignKey
ALTER TABLE "report_value" ADD CONSTRAINT "report_value_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_snapshot" ADD CONSTRAINT "report_snapshot_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_snapshot" ADD CONSTRAINT "report_snapshot_frozen_by_id_fkey" FOREIGN KEY ("frozen_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A frozen table is what was published: it is never edited or removed.
CREATE TRIGGER "report_snapshot_immutable" BEFORE UPDATE OR DELETE ON "report_snapshot"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();
