import { createTeamOperation, listTeamsOperation } from "@/lib/api/operations/teams";
import { withApi } from "@/lib/api/with-api";
import { afterIdOf, pageWithCursor } from "@/lib/organizations/uuid-cursor";
import { createTeam } from "@/lib/teams/manage-teams";
import { listTeams } from "@/lib/teams/queries";

export const GET = withApi(listTeamsOperation, async ({ ctx, query }) =>
  pageWithCursor(await listTeams(ctx, { limit: query.limit, afterId: afterIdOf(query.cursor) })),
);
export const POST = withApi(createTeamOperation, ({ ctx, body }) => createTeam(ctx, body));
