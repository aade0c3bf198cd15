-- CreateEnum
CREATE TYPE "InstanceAuthType" AS ENUM ('BASIC', 'OAUTH');

-- CreateEnum
CREATE TYPE "SyncSchedule" AS ENUM ('MANUAL', 'HOURLY', 'DAILY', 'CRON');

-- CreateEnum
CREATE TYPE "InstanceHealth" AS ENUM ('UNKNOWN', 'HEALTHY', 'DEGRADED', 'DOWN', 'AUTH_FAILED');

-- CreateEnum
CREATE TYPE "SyncMode" AS ENUM ('INCREMENTAL', 'FULL');

-- CreateTable
CREATE TABLE "servicenow_instances" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "auth_type" "InstanceAuthType" NOT NULL,
    "username" TEXT NOT NULL,
    "client_id" TEXT,
    "credentials_enc" TEXT NOT NULL,
    "tokens_enc" TEXT,
    "sync_schedule" "SyncSchedule" NOT NULL DEFAULT 'MANUAL',
    "sync_cron" TEXT,
    "next_sync_at" TIMESTAMPTZ(3),
    "last_sync_at" TIMESTAMPTZ(3),
    "health" "InstanceHealth" NOT NULL DEFAULT 'UNKNOWN',
    "last_health_at" TIMESTAMPTZ(3),
    "last_latency_ms" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "servicenow_instances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instance_health_checks" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "health" "InstanceHealth" NOT NULL,
    "auth_ok" BOOLEAN NOT NULL,
    "latency_ms" INTEGER,
    "breaker_state" TEXT NOT NULL,
    "error" TEXT,

    CONSTRAINT "instance_health_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "job_run_id" UUID,
    "mode" "SyncMode" NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "tables" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_watermarks" (
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "table_name" TEXT NOT NULL,
    "high_water_mark" TIMESTAMPTZ(3),
    "last_full_sync_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sync_watermarks_pkey" PRIMARY KEY ("instance_id","table_name")
);

-- CreateTable
CREATE TABLE "sn_records" (
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "table_name" TEXT NOT NULL,
    "sys_id" TEXT NOT NULL,
    "sys_updated_on" TIMESTAMPTZ(3) NOT NULL,
    "data" JSONB NOT NULL,
    "last_sync_run_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sn_records_pkey" PRIMARY KEY ("instance_id","table_name","sys_id")
);

-- CreateTable
CREATE TABLE "sn_quarantine" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "instance_id" UUID NOT NULL,
    "sync_run_id" UUID NOT NULL,
    "table_name" TEXT NOT NULL,
    "sys_id" TEXT,
    "reason" TEXT NOT NULL,
    "raw" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sn_quarantine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "servicenow_instances_next_sync_at_idx" ON "servicenow_instances"("next_sync_at");

-- CreateIndex
CREATE UNIQUE INDEX "servicenow_instances_organization_id_name_key" ON "servicenow_instances"("organization_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "servicenow_instances_id_organization_id_key" ON "servicenow_instances"("id", "organization_id");

-- CreateIndex
CREATE INDEX "instance_health_checks_instance_id_checked_at_idx" ON "instance_health_checks"("instance_id", "checked_at");

-- CreateIndex
CREATE UNIQUE INDEX "sync_runs_job_run_id_key" ON "sync_runs"("job_run_id");

-- CreateIndex
CREATE INDEX "sync_runs_instance_id_created_at_idx" ON "sync_runs"("instance_id", "created_at");

-- CreateIndex
CREATE INDEX "sync_watermarks_organization_id_idx" ON "sync_watermarks"("organization_id");

-- CreateIndex
CREATE INDEX "sn_records_organization_id_instance_id_table_name_idx" ON "sn_records"("organization_id", "instance_id", "table_name");

-- CreateIndex
CREATE INDEX "sn_quarantine_instance_id_sync_run_id_idx" ON "sn_quarantine"("instance_id", "sync_run_id");

-- CreateIndex
CREATE INDEX "sn_quarantine_organization_id_idx" ON "sn_quarantine"("organization_id");

-- AddForeignKey
ALTER TABLE "servicenow_instances" ADD CONSTRAINT "servicenow_instances_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instance_health_checks" ADD CONSTRAINT "instance_health_checks_instance_id_organization_id_fkey" FOREIGN KEY ("instance_id", "organization_id") REFERENCES "servicenow_instances"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_instance_id_organization_id_fkey" FOREIGN KEY ("instance_id", "organization_id") REFERENCES "servicenow_instances"("id", "organization_id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: at most one queued or running sync per instance, enforced by the database.
CREATE UNIQUE INDEX "sync_runs_one_active_per_instance" ON "sync_runs"("instance_id") WHERE "status" IN ('QUEUED', 'RUNNING');

-- Hand-written: row-level security for the new tenant tables (see the identity migration).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['servicenow_instances', 'instance_health_checks', 'sync_runs', 'sync_watermarks',
                           'sn_records', 'sn_quarantine']
  LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ciq_tenant', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = ciq_current_organization()) '
                   'WITH CHECK (organization_id = ciq_current_organization())', t);
  END LOOP;
END $$;
