-- Partial indexes for the work queues (not expressible in schema.prisma; the drift test checks
-- unique and foreign keys only). Open cases are a small share of a province's history, so the
-- queues read a small, ordered index instead of filtering years of closed cases.
CREATE INDEX "case_open_by_assignee_due_idx" ON "disclosure_case" ("agency_id", "assignee_id", "due_on", "id") WHERE "status" <> 'closed';
CREATE INDEX "case_open_by_agency_due_idx" ON "disclosure_case" ("agency_id", "due_on", "id") WHERE "status" <> 'closed';
CREATE INDEX "case_review_queue_idx" ON "disclosure_case" ("agency_id", "due_on", "id") WHERE "pending_review";
-- Newest-first lists of one agency.
CREATE INDEX "case_agency_id_desc_idx" ON "disclosure_case" ("agency_id", "id" DESC);
