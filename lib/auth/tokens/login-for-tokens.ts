import { authenticatePassword } from "@/lib/auth/authenticate-password";
import type { RequestMeta } from "@/lib/auth/context";
import { createUserSession } from "@/lib/auth/sessions/create-user-session";
import { db } from "@/lib/db";
import { REFRESH_TOKEN_TTL_MS, issueTokenPair } from "./refresh-token";
import type { TokenLoginInput, TokenPair } from "./schemas";

/**
 * Sign-in for non-browser clients: the same password checks as the browser (rate limit, lockout,
 * attempt history, second factor), then an API session with its first token pair.
 */
export async function loginForTokens(input: TokenLoginInput, meta: RequestMeta): Promise<TokenPair> {
  const user = await authenticatePassword({ email: input.email, password: input.password, code: input.code, meta });
  const session = await createUserSession(user.userId, "API", meta, REFRESH_TOKEN_TTL_MS);
  return issueTokenPair(db, { userId: user.userId, sessionId: session.id });
}
