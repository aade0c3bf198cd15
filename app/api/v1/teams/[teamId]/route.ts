import { deleteTeamOperation, getTeamOperation, updateTeamOperation } from "@/lib/api/operations/teams";
import { withApi } from "@/lib/api/with-api";
import { deleteTeam, updateTeam } from "@/lib/teams/manage-teams";
import { getTeam } from "@/lib/teams/queries";

export const GET = withApi(getTeamOperation, ({ ctx, params }) => getTeam(ctx, params.teamId));
export const PUT = withApi(updateTeamOperation, ({ ctx, params, body }) => updateTeam(ctx, params.teamId, body));
export const DELETE = withApi(deleteTeamOperation, ({ ctx, params }) => deleteTeam(ctx, params.teamId));
