import { startSyncOperation } from "@/lib/api/operations/sync";
import { withApi } from "@/lib/api/with-api";
import { startSync } from "@/lib/sync/start-sync";

export const POST = withApi(startSyncOperation, ({ ctx, params, body }) => startSync(ctx, params.instanceId, body));
