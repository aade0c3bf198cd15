import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { OAuthTokens, ServiceNowAuthConfig } from "@/lib/servicenow/client/auth";
import { createServiceNowClient, type ServiceNowClient, type ServiceNowClientOptions } from "@/lib/servicenow/client/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { openCredentials, openTokens, sealTokens } from "./credentials";

/** The tenant the instance belongs to; an ActorContext fits, and so does a job's `{ organizationId }`. */
export interface InstanceScope {
  organizationId: string;
  actorId?: string;
}

/** Connector settings a caller may tune; URL, credentials, token storage and the breaker key are the instance's. */
export type InstanceClientOptions = Pick<ServiceNowClientOptions, "pageSize" | "timeoutMs" | "retry" | "onRetry" | "breaker" | "clock">;

/**
 * The ServiceNow client for one of the organization's instances: its URL, its decrypted
 * credentials, its circuit breaker (keyed by the instance id), and OAuth tokens persisted sealed
 * in tokens_enc whenever the connector obtains new ones, so the next run starts from them.
 *
 * Does not authorize: callers are use cases and jobs that have already decided the actor may use
 * the instance. Throws not_found for another tenant's (or a missing) instance, and
 * CredentialsUnavailableError when the sealed credentials no longer open. The decrypted values
 * live only inside the returned client.
 */
export async function instanceClient(
  scope: InstanceScope,
  instanceId: string,
  options: InstanceClientOptions = {},
): Promise<ServiceNowClient> {
  const row = await withTenant({ organizationId: scope.organizationId, userId: scope.actorId }, (tx) =>
    tx.serviceNowInstance.findFirst({
      where: { id: instanceId },
      select: { id: true, url: true, credentialsEnc: true, tokensEnc: true },
    }),
  );
  if (!row) throw notFound("Instance");
  const credentials = openCredentials(row.id, row.credentialsEnc);
  const auth: ServiceNowAuthConfig =
    credentials.type === "basic"
      ? { type: "basic", username: credentials.username, password: credentials.password }
      : {
          type: "oauth_password",
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
          username: credentials.username,
          password: credentials.password,
          tokens: openTokens(row.id, row.tokensEnc),
          onTokens: (tokens) => persistTokens(scope.organizationId, row.id, row.credentialsEnc, tokens),
        };
  const onRetry: InstanceClientOptions["onRetry"] =
    options.onRetry ?? (({ attempt, delayMs, error }) => logger.debug(`instance ${row.id}: attempt ${attempt} failed (${error.message}); retrying in ${delayMs} ms`));
  return createServiceNowClient({ ...options, onRetry, instanceUrl: row.url, instanceId: row.id, auth });
}

/**
 * Stores new tokens only while the credentials they were obtained with are still the stored ones:
 * a client built before someone replaced the credentials must not write its tokens over the change.
 * A failed write is logged and swallowed: the tokens still work in memory for this run.
 */
async function persistTokens(organizationId: string, instanceId: string, credentialsEnc: string, tokens: OAuthTokens): Promise<void> {
  try {
    await withTenant({ organizationId }, (tx) =>
      tx.serviceNowInstance.updateMany({
        where: { id: instanceId, credentialsEnc },
        data: { tokensEnc: sealTokens(instanceId, tokens) },
      }),
    );
  } catch (error) {
    // Only the error's name: a database error's message can quote the statement's values.
    logger.warn(`instance ${instanceId}: could not store refreshed OAuth tokens (${(error as Error)?.name ?? "error"})`);
  }
}
