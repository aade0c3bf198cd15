import { createInstanceOperation, listInstancesOperation } from "@/lib/api/operations/instances";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";
import { createInstance } from "@/lib/instances/create-instance";
import { listInstances } from "@/lib/instances/list-instances";
import { InstanceCursor } from "@/lib/instances/schemas";

export const GET = withApi(listInstancesOperation, async ({ ctx, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, InstanceCursor).id : undefined;
  const page = await listInstances(ctx, { limit: query.limit, afterId });
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
});

export const POST = withApi(createInstanceOperation, ({ ctx, body }) => createInstance(ctx, body));
