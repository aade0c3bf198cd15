import type { Metadata } from "next";

import { listAnalysisJobs } from "@/lib/analysis/jobs/list-analysis-jobs";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { listInstances } from "@/lib/instances/list-instances";
import { AnalysisWorkbench } from "@/components/analysis/analysis-workbench";
import { PageHeader } from "@/components/app-shell/page-header";
import { PermissionRequired } from "@/components/app-shell/permission-required";

export const metadata: Metadata = { title: "Analysis" };

export default async function AnalysisPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization } = await requirePageContext(orgSlug);
  const header = (
    <PageHeader
      title="Analysis"
      description="Control effectiveness, risk correlation, compliance gap and predictive control failure analyses over your synced ServiceNow data."
    />
  );
  if (!can(ctx, "analysis:read") || !can(ctx, "instances:read")) {
    return <PermissionRequired header={header} what="analyses" permission="analysis:read" />;
  }
  const [{ data: instances }, jobs] = await Promise.all([listInstances(ctx, { limit: 200 }), listAnalysisJobs(ctx, { limit: 25 })]);
  return (
    <div className="grid gap-8">
      {header}
      <AnalysisWorkbench
        orgSlug={organization.slug}
        instances={instances.map((i) => ({ id: i.id, name: i.name, lastSyncAt: i.lastSyncAt }))}
        initialJobs={jobs}
        canRun={can(ctx, "analysis:create")}
        canRemove={can(ctx, "analysis:delete")}
      />
    </div>
  );
}
