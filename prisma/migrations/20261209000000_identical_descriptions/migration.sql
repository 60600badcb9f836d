-- Identical applications (hundreds of residents sending the same text) are found at intake from
-- this index, newest first, instead of from the trigram index's bitmap of all of them (which grew
-- with every one: ~5 ms of PostgreSQL per registration at 5,000 alike). md5 because a description
-- may be longer than a B-tree entry allows; the query checks the text itself as well.
CREATE INDEX "case_identical_description_idx" ON "disclosure_case" ("agency_id", md5("description"), "id");
