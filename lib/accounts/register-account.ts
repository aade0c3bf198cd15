import { enforceRateLimit } from "@/lib/api/rate-limit";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { assertAcceptablePassword } from "@/lib/auth/password-policy/check-password";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization";
import type { AccountRequestMeta } from "./account-meta";
import type { Registered, RegisterInput } from "./schemas";
import { sendVerificationEmail } from "./send-verification-email";

/** New accounts per client IP per minute. */
export const REGISTRATIONS_PER_IP_PER_MINUTE = 10;

const TAKEN = "An account with this email address already exists: sign in, or reset its password";

/**
 * Creates the user and their new organization, with the user as its Organization Admin, in one
 * transaction; then emails the verification link. The account can sign in at once but cannot
 * invite, connect instances or change billing until the address is confirmed.
 */
export async function registerAccount(input: RegisterInput, meta: AccountRequestMeta): Promise<Registered> {
  await enforceRateLimit([{ key: `register:ip:${meta.ip ?? "unknown"}`, limit: REGISTRATIONS_PER_IP_PER_MINUTE }]);
  assertAcceptablePassword(input.password, { email: input.email });
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", TAKEN, { errors: [{ path: "email", message: TAKEN }] });
  }
  const passwordHash = await hashPassword(input.password);
  const { user, organization } = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, passwordChangedAt: new Date() },
        select: { id: true, email: true, name: true },
      });
      const owner = { userId: user.id, label: user.email, ...auditMeta(meta) };
      const organization = await createOrganizationWithOwner(tx, { name: input.organizationName }, owner);
      await appendAuditEvent(
        tx,
        { organizationId: organization.id, actorType: "user", actorId: user.id, actorLabel: user.email, ...auditMeta(meta) },
        { action: "user.registered", targetType: "user", targetId: user.id, changes: { email: user.email, name: user.name } },
      );
      return { user, organization };
    })
    .catch((error: unknown) => {
      // Two registrations of one address at once: the unique index decides, the loser gets the same 409.
      if (isUniqueViolation(error)) throw new AppError("conflict", TAKEN, { errors: [{ path: "email", message: TAKEN }] });
      throw error;
    });
  try {
    await sendVerificationEmail(user, meta);
  } catch (error) {
    // The account exists; the user can ask for the link again from the banner.
    logger.error(`Could not send the verification email for user ${user.id}`, error);
  }
  return { user: { ...user, emailVerified: false }, organization };
}

function auditMeta({ requestId, ip, userAgent }: AccountRequestMeta) {
  return { requestId, ip, userAgent };
}
