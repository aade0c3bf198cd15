import {
  AuditChainReportSchema,
  AuditEventIdParams,
  AuditEventSchema,
  AuditLogFilters,
  SecurityEventFilters,
} from "@/lib/audit/schemas";
import { type ApiOperation, defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

const tags = ["Audit"];

export const listAuditLogsOperation = defineOperation({
  operationId: "listAuditLogs",
  method: "GET",
  path: "/audit/logs",
  summary: "The organization's audit log, newest first, with filters",
  description:
    "Every change by a user, API key or job, in the order of the organization's hash chain. Filters combine (AND); the cursor continues the same filtered list.",
  tags,
  auth: "required",
  permission: "audit:read",
  query: PaginationQuery.extend(AuditLogFilters.shape),
  response: pageOf(AuditEventSchema),
});

export const getAuditLogOperation = defineOperation({
  operationId: "getAuditLog",
  method: "GET",
  path: "/audit/logs/{logId}",
  summary: "One audit event, with its changes, request details and hashes",
  tags,
  auth: "required",
  permission: "audit:read",
  params: AuditEventIdParams,
  response: AuditEventSchema,
});

export const exportAuditLogsOperation = defineOperation({
  operationId: "exportAuditLogs",
  method: "GET",
  path: "/audit/logs/export",
  summary: "Download the filtered audit log as CSV",
  description:
    "RFC 4180 CSV (CRLF line ends), UTF-8 with a byte-order mark, one header row, newest event first, streamed. Cells that a spreadsheet would evaluate as a formula (starting with =, +, -, @, tab or CR) are prefixed with a single quote.",
  tags,
  auth: "required",
  permission: "audit:read",
  query: AuditLogFilters,
  produces: "text/csv",
});

export const listSecurityEventsOperation = defineOperation({
  operationId: "listSecurityEvents",
  method: "GET",
  path: "/audit/security-events",
  summary: "Security events only: failed sign-ins, lockouts, 2FA changes, role changes, API keys",
  tags,
  auth: "required",
  permission: "audit:read",
  query: PaginationQuery.extend(SecurityEventFilters.shape),
  response: pageOf(AuditEventSchema),
});

export const verifyAuditLogOperation = defineOperation({
  operationId: "verifyAuditLog",
  method: "GET",
  path: "/audit/verify",
  summary: "Recompute the audit log's hash chain and name the first broken link",
  description:
    "Checks every event's hash over its content and the previous event's hash, and that no sequence number is missing. `valid: false` means the log was altered outside the application.",
  tags,
  auth: "required",
  permission: "audit:read",
  response: AuditChainReportSchema,
});

export const auditOperations: readonly ApiOperation[] = [
  listAuditLogsOperation,
  getAuditLogOperation,
  exportAuditLogsOperation,
  listSecurityEventsOperation,
  verifyAuditLogOperation,
];
