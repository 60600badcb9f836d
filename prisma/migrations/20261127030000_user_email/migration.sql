-- Staff e-mail addresses, for the daily digest of their cases due soon and overdue.
ALTER TABLE "app_user" ADD COLUMN "email" TEXT NOT NULL DEFAULT '';
