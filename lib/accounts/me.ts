import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import type { AccountCaller } from "./account-meta";
import type { Me, UpdateProfileInput } from "./schemas";
import { updateProfile } from "./update-profile";

/**
 * The signed-in person and the organizations they belong to. A user-level read: it needs a signed-in
 * user (session or access token), not a permission in some organization, so people in several
 * organizations need not pick one, and API keys (which are nobody) are refused by the REST wrapper.
 */
export async function getMe(caller: Pick<AccountCaller, "userId">): Promise<Me> {
  const user = await db.user.findUnique({
    where: { id: caller.userId },
    select: { id: true, email: true, name: true, emailVerifiedAt: true, mfaEnabledAt: true, createdAt: true },
  });
  if (!user) throw new AppError("unauthenticated", "Sign in again");
  const organizations = await listOrganizationsForUser(user.id);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: user.mfaEnabledAt !== null,
    createdAt: user.createdAt,
    organizations: organizations.map(({ id, name, slug, roles }) => ({ id, name, slug, roles })),
  };
}

/** Changes the caller's own name (the only profile field; the email address is the identity). */
export async function updateMe(caller: AccountCaller, input: UpdateProfileInput): Promise<Me> {
  await updateProfile(caller, input);
  return getMe(caller);
}
