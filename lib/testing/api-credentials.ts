import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { ApiOperation } from "@/lib/api/define-operation";
import type { ActorContext } from "@/lib/auth/context";
import { callRoute, type RouteHandler, uniqueIp } from "./call-route";
import { TEST_PASSWORD } from "./factories";

/** A real API key of the member's organization with all of the member's permissions. */
export async function apiKeyFor(ctx: ActorContext, name = "registry suite"): Promise<string> {
  const { key } = await createApiKey(ctx, { name, permissions: [...ctx.permissions] });
  return key;
}

/**
 * A real access token for a user with the factory password, through the login route itself (so
 * a suite exercises the same path as a script would). Null when no login route is registered.
 */
export async function accessTokenFor(email: string, handlers: Map<ApiOperation, RouteHandler>): Promise<string | null> {
  const login = [...handlers.entries()].find(([op]) => op.method === "POST" && op.path === "/auth/login");
  if (!login) return null;
  const result = await callRoute(login[1], {
    method: "POST",
    url: "/auth/login",
    body: { email, password: TEST_PASSWORD },
    headers: { "x-forwarded-for": uniqueIp() },
  });
  const token = (result.json as { accessToken?: string } | undefined)?.accessToken;
  if (result.status !== 200 || !token) throw new Error(`Login for ${email} answered ${result.status}: ${result.text.slice(0, 300)}`);
  return token;
}
