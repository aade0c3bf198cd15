"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { metaFromHeaders } from "@/lib/api/request-meta";
import type { ActorContext } from "@/lib/auth/context";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { AppError } from "@/lib/errors";
import { leaveOrganization } from "@/lib/members/remove-member";
import { FIRST_ISSUE_AS_MESSAGE, runAction } from "@/lib/actions/action-result";
import { deleteOrganization } from "@/lib/organizations/delete-organization";
import { DeleteOrganizationConfirmation, UpdateOrganizationInput } from "@/lib/organizations/schemas";
import { updateOrganization } from "@/lib/organizations/update-organization";

async function actorFor(orgSlug: string): Promise<ActorContext> {
  const { ctx } = await requirePageContext(orgSlug);
  return { ...ctx, ...metaFromHeaders(await headers()) };
}

/** Saves the settings form; answers the (possibly new) slug so the page can move to its new URL. */
export async function updateOrganizationAction(orgSlug: string, input: unknown) {
  const result = await runAction(async () => {
    const ctx = await actorFor(orgSlug);
    const organization = await updateOrganization(ctx, ctx.organizationId, UpdateOrganizationInput.parse(input));
    return { slug: organization.slug };
  }, FIRST_ISSUE_AS_MESSAGE);
  if (result.ok) revalidatePath(`/${result.data.slug}`, "layout");
  return result;
}

/** Deleting needs the organization's slug typed back: a check of intent, the use case checks the rest. */
export async function deleteOrganizationAction(orgSlug: string, input: unknown) {
  return runAction(async () => {
    const ctx = await actorFor(orgSlug);
    const { confirmation } = DeleteOrganizationConfirmation.parse(input);
    if (confirmation !== orgSlug) {
      throw new AppError("validation_failed", "Type the organization's slug to confirm", {
        errors: [{ path: "confirmation", message: `Type ${orgSlug} to confirm` }],
      });
    }
    const organization = await deleteOrganization(ctx, ctx.organizationId);
    return { purgeAfter: organization.purgeAfter?.toISOString() ?? null };
  }, FIRST_ISSUE_AS_MESSAGE);
}

export async function leaveOrganizationAction(orgSlug: string) {
  return runAction(async () => {
    await leaveOrganization(await actorFor(orgSlug));
    return null;
  }, FIRST_ISSUE_AS_MESSAGE);
}
