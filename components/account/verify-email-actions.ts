"use server";

import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/accounts/app-url";
import { resendVerificationEmail } from "@/lib/accounts/send-verification-email";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { getCurrentSession } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";

/** "Send the link again", for the signed-in user of this browser. */
export async function resendVerificationAction(): Promise<ActionResult<{ alreadyVerified: boolean }>> {
  try {
    const session = await getCurrentSession();
    if (!session) throw new AppError("unauthenticated", "Sign in to get a new link");
    const h = await headers();
    return { ok: true, data: await resendVerificationEmail(session.user.id, { ...metaFromHeaders(h), origin: originFromHeaders(h) }) };
  } catch (error) {
    return actionFailure(error);
  }
}
