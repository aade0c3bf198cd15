import { resendOrganizationInvitationOperation } from "@/lib/api/operations/organizations";
import { withApi } from "@/lib/api/with-api";
import { resendInvitation } from "@/lib/invitations/manage-invitation";
import { assertOwnOrganization } from "@/lib/organizations/get-organization";

export const POST = withApi(resendOrganizationInvitationOperation, ({ ctx, params }) => {
  assertOwnOrganization(ctx, params.orgId);
  return resendInvitation(ctx, params.invitationId);
});
