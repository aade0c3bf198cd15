import { revokeOrganizationInvitationOperation } from "@/lib/api/operations/organizations";
import { withApi } from "@/lib/api/with-api";
import { revokeInvitation } from "@/lib/invitations/manage-invitation";
import { assertOwnOrganization } from "@/lib/organizations/get-organization";

export const DELETE = withApi(revokeOrganizationInvitationOperation, ({ ctx, params }) => {
  assertOwnOrganization(ctx, params.orgId);
  return revokeInvitation(ctx, params.invitationId);
});
