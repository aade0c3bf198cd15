import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization";

export const DEMO_EMAIL = "demo@complianceiq.local";
export const DEMO_ORG_SLUG = "demo";

/**
 * Creates the demo organization and its admin once. The password is never a built-in default:
 * DEMO_PASSWORD when given, otherwise generated. Returns the login only when it was just created.
 */
export async function seedDemo(password = process.env.DEMO_PASSWORD): Promise<{ email: string; password: string } | null> {
  if (await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } })) return null;
  const secret = password ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(secret);
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: DEMO_EMAIL, name: "Demo Admin", passwordHash, emailVerifiedAt: new Date() },
    });
    await createOrganizationWithOwner(tx, { name: "Demo Organization", slug: DEMO_ORG_SLUG }, { userId: user.id, label: DEMO_EMAIL });
  });
  return { email: DEMO_EMAIL, password: secret };
}
