import { listInsightHistoryOperation } from "@/lib/api/operations/insights";
import { IdCursor, decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";
import { listInsightHistory } from "@/lib/insights/list-insight-history";

export const GET = withApi(listInsightHistoryOperation, async ({ ctx, params, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, IdCursor).id : undefined;
  const page = await listInsightHistory(ctx, params.instanceId, { engine: query.engine, limit: query.limit, afterId });
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
});
