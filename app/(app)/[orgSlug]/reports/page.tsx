import type { Metadata } from "next";
import Link from "next/link";
import { FileText } from "lucide-react";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { listSavedReports } from "@/lib/insights/list-saved-reports";
import { listInstances } from "@/lib/instances/list-instances";
import { PageHeader } from "@/components/app-shell/page-header";
import { PermissionRequired } from "@/components/app-shell/permission-required";
import { DeleteSavedReportButton } from "@/components/insight-exports/delete-saved-report-button";
import { ExportButtons } from "@/components/insight-exports/export-buttons";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization } = await requirePageContext(orgSlug);
  const header = <PageHeader title="Reports" description="Saved insights, ready to export to PDF, CSV and Excel for auditors and stakeholders." />;
  if (!can(ctx, "insights:read")) {
    return <PermissionRequired header={header} what="reports" permission="insights:read" />;
  }
  const [{ data: reports }, instances] = await Promise.all([
    listSavedReports(ctx, { limit: 100 }),
    can(ctx, "instances:read") ? listInstances(ctx, { limit: 200 }).then((r) => r.data) : Promise.resolve([]),
  ]);
  const names = Object.fromEntries(instances.map((i) => [i.id, i.name]));
  return (
    <div className="grid gap-8">
      {header}
      {reports.length === 0 ? (
        <EmptyState
          icon={FileText}
          title="No saved reports yet"
          description="Open an instance's insights, choose a tab and select Save report. Saved reports stay here with the exact data they were made from."
          action={
            <Link href={`/${organization.slug}/insights`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
              Go to Insights
            </Link>
          }
        />
      ) : (
        <ul className="grid gap-3" aria-label="Saved reports">
          {reports.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-4 rounded-lg border p-4">
              <div className="grid gap-1">
                <Link href={`/${organization.slug}/insights/${r.instanceId}?insight=${r.insightId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                  {r.name}
                </Link>
                <p className="text-xs text-muted-foreground">
                  {ENGINE_LABELS[r.engine]} · {names[r.instanceId] ?? "Instance"} · data of {new Date(r.dataAsOf).toLocaleString()} · saved{" "}
                  {new Date(r.createdAt).toLocaleDateString()}
                </p>
              </div>
              <div className="flex items-start gap-2">
                {can(ctx, "insights:export") ? <ExportButtons orgSlug={organization.slug} insightId={r.insightId} /> : null}
                <DeleteSavedReportButton orgSlug={organization.slug} savedReportId={r.id} name={r.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
