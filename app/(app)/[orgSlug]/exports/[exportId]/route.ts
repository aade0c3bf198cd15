import { orgLinkRoute } from "@/lib/auth/org-link-route";
import { downloadExport } from "@/lib/insight-exports/get-export";

/** The insights page's download link for a rendered export: the same use case as /api/v1/exports/{id}/download. */
export const GET = orgLinkRoute<{ orgSlug: string; exportId: string }>("download exports", (ctx, params) =>
  downloadExport(ctx, params.exportId),
);
