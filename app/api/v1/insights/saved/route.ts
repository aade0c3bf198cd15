import { listSavedReportsOperation } from "@/lib/api/operations/insights";
import { IdCursor, decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";
import { listSavedReports } from "@/lib/insights/list-saved-reports";

export const GET = withApi(listSavedReportsOperation, async ({ ctx, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, IdCursor).id : undefined;
  const page = await listSavedReports(ctx, { limit: query.limit, afterId });
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
});
