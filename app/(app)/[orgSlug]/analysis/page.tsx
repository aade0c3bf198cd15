import type { Metadata } from "next";
import { BarChart3 } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Analysis" };

export default async function AnalysisPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader
        title="Analysis"
        description="Control effectiveness, risk correlation, compliance gap and predictive control failure analyses over your synced ServiceNow data."
      />
      <EmptyState
        icon={BarChart3}
        title="No analyses have run yet"
        description="Analyses read the data synced from a ServiceNow instance, so the first step is connecting an instance. Running analyses arrives with the analysis feature."
      />
    </div>
  );
}
