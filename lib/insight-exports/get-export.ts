import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { exportSelect, toExportView } from "./export-view";
import { CONTENT_TYPES, type ExportFormat, type ExportView } from "./schemas";

export async function getExport(ctx: ActorContext, exportId: string): Promise<ExportView> {
  authorize(ctx, "insights:export");
  assertId(exportId, "Export");
  const row = await withTenant(tenantOf(ctx), (tx) => tx.reportExport.findFirst({ where: { id: exportId }, select: exportSelect }));
  if (!row) throw notFound("Export");
  return toExportView(row);
}

/** The rendered file, as an attachment. 409 while it is still rendering, 410 once it expired. */
export async function downloadExport(ctx: ActorContext, exportId: string): Promise<Response> {
  authorize(ctx, "insights:export");
  assertId(exportId, "Export");
  const row = await withTenant(tenantOf(ctx), (tx) =>
    tx.reportExport.findFirst({ where: { id: exportId }, select: { ...exportSelect, content: true } }),
  );
  if (!row) throw notFound("Export");
  if (row.status !== "SUCCEEDED" || !row.content) {
    throw new AppError("conflict", row.status === "FAILED" ? `The export failed: ${row.error ?? "unknown error"}` : "The export is not ready yet");
  }
  if (row.expiresAt.getTime() <= Date.now()) throw new AppError("not_found", "The export expired; export the insight again");
  return new Response(new Uint8Array(row.content), {
    headers: {
      "content-type": CONTENT_TYPES[row.format as ExportFormat],
      "content-disposition": `attachment; filename="${row.fileName ?? `export.${row.format}`}"`,
      "content-length": String(row.content.length),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
