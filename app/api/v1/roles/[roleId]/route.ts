import { deleteRoleOperation, getRoleOperation, updateRoleOperation } from "@/lib/api/operations/roles";
import { withApi } from "@/lib/api/with-api";
import { deleteRole } from "@/lib/roles/delete-role";
import { getRole } from "@/lib/roles/list-roles";
import { updateRole } from "@/lib/roles/update-role";

export const GET = withApi(getRoleOperation, ({ ctx, params }) => getRole(ctx, params.roleId));
export const PUT = withApi(updateRoleOperation, ({ ctx, params, body }) => updateRole(ctx, params.roleId, body));
export const DELETE = withApi(deleteRoleOperation, ({ ctx, params }) => deleteRole(ctx, params.roleId));
