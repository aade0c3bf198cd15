"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { ActorContext } from "@/lib/auth/context";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { createInstance } from "@/lib/instances/create-instance";
import { deleteInstance } from "@/lib/instances/delete-instance";
import type { ConnectionTest, CreateInstanceInput, UpdateInstanceInput } from "@/lib/instances/schemas";
import { testInstanceConnection } from "@/lib/instances/test-connection";
import { updateInstance } from "@/lib/instances/update-instance";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";

// Thin: resolve the member and the request, call the same use cases as the REST routes.

async function actorFor(orgSlug: string): Promise<ActorContext> {
  const { ctx } = await requirePageContext(orgSlug);
  return { ...ctx, ...metaFromHeaders(await headers()) };
}

export async function createInstanceAction(orgSlug: string, input: CreateInstanceInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await actorFor(orgSlug);
  try {
    const instance = await createInstance(ctx, input);
    revalidatePath(`/${orgSlug}/instances`);
    return { ok: true, data: { id: instance.id } };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateInstanceAction(
  orgSlug: string,
  instanceId: string,
  input: UpdateInstanceInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await actorFor(orgSlug);
  try {
    const instance = await updateInstance(ctx, instanceId, input);
    revalidatePath(`/${orgSlug}/instances`, "layout");
    return { ok: true, data: { id: instance.id } };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteInstanceAction(orgSlug: string, instanceId: string): Promise<ActionResult> {
  const ctx = await actorFor(orgSlug);
  try {
    await deleteInstance(ctx, instanceId);
    revalidatePath(`/${orgSlug}/instances`);
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function testConnectionAction(orgSlug: string, instanceId: string): Promise<ActionResult<ConnectionTest>> {
  const ctx = await actorFor(orgSlug);
  try {
    const result = await testInstanceConnection(ctx, instanceId);
    revalidatePath(`/${orgSlug}/instances`, "layout");
    return { ok: true, data: result };
  } catch (error) {
    return actionFailure(error);
  }
}
