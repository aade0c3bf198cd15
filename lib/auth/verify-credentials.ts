import { z } from "zod";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./passwords";

export const CredentialsInput = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(1024),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
}

/** Returns the user when the email and password match, otherwise null (same time either way). */
export async function verifyCredentials(input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = CredentialsInput.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user?.passwordHash || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}
