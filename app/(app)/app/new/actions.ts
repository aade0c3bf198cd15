"use server";

import { headers } from "next/headers";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { AppError } from "@/lib/errors";
import { FIRST_ISSUE_AS_MESSAGE, runAction } from "@/lib/actions/action-result";
import { createOrganizationForUser } from "@/lib/organizations/create-organization-for-user";
import { restoreOrganization } from "@/lib/organizations/restore-organization";
import { CreateOrganizationInput } from "@/lib/organizations/schemas";

async function signedInActor(): Promise<UserCaller> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Your session has ended; sign in again");
  return { userId: user.id, email: user.email, ...metaFromHeaders(await headers()) };
}

export async function createOrganizationAction(input: unknown) {
  return runAction(async () => {
    const organization = await createOrganizationForUser(await signedInActor(), CreateOrganizationInput.parse(input));
    return { slug: organization.slug };
  }, FIRST_ISSUE_AS_MESSAGE);
}

export async function restoreOrganizationAction(organizationId: string) {
  return runAction(async () => {
    const organization = await restoreOrganization(await signedInActor(), organizationId);
    return { slug: organization.slug };
  }, FIRST_ISSUE_AS_MESSAGE);
}
