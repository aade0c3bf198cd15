/**
 * Models owned by one organization, with their `organizationId` column. Every new tenant table
 * goes here and gets a row-level security policy in its migration (see prisma/migrations/*_identity).
 */
export const TENANT_MODELS = new Set([
  "Membership",
  "Role",
  "MembershipRole",
  "Team",
  "TeamMember",
  "Invitation",
  "ApiKey",
  "AuditEvent",
  "JobRun",
  "ServiceNowInstance",
  "InstanceHealthCheck",
  "SyncRun",
  "SyncWatermark",
  "SnRecord",
  "SnQuarantine",
  "AnalysisInput",
  "Insight",
  "InsightFinding",
  "SavedReport",
  "ReportExport",
  "PredictiveModel",
  "CrosswalkDecision",
]);
