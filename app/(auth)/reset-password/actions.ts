"use server";

import { headers } from "next/headers";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";
import { originFromHeaders } from "@/lib/accounts/app-url";
import { resetPassword } from "@/lib/accounts/reset-password";
import { ResetPasswordInput } from "@/lib/accounts/schemas";
import { metaFromHeaders } from "@/lib/api/request-meta";

export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ sessionsRevoked: number }>> {
  try {
    const h = await headers();
    const { sessionsRevoked } = await resetPassword(ResetPasswordInput.parse(input), { ...metaFromHeaders(h), origin: originFromHeaders(h) });
    return { ok: true, data: { sessionsRevoked } };
  } catch (error) {
    return actionFailure(error);
  }
}
