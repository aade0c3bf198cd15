import { getUserOperation, removeUserOperation } from "@/lib/api/operations/users";
import { withApi } from "@/lib/api/with-api";
import { getMember } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";

export const GET = withApi(getUserOperation, ({ ctx, params }) => getMember(ctx, params.userId));
export const DELETE = withApi(removeUserOperation, ({ ctx, params }) => removeMember(ctx, params.userId));
