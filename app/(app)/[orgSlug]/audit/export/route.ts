import type { ActorContext } from "@/lib/auth/context";
import { getCurrentUser } from "@/lib/auth/current-user";
import { problemResponse } from "@/lib/api/problem";
import { actorBuckets, enforceRateLimit } from "@/lib/api/rate-limit";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/api/request-id";
import { requestMetaOf } from "@/lib/api/request-meta";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { auditOrganization } from "@/lib/audit/queries";
import { parseAuditSearchParams } from "@/lib/audit/search-params";
import { AppError } from "@/lib/errors";
import { csvDownloadHeaders } from "@/lib/export/csv";
import { findMembership } from "@/lib/organizations/queries";

/**
 * The page's "Export CSV" link. A plain link cannot send the organization header that
 * /api/v1/audit/logs/export needs from a session caller, so this route takes the organization
 * from the URL (like the page) and the filters in the page's own form, then runs the same use case.
 */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const requestId = requestIdFor(request);
  const baseHeaders = { [REQUEST_ID_HEADER]: requestId, "cache-control": "private, no-store" };
  try {
    const { orgSlug } = await params;
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "Sign in to export the audit log");
    const membership = await findMembership(user.id, { slug: orgSlug });
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
    const { timeZone } = await auditOrganization(ctx);
    const state = parseAuditSearchParams(Object.fromEntries(new URL(request.url).searchParams), timeZone);
    const errors = Object.entries(state.errors).map(([path, message]) => ({ path: `query.${path}`, message }));
    if (errors.length > 0) throw new AppError("validation_failed", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
    const { fileName, stream } = await exportAuditLog(ctx, state.filters);
    return new Response(stream, { headers: { ...baseHeaders, ...csvDownloadHeaders(fileName) } });
  } catch (error) {
    return problemResponse(error, requestId, baseHeaders);
  }
}
