-- AlterTable
ALTER TABLE "agency" ADD COLUMN "review_body" TEXT NOT NULL DEFAULT '',
ADD COLUMN "court" TEXT NOT NULL DEFAULT '',
ADD COLUMN "fee_payment" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "doc_prefix" (
    "agency_id" INTEGER NOT NULL,
    "cls" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL,

    CONSTRAINT "doc_prefix_pkey" PRIMARY KEY ("agency_id","cls")
);

-- CreateTable
CREATE TABLE "doc_counter" (
    "agency_id" INTEGER NOT NULL,
    "cls" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "doc_counter_pkey" PRIMARY KEY ("agency_id","cls","year")
);

-- CreateTable
CREATE TABLE "document" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "case_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "cls" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "doc_no" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "file" BYTEA NOT NULL,
    "template_id" INTEGER,
    "issued_by_id" INTEGER,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "doc_template" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "file" BYTEA NOT NULL,
    "file_name" TEXT NOT NULL,
    "uploaded_by_id" INTEGER,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "doc_template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "document_agency_id_cls_year_seq_version_key" ON "document"("agency_id", "cls", "year", "seq", "version");

-- CreateIndex
CREATE INDEX "document_case_id_idx" ON "document"("case_id");

-- CreateIndex
CREATE INDEX "doc_template_agency_id_kind_status_idx" ON "doc_template"("agency_id", "kind", "status");

-- AddForeignKey
ALTER TABLE "doc_prefix" ADD CONSTRAINT "doc_prefix_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "disclosure_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "doc_template"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "doc_template" ADD CONSTRAINT "doc_template_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "doc_template" ADD CONSTRAINT "doc_template_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Issued documents are records: the file is never changed or removed.
CREATE TRIGGER "document_immutable" BEFORE UPDATE OR DELETE ON "document"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();
