import { listSyncHistoryOperation } from "@/lib/api/operations/sync";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";
import { listSyncHistory } from "@/lib/sync/list-sync-history";
import { SyncRunCursor } from "@/lib/sync/schemas";

export const GET = withApi(listSyncHistoryOperation, async ({ ctx, params, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, SyncRunCursor).id : undefined;
  const page = await listSyncHistory(ctx, params.instanceId, { limit: query.limit, afterId });
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
});
