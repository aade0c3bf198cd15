import { notFound, redirect } from "next/navigation";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import type { ActorContext } from "./context";
import { getCurrentUser } from "./current-user";
import { redirectUnlessMfaPolicy } from "./mfa/mfa-policy";

/**
 * For every page under /[orgSlug]: the signed-in user and their membership of that organization.
 * Signed out → /login (then back to the organization); not a member → 404 (an organization's
 * existence is not revealed).
 */
export async function requirePageContext(orgSlug: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/${orgSlug}`)}`);
  const organizations = await listOrganizationsForUser(user.id);
  const current = organizations.find((o) => o.slug === orgSlug);
  if (!current) notFound();
  await redirectUnlessMfaPolicy(user.id, current);
  const ctx: ActorContext = {
    organizationId: current.id,
    actorId: user.id,
    actorType: "user",
    actorLabel: user.email,
    permissions: current.permissions,
  };
  return {
    user,
    ctx,
    organization: { id: current.id, name: current.name, slug: current.slug },
    role: current.roles.join(", "),
    permissions: current.permissions as string[],
    organizations: organizations.map((o) => ({ ...o, role: o.roles.join(", ") })),
  };
}
