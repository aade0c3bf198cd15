import { verifyAuditLogOperation } from "@/lib/api/operations/audit";
import { withApi } from "@/lib/api/with-api";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";

export const GET = withApi(verifyAuditLogOperation, ({ ctx }) => verifyAuditLog(ctx));
