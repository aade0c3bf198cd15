import { deleteOrganizationOperation, getOrganizationOperation, updateOrganizationOperation } from "@/lib/api/operations/organizations";
import { withApi } from "@/lib/api/with-api";
import { deleteOrganization } from "@/lib/organizations/delete-organization";
import { getOrganization } from "@/lib/organizations/get-organization";
import { updateOrganization } from "@/lib/organizations/update-organization";

export const GET = withApi(getOrganizationOperation, ({ ctx, params }) => getOrganization(ctx, params.orgId));
export const PUT = withApi(updateOrganizationOperation, ({ ctx, params, body }) => updateOrganization(ctx, params.orgId, body));
export const DELETE = withApi(deleteOrganizationOperation, ({ ctx, params }) => deleteOrganization(ctx, params.orgId));
