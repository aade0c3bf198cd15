import { getInstanceHealthOperation } from "@/lib/api/operations/instances";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";
import { getInstanceHealth } from "@/lib/instances/get-instance-health";
import { InstanceCursor } from "@/lib/instances/schemas";

export const GET = withApi(getInstanceHealthOperation, async ({ ctx, params, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, InstanceCursor).id : undefined;
  const { nextId, ...health } = await getInstanceHealth(ctx, params.instanceId, { limit: query.limit, afterId });
  return { ...health, nextCursor: nextId ? encodeCursor({ id: nextId }) : null };
});
