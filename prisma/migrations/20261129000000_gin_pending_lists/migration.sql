-- Every new case goes first into a GIN index's pending list, which every search through that index
-- reads whole and which (at the default 4 MB) only autovacuum or an overflow empties. A registration
-- also searches the description's trigram index for similar applications. Measured at 1 M cases
-- with intake running: as the lists filled, registrations fell from 230 to 105 a second and a name
-- search read ~180 pending pages (57 % of the trivial route's rate); bounded to 64 kB (the
-- least PostgreSQL allows), registrations held 360 a second and the search read a few pages.
ALTER INDEX "case_search_bigrams_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "case_applicant_name_trgm_idx" SET (gin_pending_list_limit = 64);
ALTER INDEX "case_description_trgm_idx" SET (gin_pending_list_limit = 64);
