import { listUsersOperation } from "@/lib/api/operations/users";
import { withApi } from "@/lib/api/with-api";
import { listMembers } from "@/lib/members/list-members";
import { afterIdOf, pageWithCursor } from "@/lib/organizations/uuid-cursor";

export const GET = withApi(listUsersOperation, async ({ ctx, query }) =>
  pageWithCursor(await listMembers(ctx, { limit: query.limit, afterId: afterIdOf(query.cursor) })),
);
