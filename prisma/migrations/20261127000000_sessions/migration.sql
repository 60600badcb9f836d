-- Sessions that can really end: one row per sign-in, checked on every request. Sign-out ends its
-- row; a password reset or change, or disabling the user, ends all of the user's rows.
CREATE TABLE "user_session" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "end_reason" TEXT,
    "address" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "user_session_user_id_idx" ON "user_session"("user_id");

ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- After an admin resets a password, the user must choose their own at the next sign-in.
ALTER TABLE "app_user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- Failed sign-ins, per account+address pair, per address and per account (our own counters:
-- the account is slowed down progressively, never locked by strangers).
DROP TABLE "login_throttle";

CREATE TABLE "sign_in_failure" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "first_at" TIMESTAMPTZ(3) NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_failure_pkey" PRIMARY KEY ("key")
);
