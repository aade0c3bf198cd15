import { SignJWT, jwtVerify } from "jose";
import { deriveKey } from "./derive-key";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const AUDIENCE = "complianceiq-api";
const ISSUER = "complianceiq";
// RFC 9068's media type for JWT access tokens: a token minted for another purpose with the same
// key (there is none today) could not be replayed as an access token.
const TYPE = "at+jwt";

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

/** A short-lived HS256 JWT naming the user and their API session; the session is checked on every use. */
export async function signAccessToken(claims: AccessTokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: "HS256", typ: TYPE })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(deriveKey("access-token"));
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

/** The claims of a valid, unexpired access token, or null for anything else. */
export async function verifyAccessToken(token: string): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, deriveKey("access-token"), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      issuer: ISSUER,
      typ: TYPE,
      requiredClaims: ["sub", "sid", "exp", "iat"],
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}
