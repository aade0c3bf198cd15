"use server";

import { headers } from "next/headers";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";
import { originFromHeaders } from "@/lib/accounts/app-url";
import { registerAccount } from "@/lib/accounts/register-account";
import { RegisterInput } from "@/lib/accounts/schemas";
import { metaFromHeaders } from "@/lib/api/request-meta";

export async function registerAction(input: unknown): Promise<ActionResult<{ slug: string }>> {
  try {
    const h = await headers();
    const { organization } = await registerAccount(RegisterInput.parse(input), { ...metaFromHeaders(h), origin: originFromHeaders(h) });
    return { ok: true, data: { slug: organization.slug } };
  } catch (error) {
    return actionFailure(error);
  }
}
