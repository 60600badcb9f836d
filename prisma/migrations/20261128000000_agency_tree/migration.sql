-- Agencies under agencies: a platform's 政务公开办 supervises its departments and districts.
ALTER TABLE "agency" ADD COLUMN "parent_id" INTEGER REFERENCES "agency"("id");
CREATE INDEX "agency_parent_id_idx" ON "agency"("parent_id");

-- Each agency's own choices over the national disposition catalogue: its wording, whether it is
-- offered, and which cell of each year table it counts in. No row = the catalogue's default.
CREATE TABLE "agency_disposition" (
    "agency_id" INTEGER NOT NULL REFERENCES "agency"("id"),
    "code" TEXT NOT NULL REFERENCES "disposition"("code"),
    "label" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "cell_2017" TEXT NOT NULL,
    "cell_2021" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "agency_disposition_pkey" PRIMARY KEY ("agency_id", "code")
);

-- 督办: a supervising agency's note on a subordinate's case.
CREATE TABLE "supervision_note" (
    "id" SERIAL PRIMARY KEY,
    "agency_id" INTEGER NOT NULL REFERENCES "agency"("id"),
    "case_id" INTEGER NOT NULL REFERENCES "disclosure_case"("id"),
    "by_agency_id" INTEGER NOT NULL REFERENCES "agency"("id"),
    "by_user_id" INTEGER REFERENCES "app_user"("id"),
    "text" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "resolved_at" TIMESTAMPTZ(3)
);
CREATE INDEX "supervision_note_agency_open_idx" ON "supervision_note"("agency_id", "resolved_at");
CREATE INDEX "supervision_note_case_idx" ON "supervision_note"("case_id");

-- Mail is sent for an office; its admin sees only its own.
ALTER TABLE "mail_outbox" ADD COLUMN "agency_id" INTEGER REFERENCES "agency"("id");
CREATE INDEX "mail_outbox_agency_id_id_idx" ON "mail_outbox"("agency_id", "id");

-- The parts of the annual report only the office can write (一 总体情况, 五 问题和改进, 六 其他),
-- kept per year so next year's draft can start from them.
CREATE TABLE "annual_report_part" (
    "agency_id" INTEGER NOT NULL REFERENCES "agency"("id"),
    "year" INTEGER NOT NULL,
    "part" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "annual_report_part_pkey" PRIMARY KEY ("agency_id", "year", "part")
);
