-- Internal handling (issue 30): an office's departments (承办部门) and their handlers, the leader who
-- signs replies where the office requires it, and each case's routings to departments (转办),
-- mirrored from the timeline for the handler's lists, dashboards, 督办 and the digest.
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'handler';
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'leader';

ALTER TABLE "agency" ADD COLUMN "route_workdays" INTEGER NOT NULL DEFAULT 5;
ALTER TABLE "agency" ADD COLUMN "signoff_required" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "department" (
  "id" SERIAL PRIMARY KEY,
  "agency_id" INTEGER NOT NULL REFERENCES "agency"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  "name" TEXT NOT NULL,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "department_agency_id_name_key" ON "department" ("agency_id", "name");

ALTER TABLE "app_user" ADD COLUMN "department_id" INTEGER REFERENCES "department"("id") ON UPDATE CASCADE ON DELETE SET NULL;

CREATE TABLE "case_route" (
  "id" SERIAL PRIMARY KEY,
  "case_id" INTEGER NOT NULL REFERENCES "disclosure_case"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  "agency_id" INTEGER NOT NULL REFERENCES "agency"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  "department_id" INTEGER NOT NULL REFERENCES "department"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  "routed_on" DATE NOT NULL,
  "due_on" DATE NOT NULL,
  "status" TEXT NOT NULL,
  "done_on" DATE
);
CREATE UNIQUE INDEX "case_route_case_id_department_id_key" ON "case_route" ("case_id", "department_id");
CREATE INDEX "case_route_department_id_case_id_idx" ON "case_route" ("department_id", "case_id");
CREATE INDEX "case_route_agency_id_due_on_idx" ON "case_route" ("agency_id", "due_on");

-- The answer to a review or a suit runs from the day the office received the copy; the mirror keeps
-- it and whether the answer went in, for the dashboards and 督办.
ALTER TABLE "appeal" ADD COLUMN "notice_received_on" DATE;
ALTER TABLE "appeal" ADD COLUMN "answered_on" DATE;
