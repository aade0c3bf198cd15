import { createRoleOperation, listRolesOperation } from "@/lib/api/operations/roles";
import { withApi } from "@/lib/api/with-api";
import { afterIdOf, pageWithCursor } from "@/lib/organizations/uuid-cursor";
import { createRole } from "@/lib/roles/create-role";
import { listRoles } from "@/lib/roles/list-roles";

export const GET = withApi(listRolesOperation, async ({ ctx, query }) =>
  pageWithCursor(await listRoles(ctx, { limit: query.limit, afterId: afterIdOf(query.cursor) })),
);
export const POST = withApi(createRoleOperation, ({ ctx, body }) => createRole(ctx, body));
