import { listJobsOperation } from "@/lib/api/operations/jobs";
import { IdCursor, decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";
import { listJobs } from "@/lib/jobs/list-jobs";

export const GET = withApi(listJobsOperation, async ({ ctx, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, IdCursor).id : undefined;
  const page = await listJobs(ctx, { limit: query.limit, afterId });
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
});
