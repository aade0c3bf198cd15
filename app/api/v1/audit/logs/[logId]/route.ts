import { getAuditLogOperation } from "@/lib/api/operations/audit";
import { withApi } from "@/lib/api/with-api";
import { getAuditEvent } from "@/lib/audit/get-audit-event";

export const GET = withApi(getAuditLogOperation, ({ ctx, params }) => getAuditEvent(ctx, params.logId));
