import { removeTeamMemberOperation } from "@/lib/api/operations/teams";
import { withApi } from "@/lib/api/with-api";
import { removeTeamMember } from "@/lib/teams/manage-teams";

export const DELETE = withApi(removeTeamMemberOperation, ({ ctx, params }) => removeTeamMember(ctx, params.teamId, params.userId));
