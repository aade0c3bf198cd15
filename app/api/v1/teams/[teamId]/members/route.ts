import { addTeamMemberOperation } from "@/lib/api/operations/teams";
import { withApi } from "@/lib/api/with-api";
import { addTeamMember } from "@/lib/teams/manage-teams";

export const POST = withApi(addTeamMemberOperation, ({ ctx, params, body }) => addTeamMember(ctx, params.teamId, body.userId));
