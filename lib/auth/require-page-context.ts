import { notFound, redirect } from "next/navigation";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import { permissionsForRole } from "@/lib/permissions";
import { getCurrentUser } from "./current-user";

/**
 * For every page under /[orgSlug]: the signed-in user and their membership of that organization.
 * Signed out → /login; not a member → 404 (an organization's existence is not revealed).
 */
export async function requirePageContext(orgSlug: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/${orgSlug}`)}`);
  const organizations = await listOrganizationsForUser(user.id);
  const current = organizations.find((o) => o.slug === orgSlug);
  if (!current) notFound();
  return {
    user,
    organization: { id: current.id, name: current.name, slug: current.slug },
    role: current.role as string,
    permissions: permissionsForRole(current.role) as string[],
    organizations,
  };
}
