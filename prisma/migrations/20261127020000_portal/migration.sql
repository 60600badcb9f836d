-- Online applications from the public: a submission waits for the office's confirmation (art. 31(3))
-- and is followed with a query code (only its SHA-256 is stored); it is confirmed into a case or
-- discarded with a reason, never deleted.
CREATE TABLE "submission" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "code_hash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "data" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "address" TEXT NOT NULL DEFAULT '',
    "id_number" TEXT NOT NULL DEFAULT '',
    "case_id" INTEGER,
    "discard_reason" TEXT,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "submission_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "submission_code_hash_key" ON "submission"("code_hash");
CREATE INDEX "submission_agency_id_status_idx" ON "submission"("agency_id", "status");
CREATE INDEX "submission_address_submitted_at_idx" ON "submission"("address", "submitted_at");
CREATE INDEX "submission_id_number_submitted_at_idx" ON "submission"("id_number", "submitted_at");
ALTER TABLE "submission" ADD CONSTRAINT "submission_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "submission" ADD CONSTRAINT "submission_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "disclosure_case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "submission" ADD CONSTRAINT "submission_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Attachments of submissions and cases (ID copies, 委托书, scans, released information), kept in
-- PostgreSQL so backups hold them; content-checked before they are stored.
CREATE TABLE "attachment" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "submission_id" INTEGER,
    "case_id" INTEGER,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "attachment_submission_id_idx" ON "attachment"("submission_id");
CREATE INDEX "attachment_case_id_idx" ON "attachment"("case_id");
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "disclosure_case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Mail goes through an outbox written in the same transaction as what it reports; a worker sends
-- it with retries, so a failing mail server never fails or slows a request.
CREATE TABLE "mail_outbox" (
    "id" SERIAL NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "mail_outbox_status_next_attempt_at_idx" ON "mail_outbox"("status", "next_attempt_at");
