import { looksLikeApiKey } from "@/lib/api-keys/key-format";
import { requestMetaOf } from "@/lib/api/request-meta";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { userForAccessToken } from "./access-token-user";
import type { UserCaller } from "./user-caller";

/**
 * For routes about the caller's own account (auth: "user"): the person behind an access token or
 * the browser session, with no organization. API keys belong to an organization, not a person.
 */
export async function resolveUserCaller(request: Request, requestId: string): Promise<UserCaller> {
  const meta = requestMetaOf(request, requestId);
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token) throw new AppError("unauthenticated", "Use the Authorization: Bearer <token> scheme");
    if (looksLikeApiKey(token)) throw new AppError("forbidden", "This route acts on a user's own account: use an access token, not an API key");
    const user = await userForAccessToken(token);
    if (!user) throw new AppError("unauthenticated", "Invalid or expired token");
    return { ...meta, ...user };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in or send an Authorization: Bearer access token");
  return { ...meta, userId: user.id, email: user.email };
}
