import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { ApiKeyCursor } from "@/lib/api-keys/schemas";
import { createApiKeyOperation, listApiKeysOperation } from "@/lib/api/operations/api-keys";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(listApiKeysOperation, async ({ ctx, query }) => {
  const afterId = query.cursor ? decodeCursor(query.cursor, ApiKeyCursor).id : undefined;
  const page = await listApiKeys(ctx, { limit: query.limit, afterId });
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
});

export const POST = withApi(createApiKeyOperation, ({ ctx, body }) => createApiKey(ctx, body));
