import { inviteOrganizationMemberOperation, listOrganizationMembersOperation } from "@/lib/api/operations/organizations";
import { withApi } from "@/lib/api/with-api";
import { inviteMember } from "@/lib/invitations/create-invitation";
import { listMembers } from "@/lib/members/list-members";
import { assertOwnOrganization } from "@/lib/organizations/get-organization";
import { afterIdOf, pageWithCursor } from "@/lib/organizations/uuid-cursor";

export const GET = withApi(listOrganizationMembersOperation, async ({ ctx, params, query }) => {
  assertOwnOrganization(ctx, params.orgId);
  return pageWithCursor(await listMembers(ctx, { limit: query.limit, afterId: afterIdOf(query.cursor) }));
});

export const POST = withApi(inviteOrganizationMemberOperation, ({ ctx, params, body }) => {
  assertOwnOrganization(ctx, params.orgId);
  return inviteMember(ctx, body);
});
