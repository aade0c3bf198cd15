"use server";

import { headers } from "next/headers";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";
import { originFromHeaders } from "@/lib/accounts/app-url";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { ForgotPasswordInput } from "@/lib/accounts/schemas";
import { metaFromHeaders } from "@/lib/api/request-meta";

export async function forgotPasswordAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  try {
    const { email } = ForgotPasswordInput.parse(input);
    const h = await headers();
    return { ok: true, data: await requestPasswordReset(email, { ...metaFromHeaders(h), origin: originFromHeaders(h) }) };
  } catch (error) {
    return actionFailure(error);
  }
}
