"use server";

import { headers } from "next/headers";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { ApiKeyIdParams, CreateApiKeyInput, type CreatedApiKey } from "@/lib/api-keys/schemas";
import { metaFromHeaders } from "@/lib/api/request-meta";
import type { ActorContext } from "@/lib/auth/context";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";

async function actorFor(orgSlug: string): Promise<ActorContext> {
  const { ctx } = await requirePageContext(orgSlug);
  return { ...ctx, ...metaFromHeaders(await headers()) };
}

export async function createApiKeyAction(orgSlug: string, input: unknown): Promise<ActionResult<CreatedApiKey>> {
  try {
    const ctx = await actorFor(orgSlug);
    return { ok: true, data: await createApiKey(ctx, CreateApiKeyInput.parse(input)) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function revokeApiKeyAction(orgSlug: string, keyId: string): Promise<ActionResult<null>> {
  try {
    const ctx = await actorFor(orgSlug);
    await revokeApiKey(ctx, ApiKeyIdParams.parse({ keyId }).keyId);
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error);
  }
}
