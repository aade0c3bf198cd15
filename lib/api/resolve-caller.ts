import { z } from "zod";
import type { ActorContext, RequestMeta } from "@/lib/auth/context";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { looksLikeApiKey } from "@/lib/api-keys/key-format";
import { getCurrentUser } from "@/lib/auth/current-user";
import { assertMfaPolicy } from "@/lib/auth/mfa/mfa-policy";
import { userForAccessToken } from "@/lib/auth/tokens/access-token-user";
import { AppError } from "@/lib/errors";
import { type OrganizationMembership, findMembership, listOrganizationsForUser } from "@/lib/organizations/queries";
import { requestMetaOf } from "./request-meta";
import { ORGANIZATION_ID_HEADER, ORGANIZATION_SLUG_HEADER } from "./organization-headers";

const UUID = z.uuid();

/**
 * Who is calling and for which organization. A bearer token fixes its own organization; a
 * session user picks one of their memberships. Another tenant's organization is reported as not
 * found, never forbidden, so its existence does not leak.
 */
export async function resolveCaller(request: Request, requestId: string): Promise<ActorContext> {
  const authorization = request.headers.get("authorization");
  const meta = requestMetaOf(request, requestId);
  const actor = authorization ? await actorForAuthorization(authorization, meta, request.headers) : await actorForSession(request);
  return { ...actor, ...meta };
}

async function actorForAuthorization(authorization: string, meta: RequestMeta, headers: Headers): Promise<ActorContext> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (!token) throw new AppError("unauthenticated", "Use the Authorization: Bearer <token> scheme");
  const actor = await actorForBearerToken(token, meta, headers);
  if (!actor) throw new AppError("unauthenticated", "Invalid or expired token");
  return actor;
}

/**
 * The one place where bearer tokens are verified. An API key (ciq_...) acts for its own
 * organization with exactly its permissions; an access token acts as its user, in the organization
 * chosen like a session's, under that organization's 2FA policy.
 */
async function actorForBearerToken(token: string, meta: RequestMeta, headers: Headers): Promise<ActorContext | null> {
  if (looksLikeApiKey(token)) return authenticateApiKey(token, meta);
  const user = await userForAccessToken(token);
  if (!user) return null;
  const membership = await chosenMembership(user.userId, headers);
  await assertMfaPolicy(user.userId, membership);
  return {
    organizationId: membership.id,
    actorId: user.userId,
    actorType: "user",
    actorLabel: user.email,
    permissions: membership.permissions,
  };
}

async function actorForSession(request: Request): Promise<ActorContext> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in or send an Authorization: Bearer token");
  const membership = await chosenMembership(user.id, request.headers);
  await assertMfaPolicy(user.id, membership);
  return {
    organizationId: membership.id,
    actorId: user.id,
    actorType: "user",
    actorLabel: user.email,
    permissions: membership.permissions,
  };
}

async function chosenMembership(userId: string, headers: Headers) {
  const slug = headers.get(ORGANIZATION_SLUG_HEADER)?.trim();
  const id = headers.get(ORGANIZATION_ID_HEADER)?.trim();
  if (slug && id) {
    throw new AppError("bad_request", `Send only one of ${ORGANIZATION_SLUG_HEADER} and ${ORGANIZATION_ID_HEADER}`);
  }
  if (slug) return membershipOrNotFound(await findMembership(userId, { slug }));
  // Ids are database UUIDs: anything else cannot match, and must not reach the query as a type error.
  if (id) return membershipOrNotFound(UUID.safeParse(id).success ? await findMembership(userId, { id }) : null);
  const memberships = await listOrganizationsForUser(userId);
  const only = memberships.length === 1 ? memberships[0] : undefined;
  if (!only) throw new AppError("bad_request", `Choose an organization with the ${ORGANIZATION_SLUG_HEADER} header`);
  return only;
}

function membershipOrNotFound(found: OrganizationMembership | null): OrganizationMembership {
  if (!found) throw new AppError("not_found", "Organization not found");
  return found;
}
