import type { Metadata } from "next";
import { FileText } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader title="Reports" description="Exports of insights to PDF, CSV and Excel for auditors and stakeholders." />
      <EmptyState
        icon={FileText}
        title="No reports yet"
        description="Reports export insights, so they need an analysis that has produced some. Exporting to PDF, CSV and Excel arrives with the reports feature."
      />
    </div>
  );
}
