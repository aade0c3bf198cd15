import type { ActorContext } from "@/lib/auth/context";
import { getCurrentUser } from "@/lib/auth/current-user";
import { problemResponse } from "@/lib/api/problem";
import { actorBuckets, enforceRateLimit } from "@/lib/api/rate-limit";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/api/request-id";
import { requestMetaOf } from "@/lib/api/request-meta";
import { AppError } from "@/lib/errors";
import { findMembership } from "@/lib/organizations/queries";

/**
 * A download behind a plain link on an organization's page. A link cannot send the organization
 * header that /api/v1 needs from a session caller, so the route takes the organization from the
 * URL (like the page), resolves the member, rate-limits, and answers problems as /api/v1 does.
 */
export function orgLinkRoute<P extends { orgSlug: string }>(
  what: string,
  handler: (ctx: ActorContext, params: P, request: Request) => Promise<Response>,
) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFor(request);
    const baseHeaders = { [REQUEST_ID_HEADER]: requestId, "cache-control": "private, no-store" };
    try {
      const resolved = await params;
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthenticated", `Sign in to ${what}`);
      const membership = await findMembership(user.id, { slug: resolved.orgSlug });
      if (!membership) throw new AppError("not_found", "Organization not found");
      const ctx: ActorContext = {
        organizationId: membership.id,
        actorId: user.id,
        actorType: "user",
        actorLabel: user.email,
        permissions: membership.permissions,
        ...requestMetaOf(request, requestId),
      };
      await enforceRateLimit(actorBuckets(ctx));
      const response = await handler(ctx, resolved, request);
      for (const [name, value] of Object.entries(baseHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return problemResponse(error, requestId, baseHeaders);
    }
  };
}
