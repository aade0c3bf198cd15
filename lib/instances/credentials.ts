import { z } from "zod";
import type { OAuthTokens } from "@/lib/servicenow/client/auth";
import { open, seal } from "@/lib/crypto/secret-box";
import type { InstanceAuthInput } from "./schemas";

// What is sealed into servicenow_instances.credentials_enc and tokens_enc, with the instance id
// as the AES-GCM context: a sealed blob copied onto another instance does not open.

const StoredCredentials = z.discriminatedUnion("type", [
  z.object({ type: z.literal("basic"), username: z.string(), password: z.string() }),
  z.object({
    type: z.literal("oauth"),
    clientId: z.string(),
    clientSecret: z.string(),
    username: z.string(),
    password: z.string(),
  }),
]);
export type StoredCredentials = z.infer<typeof StoredCredentials>;

const StoredTokens = z.object({
  accessToken: z.string(),
  refreshToken: z.string().nullable(),
  expiresAt: z.number(),
});

/** Thrown when a sealed value cannot be opened; the message never contains sealed or plain text. */
export class CredentialsUnavailableError extends Error {
  constructor() {
    super("The stored credentials cannot be decrypted with the configured encryption keys; enter them again");
    this.name = "CredentialsUnavailableError";
  }
}

export function sealCredentials(instanceId: string, auth: InstanceAuthInput): string {
  const stored: StoredCredentials =
    auth.type === "basic"
      ? { type: "basic", username: auth.username, password: auth.password }
      : { type: "oauth", clientId: auth.clientId, clientSecret: auth.clientSecret, username: auth.username, password: auth.password };
  return seal(JSON.stringify(stored), instanceId);
}

export function openCredentials(instanceId: string, sealed: string): StoredCredentials {
  try {
    return StoredCredentials.parse(JSON.parse(open(sealed, instanceId)));
  } catch {
    // Neither the cause nor the text may travel: a JSON or zod message would quote the plaintext.
    throw new CredentialsUnavailableError();
  }
}

export function sealTokens(instanceId: string, tokens: OAuthTokens): string {
  return seal(JSON.stringify(tokens), instanceId);
}

/** Stored OAuth tokens, or null when there are none or they no longer open (a new grant follows). */
export function openTokens(instanceId: string, sealed: string | null): OAuthTokens | null {
  if (!sealed) return null;
  try {
    return StoredTokens.parse(JSON.parse(open(sealed, instanceId)));
  } catch {
    return null;
  }
}
