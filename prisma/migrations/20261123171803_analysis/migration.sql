-- CreateTable
CREATE TABLE "analysis_inputs" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "sync_run_id" UUID NOT NULL,
    "data_as_of" TIMESTAMPTZ(3) NOT NULL,
    "counts" JSONB NOT NULL,
    "sha256" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "payload" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "analysis_inputs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "insights" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "input_id" UUID NOT NULL,
    "sync_run_id" UUID NOT NULL,
    "engine" TEXT NOT NULL,
    "engine_version" TEXT NOT NULL,
    "job_run_id" UUID,
    "data_as_of" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "key_figures" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "result_size" INTEGER NOT NULL,
    "result" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "insights_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "insight_findings" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "insight_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "subject_id" TEXT,

    CONSTRAINT "insight_findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_reports" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "insight_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_exports" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "insight_id" UUID NOT NULL,
    "format" TEXT NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "job_run_id" UUID,
    "file_name" TEXT,
    "size_bytes" INTEGER,
    "content" BYTEA,
    "error" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_exports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "predictive_models" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "engine_version" TEXT NOT NULL,
    "input_id" UUID NOT NULL,
    "model" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "predictive_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crosswalk_decisions" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "source_id" TEXT NOT NULL,
    "requirement_id" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "crosswalk_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "analysis_inputs_organization_id_idx" ON "analysis_inputs"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "analysis_inputs_instance_id_sync_run_id_key" ON "analysis_inputs"("instance_id", "sync_run_id");

-- CreateIndex
CREATE UNIQUE INDEX "analysis_inputs_id_organization_id_key" ON "analysis_inputs"("id", "organization_id");

-- CreateIndex
CREATE INDEX "insights_organization_id_instance_id_engine_created_at_idx" ON "insights"("organization_id", "instance_id", "engine", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "insights_id_organization_id_key" ON "insights"("id", "organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "insights_job_run_id_engine_key" ON "insights"("job_run_id", "engine");

-- CreateIndex
CREATE INDEX "insight_findings_insight_id_position_idx" ON "insight_findings"("insight_id", "position");

-- CreateIndex
CREATE INDEX "insight_findings_organization_id_idx" ON "insight_findings"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "saved_reports_organization_id_name_key" ON "saved_reports"("organization_id", "name");

-- CreateIndex
CREATE INDEX "report_exports_organization_id_created_at_idx" ON "report_exports"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "predictive_models_organization_id_idx" ON "predictive_models"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "predictive_models_instance_id_version_key" ON "predictive_models"("instance_id", "version");

-- CreateIndex
CREATE INDEX "crosswalk_decisions_organization_id_idx" ON "crosswalk_decisions"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "crosswalk_decisions_instance_id_source_id_requirement_id_key" ON "crosswalk_decisions"("instance_id", "source_id", "requirement_id");

-- AddForeignKey
ALTER TABLE "analysis_inputs" ADD CONSTRAINT "analysis_inputs_instance_id_organization_id_fkey" FOREIGN KEY ("instance_id", "organization_id") REFERENCES "servicenow_instances"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "insights" ADD CONSTRAINT "insights_instance_id_organization_id_fkey" FOREIGN KEY ("instance_id", "organization_id") REFERENCES "servicenow_instances"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "insights" ADD CONSTRAINT "insights_input_id_organization_id_fkey" FOREIGN KEY ("input_id", "organization_id") REFERENCES "analysis_inputs"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "insight_findings" ADD CONSTRAINT "insight_findings_insight_id_organization_id_fkey" FOREIGN KEY ("insight_id", "organization_id") REFERENCES "insights"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_insight_id_organization_id_fkey" FOREIGN KEY ("insight_id", "organization_id") REFERENCES "insights"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_exports" ADD CONSTRAINT "report_exports_insight_id_organization_id_fkey" FOREIGN KEY ("insight_id", "organization_id") REFERENCES "insights"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predictive_models" ADD CONSTRAINT "predictive_models_instance_id_organization_id_fkey" FOREIGN KEY ("instance_id", "organization_id") REFERENCES "servicenow_instances"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crosswalk_decisions" ADD CONSTRAINT "crosswalk_decisions_instance_id_organization_id_fkey" FOREIGN KEY ("instance_id", "organization_id") REFERENCES "servicenow_instances"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: full-text search over findings. Prisma cannot model an expression index; the
-- predicate keeps it out of the schema drift check (which skips partial indexes) and is implied by
-- every tenant query's organization_id = $1.
CREATE INDEX "insight_findings_search" ON "insight_findings"
  USING gin (to_tsvector('english', "title" || ' ' || "detail")) WHERE "organization_id" IS NOT NULL;

-- Hand-written: an insight is an immutable snapshot; it can be deleted (with its job or by
-- retention) but never rewritten.
CREATE FUNCTION ciq_reject_insight_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'insights are immutable' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER insights_immutable BEFORE UPDATE ON "insights" FOR EACH ROW EXECUTE FUNCTION ciq_reject_insight_update();
CREATE TRIGGER analysis_inputs_immutable BEFORE UPDATE ON "analysis_inputs" FOR EACH ROW EXECUTE FUNCTION ciq_reject_insight_update();

-- Hand-written: row-level security for the new tenant tables (see the identity migration).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['analysis_inputs', 'insights', 'insight_findings', 'saved_reports', 'report_exports',
                           'predictive_models', 'crosswalk_decisions']
  LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ciq_tenant', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = ciq_current_organization()) '
                   'WITH CHECK (organization_id = ciq_current_organization())', t);
  END LOOP;
END $$;
