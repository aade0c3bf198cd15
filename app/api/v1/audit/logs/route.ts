import { listAuditLogsOperation } from "@/lib/api/operations/audit";
import { withApi } from "@/lib/api/with-api";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const GET = withApi(listAuditLogsOperation, ({ ctx, query: { limit, cursor, ...filters } }) =>
  listAuditEvents(ctx, { filters, limit, cursor }),
);
