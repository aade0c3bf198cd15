import { startPingOperation } from "@/lib/api/operations/jobs";
import { withApi } from "@/lib/api/with-api";
import { requestPing } from "@/lib/jobs/request-ping";

export const POST = withApi(startPingOperation, ({ ctx, body }) => requestPing(ctx, body));
