import { z } from "zod";
import type { ActorContext } from "@/lib/auth/context";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { findMembership, listOrganizationsForUser } from "@/lib/organizations/queries";
import { permissionsForRole } from "@/lib/permissions";
import { ORGANIZATION_ID_HEADER, ORGANIZATION_SLUG_HEADER } from "./organization-headers";

const UUID = z.uuid();

/**
 * Who is calling and for which organization. A bearer token fixes its own organization; a
 * session user picks one of their memberships. Another tenant's organization is reported as not
 * found, never forbidden, so its existence does not leak.
 */
export async function resolveCaller(request: Request, requestId: string): Promise<ActorContext> {
  const authorization = request.headers.get("authorization");
  const actor = authorization ? await actorForAuthorization(authorization) : await actorForSession(request);
  return { ...actor, requestId };
}

async function actorForAuthorization(authorization: string): Promise<ActorContext> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (!token) throw new AppError("unauthenticated", "Use the Authorization: Bearer <token> scheme");
  const actor = await actorForBearerToken(token);
  if (!actor) throw new AppError("unauthenticated", "Invalid or expired token");
  return actor;
}

/**
 * The one place where API keys and access tokens will be verified (identity work). Until a token
 * kind exists, no bearer token is valid.
 */
async function actorForBearerToken(_token: string): Promise<ActorContext | null> {
  return null;
}

async function actorForSession(request: Request): Promise<ActorContext> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in or send an Authorization: Bearer token");
  const membership = await chosenMembership(user.id, request.headers);
  return {
    organizationId: membership.organizationId,
    actorId: user.id,
    actorType: "user",
    permissions: permissionsForRole(membership.role),
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
  return { organizationId: only.id, role: only.role };
}

function membershipOrNotFound(found: Awaited<ReturnType<typeof findMembership>>) {
  if (!found) throw new AppError("not_found", "Organization not found");
  return { organizationId: found.organization.id, role: found.role };
}
