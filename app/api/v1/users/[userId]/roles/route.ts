import { assignUserRoleOperation } from "@/lib/api/operations/users";
import { withApi } from "@/lib/api/with-api";
import { assignRole } from "@/lib/members/assign-role";

export const POST = withApi(assignUserRoleOperation, ({ ctx, params, body }) => assignRole(ctx, params.userId, body.roleId));
