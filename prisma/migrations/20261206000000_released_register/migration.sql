-- Issue 32 point 1 (条例 art. 44): information released on application that the office makes public.
-- The applicant may suggest it at intake; a manager decides on a group of applications (published or
-- not, with the reason); a published item carries its own redacted files, never the applicant's.
ALTER TABLE "disclosure_case" ADD COLUMN "suggest_publish" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "released_item" (
  "id" SERIAL PRIMARY KEY,
  "agency_id" INTEGER NOT NULL REFERENCES "agency"("id") ON UPDATE CASCADE ON DELETE RESTRICT,
  -- published | declined
  "status" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "summary" TEXT NOT NULL DEFAULT '',
  "reason" TEXT NOT NULL DEFAULT '',
  "published_on" DATE,
  -- The applications the decision covers (a case is decided once).
  "case_ids" INTEGER[] NOT NULL,
  "decided_by_id" INTEGER REFERENCES "app_user"("id") ON UPDATE CASCADE ON DELETE SET NULL,
  "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "released_item_agency_id_status_idx" ON "released_item" ("agency_id", "status");
CREATE INDEX "released_item_case_ids_idx" ON "released_item" USING gin ("case_ids");
CREATE INDEX "released_item_text_trgm_idx" ON "released_item" USING gin (("title" || ' ' || "summary") gin_trgm_ops);

CREATE TABLE "released_file" (
  "id" SERIAL PRIMARY KEY,
  "item_id" INTEGER NOT NULL REFERENCES "released_item"("id") ON UPDATE CASCADE ON DELETE CASCADE,
  "file_name" TEXT NOT NULL,
  "content_type" TEXT NOT NULL,
  "size" INTEGER NOT NULL,
  "sha256" TEXT NOT NULL,
  "data" BYTEA NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "released_file_item_id_idx" ON "released_file" ("item_id");

-- A hint on /apply followed to the published item; "applied" once that browser applies anyway.
CREATE TABLE "released_hint" (
  "id" BIGSERIAL PRIMARY KEY,
  "item_id" INTEGER NOT NULL REFERENCES "released_item"("id") ON UPDATE CASCADE ON DELETE CASCADE,
  "token" TEXT NOT NULL UNIQUE,
  "followed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "applied" BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX "released_hint_item_id_idx" ON "released_hint" ("item_id");
