import { listSecurityEventsOperation } from "@/lib/api/operations/audit";
import { withApi } from "@/lib/api/with-api";
import { listSecurityEvents } from "@/lib/audit/list-security-events";

export const GET = withApi(listSecurityEventsOperation, ({ ctx, query: { limit, cursor, ...filters } }) =>
  listSecurityEvents(ctx, { filters, limit, cursor }),
);
