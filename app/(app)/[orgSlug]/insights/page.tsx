import type { Metadata } from "next";
import { Lightbulb } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader title="Insights" description="Findings produced by analyses, with their history and trends over time." />
      <EmptyState
        icon={Lightbulb}
        title="No insights yet"
        description="Insights appear here each time an analysis completes. Connect a ServiceNow instance and run an analysis once those features are available; every run then adds to the history and trends on this page."
      />
    </div>
  );
}
