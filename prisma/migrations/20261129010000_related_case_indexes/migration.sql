-- Registration (and the intake form, as the clerk types) looks for the applicant's other cases by
-- ID number, or by name and phone. Neither was indexed: at 1 M cases each look was a sequential
-- scan of the whole table (1.6 s; 0.2 ms with these).
CREATE INDEX "case_applicant_id_number_idx" ON "disclosure_case" ("agency_id", "id_number");
CREATE INDEX "case_applicant_name_phone_idx" ON "disclosure_case" ("agency_id", "applicant_name", "phone");
