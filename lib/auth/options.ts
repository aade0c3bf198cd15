import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { metaFromHeaders } from "@/lib/api/request-meta";
import type { RequestMeta } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { authenticatePassword } from "./authenticate-password";
import { OAuthSignInRefused, signInWithOAuth } from "./oauth/sign-in-with-oauth";
import { oauthProviders } from "./oauth/providers";
import { PENDING_SECOND_FACTOR_MS, completeOAuthSecondFactor } from "./oauth/complete-second-factor";
import type { ClaimsToken, SessionUserClaims, SignedInUser } from "./session-claims";
import { BROWSER_SESSION_TTL_MS, createUserSession } from "./sessions/create-user-session";
import { revokeSession } from "./sessions/revoke-sessions";
import { SignInError } from "./sign-in-error";
import { encodeSignInFailure } from "./sign-in-failure";

// next-auth adds its own fields (csrfToken, callbackUrl, json) to the credentials: not strict.
const CredentialsInput = z.object({
  email: z.string().max(320),
  password: z.string().max(4096),
  code: z.string().max(64).optional(),
});

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: BROWSER_SESSION_TTL_MS / 1000 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize: (credentials, req) => signInWithPassword(credentials, metaOf(req.headers)),
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === "credentials") return true;
        try {
          const verified = (profile as { email_verified?: unknown } | undefined)?.email_verified === true;
          const result = await signInWithOAuth(
            { provider: account.provider, providerAccountId: account.providerAccountId, email: user.email, emailVerified: verified, name: user.name },
            await requestMeta(),
          );
          // next-auth hands this same object to the jwt callback.
          Object.assign(user as SignedInUser, {
            id: result.userId,
            sessionId: result.mfaPending ? undefined : result.sessionId,
            mfaPending: result.mfaPending ? { method: account.provider } : undefined,
          });
          return true;
        } catch (error) {
          if (error instanceof OAuthSignInRefused) return `/login?error=${error.reason}`;
          if (error instanceof SignInError) return `/login?error=${encodeURIComponent(encodeSignInFailure(error.failure))}`;
          logger.error("OAuth sign-in failed", error);
          return "/login?error=unavailable";
        }
      },
      async jwt({ token, user, trigger, session }) {
        const claims = token as ClaimsToken;
        if (user) {
          const signedIn = user as SignedInUser;
          claims.sub = signedIn.id;
          claims.sid = signedIn.sessionId;
          claims.mfaPending = signedIn.mfaPending ? { method: signedIn.mfaPending.method, since: Date.now() } : undefined;
          delete claims.signInError;
        }
        if (trigger === "update") await secondStep(claims, (session as { code?: unknown } | undefined)?.code);
        return claims;
      },
      session({ session, token }) {
        const claims = token as ClaimsToken;
        const userClaims: SessionUserClaims = { id: claims.sub, sid: claims.sid, mfaPending: Boolean(claims.mfaPending) };
        session.user = { ...session.user, ...userClaims };
        return Object.assign(session, claims.signInError ? { signInError: claims.signInError } : {});
      },
    },
    events: {
      async signOut({ token }) {
        const claims = token as ClaimsToken | null;
        if (claims?.sub && claims.sid) await revokeSession(claims.sub, claims.sid);
      },
    },
  };
}

/** The browser's password step: the one credential check, then a session row the cookie names. */
async function signInWithPassword(credentials: unknown, meta: RequestMeta): Promise<SignedInUser> {
  const parsed = CredentialsInput.safeParse(credentials);
  if (!parsed.success) throw new Error(encodeSignInFailure({ reason: "invalid_credentials" }));
  try {
    const { email, password, code } = parsed.data;
    const account = await authenticatePassword({ email, password, code: code || undefined, meta });
    const session = await createUserSession(account.userId, "BROWSER", meta, BROWSER_SESSION_TTL_MS);
    return { id: account.userId, email: account.email, name: account.name, sessionId: session.id };
  } catch (error) {
    // next-auth sends the message to the browser as ?error=: only our short codes, never internals.
    if (error instanceof SignInError) throw new Error(encodeSignInFailure(error.failure));
    logger.error("Sign-in failed unexpectedly", error);
    throw new Error(encodeSignInFailure({ reason: "unavailable" }));
  }
}

/** The OAuth second step, posted as a next-auth session update `{ code }`. */
async function secondStep(claims: ClaimsToken, code: unknown): Promise<void> {
  delete claims.signInError;
  const pending = claims.mfaPending;
  if (!pending || !claims.sub) return;
  if (Date.now() - pending.since > PENDING_SECOND_FACTOR_MS) {
    // Too late: start over with the provider.
    delete claims.mfaPending;
    delete claims.sub;
    claims.signInError = encodeSignInFailure({ reason: "invalid_credentials" });
    return;
  }
  try {
    claims.sid = await completeOAuthSecondFactor(claims.sub, typeof code === "string" ? code : "", pending.method, await requestMeta());
    delete claims.mfaPending;
  } catch (error) {
    if (!(error instanceof SignInError)) logger.error("Second sign-in step failed unexpectedly", error);
    claims.signInError = encodeSignInFailure(error instanceof SignInError ? error.failure : { reason: "unavailable" });
  }
}

function metaOf(raw: Record<string, unknown> | undefined): RequestMeta {
  const h = new Headers();
  for (const [name, value] of Object.entries(raw ?? {})) if (typeof value === "string") h.set(name, value);
  return metaFromHeaders(h);
}

async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers());
}
