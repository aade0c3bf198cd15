import { unassignUserRoleOperation } from "@/lib/api/operations/users";
import { withApi } from "@/lib/api/with-api";
import { unassignRole } from "@/lib/members/unassign-role";

export const DELETE = withApi(unassignUserRoleOperation, ({ ctx, params }) => unassignRole(ctx, params.userId, params.roleId));
