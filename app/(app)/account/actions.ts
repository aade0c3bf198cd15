"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";
import type { AccountCaller } from "@/lib/accounts/account-meta";
import { originFromHeaders } from "@/lib/accounts/app-url";
import { changePassword } from "@/lib/accounts/change-password";
import { revokeMyOtherSessions, revokeMySession } from "@/lib/accounts/manage-sessions";
import { ChangePasswordInput, UpdateProfileInput } from "@/lib/accounts/schemas";
import { updateProfile } from "@/lib/accounts/update-profile";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { getCurrentSession } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

async function accountCaller(): Promise<AccountCaller> {
  const session = await getCurrentSession();
  if (!session) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  const h = await headers();
  return { ...metaFromHeaders(h), origin: originFromHeaders(h), userId: session.user.id, sessionId: session.sessionId };
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateProfileAction(input: unknown): Promise<ActionResult<{ name: string }>> {
  return run(async () => updateProfile(await accountCaller(), UpdateProfileInput.parse(input)));
}

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ sessionsRevoked: number }>> {
  return run(async () => changePassword(await accountCaller(), ChangePasswordInput.parse(input)));
}

export async function revokeSessionAction(sessionId: unknown): Promise<ActionResult<null>> {
  return run(async () => {
    await revokeMySession(await accountCaller(), z.uuid().parse(sessionId));
    return null;
  });
}

export async function revokeOtherSessionsAction(): Promise<ActionResult<{ count: number }>> {
  return run(async () => ({ count: await revokeMyOtherSessions(await accountCaller()) }));
}
