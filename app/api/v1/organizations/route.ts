import { createOrganizationOperation } from "@/lib/api/operations/organizations";
import { withApi } from "@/lib/api/with-api";
import { createOrganizationForUser } from "@/lib/organizations/create-organization-for-user";

export const POST = withApi(createOrganizationOperation, ({ ctx, body }) =>
  createOrganizationForUser(ctx, body),
);
