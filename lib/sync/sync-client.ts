import { AppError } from "@/lib/errors";
import { instanceClient } from "@/lib/instances/instance-client";
import type { ServiceNowClient } from "@/lib/servicenow/client/client";

/**
 * The connector for the instance a sync step reads, with its stored credentials and OAuth tokens
 * (a step after a token refresh starts from the new tokens). Null when the instance was deleted.
 */
export async function syncClient(input: { organizationId: string; instanceId: string }): Promise<ServiceNowClient | null> {
  try {
    return await instanceClient({ organizationId: input.organizationId }, input.instanceId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
