-- 全部案件 sorted by due date (the case list's third tab, open and closed cases alike) had no index
-- in its order: page 1 was a top-N sort of all the office's cases (a parallel scan of the table:
-- ~1.1 s cold for an office of 200,000 cases at 1 M; 32 clerks on that tab got 5 pages a second),
-- and so was the branch of a later page that lists the cases without a due date. The open-case
-- index stays: the queues read it, and it is a small share of this one.
CREATE INDEX "case_by_agency_due_idx" ON "disclosure_case" ("agency_id", "due_on", "id");
-- Two indexes nothing reads, so a registration still writes as many index entries as before: no
-- list or count looks cases up by delivery date, and the review queue reads its partial index
-- (case_review_queue_idx: agency, due date, id where pending_review).
DROP INDEX IF EXISTS "disclosure_case_agency_id_delivered_on_idx";
DROP INDEX IF EXISTS "disclosure_case_agency_id_pending_review_due_on_idx";
