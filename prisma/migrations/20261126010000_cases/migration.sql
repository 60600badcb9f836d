-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('in_person', 'letter', 'fax', 'online', 'email');

-- CreateEnum
CREATE TYPE "ApplicantKind" AS ENUM ('natural', 'commercial', 'research', 'nonprofit', 'legal', 'other');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'correction', 'consulting', 'review', 'approved', 'closed');

-- CreateTable
CREATE TABLE "topic" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disposition" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "article" TEXT NOT NULL DEFAULT '',
    "cell_2017" TEXT NOT NULL,
    "cell_2021" TEXT NOT NULL,
    "sort" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "disposition_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "calendar_year" (
    "year" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "work" BOOLEAN NOT NULL,
    "name" TEXT,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "tracking_counter" (
    "agency_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "tracking_counter_pkey" PRIMARY KEY ("agency_id","year")
);

-- CreateTable
CREATE TABLE "disclosure_case" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "tracking_no" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "submitted_on" DATE,
    "arrived_on" DATE,
    "confirmed_on" DATE,
    "received_on" DATE NOT NULL,
    "regime" TEXT NOT NULL,
    "applicant_kind" "ApplicantKind" NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "id_type" TEXT NOT NULL DEFAULT '',
    "id_number" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "postcode" TEXT NOT NULL DEFAULT '',
    "org_code" TEXT NOT NULL DEFAULT '',
    "contact_person" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL,
    "form_wanted" TEXT NOT NULL DEFAULT 'paper',
    "delivery_wanted" TEXT NOT NULL DEFAULT 'post',
    "topic" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "pending_review" BOOLEAN NOT NULL DEFAULT false,
    "assignee_id" INTEGER,
    "created_by_id" INTEGER,
    "due_on" DATE,
    "base_due_on" DATE,
    "due_provisional" BOOLEAN NOT NULL DEFAULT false,
    "extension_days" INTEGER NOT NULL DEFAULT 0,
    "custom_due_on" DATE,
    "disposition_code" TEXT,
    "reply" JSONB,
    "delivered_on" DATE,
    "closed_on" DATE,
    "fee_yuan" DECIMAL(10,2),
    "fee_paid_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "disclosure_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" BIGSERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "after_review" BOOLEAN NOT NULL DEFAULT false,
    "filed_on" DATE NOT NULL,
    "decided_on" DATE,
    "outcome" TEXT NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "received_on" DATE NOT NULL,
    "complainant" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "result" TEXT NOT NULL DEFAULT '',
    "closed_on" DATE,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "topic_agency_id_name_key" ON "topic"("agency_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "disclosure_case_agency_id_tracking_no_key" ON "disclosure_case"("agency_id", "tracking_no");

-- CreateIndex
CREATE INDEX "disclosure_case_agency_id_status_due_on_idx" ON "disclosure_case"("agency_id", "status", "due_on");

-- CreateIndex
CREATE INDEX "disclosure_case_assignee_id_status_due_on_idx" ON "disclosure_case"("assignee_id", "status", "due_on");

-- CreateIndex
CREATE INDEX "disclosure_case_agency_id_pending_review_due_on_idx" ON "disclosure_case"("agency_id", "pending_review", "due_on");

-- CreateIndex
CREATE INDEX "disclosure_case_agency_id_received_on_idx" ON "disclosure_case"("agency_id", "received_on");

-- CreateIndex
CREATE INDEX "disclosure_case_agency_id_delivered_on_idx" ON "disclosure_case"("agency_id", "delivered_on");

-- CreateIndex
CREATE INDEX "case_applicant_name_trgm_idx" ON "disclosure_case" USING GIN ("applicant_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "case_description_trgm_idx" ON "disclosure_case" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "case_event_case_id_id_idx" ON "case_event"("case_id", "id");

-- CreateIndex
CREATE INDEX "appeal_case_id_idx" ON "appeal"("case_id");

-- CreateIndex
CREATE INDEX "appeal_filed_on_idx" ON "appeal"("filed_on");

-- CreateIndex
CREATE INDEX "complaint_agency_id_received_on_idx" ON "complaint"("agency_id", "received_on");

-- AddForeignKey
ALTER TABLE "topic" ADD CONSTRAINT "topic_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_case" ADD CONSTRAINT "disclosure_case_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_case" ADD CONSTRAINT "disclosure_case_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_case" ADD CONSTRAINT "disclosure_case_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_case" ADD CONSTRAINT "disclosure_case_disposition_code_fkey" FOREIGN KEY ("disposition_code") REFERENCES "disposition"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "disclosure_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "disclosure_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The timeline is append-only: history can be added to, never rewritten.
CREATE TRIGGER "case_event_append_only" BEFORE UPDATE OR DELETE ON "case_event"
  FOR EACH ROW EXECUTE FUNCTION "forbid_history_change"();
CREATE TRIGGER "case_event_no_truncate" BEFORE TRUNCATE ON "case_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_history_change"();

-- Default disposition catalogue (FORMATS.md); editable by an admin, changes audited.
INSERT INTO "disposition" ("code", "label", "article", "cell_2017", "cell_2021", "sort") VALUES
  ('published', '已主动公开，告知获取方式和途径', '第三十六条第（一）项', '3.3.1', '3.3.1', 10),
  ('granted', '予以公开', '第三十六条第（二）项', '3.3.2', '3.3.1', 20),
  ('partial', '部分公开（区分处理）', '第三十七条', '3.3.3', '3.3.2', 30),
  ('deny_state_secret', '不予公开：国家秘密', '第十四条', '3.3.4.1', '3.3.3.1', 40),
  ('deny_law', '不予公开：其他法律行政法规禁止公开', '第十四条', '3.3.4.6', '3.3.3.2', 41),
  ('deny_security', '不予公开：危及国家安全、公共安全、经济安全、社会稳定', '第十四条', '3.3.4.4', '3.3.3.3', 42),
  ('deny_trade_secret', '不予公开：商业秘密（保护第三方合法权益）', '第十五条', '3.3.4.2', '3.3.3.4', 43),
  ('deny_privacy', '不予公开：个人隐私（保护第三方合法权益）', '第十五条', '3.3.4.3', '3.3.3.4', 44),
  ('deny_internal', '不予公开：内部事务信息', '第十六条第一款', '3.3.4.5', '3.3.3.5', 45),
  ('deny_process', '不予公开：过程性信息', '第十六条第二款', '3.3.4.6', '3.3.3.6', 46),
  ('deny_enforcement', '不予公开：行政执法案卷', '第十六条第二款', '3.3.4.6', '3.3.3.7', 47),
  ('deny_not_gov_info', '不予公开：不是《条例》所指政府信息', '2007年《条例》第二条', '3.3.4.5', '3.3.3.5', 48),
  ('other_procedure', '按工商、不动产登记等专门法律办理（告知通过其他途径）', '第三十六条第（七）项', '3.3.8', '3.3.3.8', 50),
  ('not_held', '无法提供：本机关不掌握 / 信息不存在', '第三十六条第（四）项', '3.3.6', '3.3.4.1', 60),
  ('not_this_agency', '无法提供：不属于本机关公开，告知负责机关', '第三十六条第（五）项', '3.3.5', '3.3.4.1', 61),
  ('needs_creation', '无法提供：没有现成信息，需另行制作', '第三十八条', '3.3.6', '3.3.4.2', 62),
  ('unclear_after_correction', '无法提供：补正后申请内容仍不明确', '第三十条', '3.3.7', '3.3.4.3', 63),
  ('amend_requested', '告知作出更改补充（2007年条例下的答复）', '2007年《条例》第二十一条第（四）项', '3.3.7', '3.3.6.1', 70),
  ('petition', '不予处理：信访、举报、投诉类', '第三十九条第一款', '3.3.8', '3.3.5.1', 80),
  ('duplicate', '不予处理：重复申请', '第三十六条第（六）项', '3.3.8', '3.3.5.2', 81),
  ('publication', '不予处理：要求提供公开出版物', '第三十九条第二款', '3.3.8', '3.3.5.3', 82),
  ('mass', '不予处理：无正当理由大量、频繁申请', '第三十五条', '3.3.8', '3.3.5.4', 83),
  ('confirmation', '不予处理：要求确认或重新出具已获取信息', '', '3.3.8', '3.3.5.5', 84),
  ('abandoned_no_correction', '视为放弃：逾期不补正', '第三十条', '3.3.7', '3.3.6.1', 90),
  ('abandoned_no_fee', '视为放弃：逾期未缴纳信息处理费', '第四十二条', '3.3.8', '3.3.6.2', 91),
  ('other', '其他处理（含申请人撤回）', '', '3.3.8', '3.3.6.3', 99);
