import { listOrganizationInvitationsOperation } from "@/lib/api/operations/organizations";
import { withApi } from "@/lib/api/with-api";
import { listInvitations } from "@/lib/invitations/manage-invitation";
import { assertOwnOrganization } from "@/lib/organizations/get-organization";

export const GET = withApi(listOrganizationInvitationsOperation, async ({ ctx, params, query }) => {
  assertOwnOrganization(ctx, params.orgId);
  return { data: await listInvitations(ctx, { status: query.status }) };
});
