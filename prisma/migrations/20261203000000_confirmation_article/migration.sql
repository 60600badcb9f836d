-- 不予处理（要求确认或重新出具）now cites art. 2 of the 2019 Regulation (what is asked for is not
-- existing government information); an office that already set its own article keeps it.
UPDATE "disposition" SET "article" = '第二条' WHERE "code" = 'confirmation' AND "article" = '';
