import type { Metadata } from "next";
import { PanelsTopLeft } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Widgets" };

export default async function WidgetsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader
        title="Widgets"
        description="Components that bring ComplianceIQ insights into your ServiceNow Service Portal."
      />
      <EmptyState
        icon={PanelsTopLeft}
        title="No widgets yet"
        description="Widgets are built from insights and deployed into the Service Portal of a connected instance. Creating widgets arrives with the widgets feature, after instances and analyses."
      />
    </div>
  );
}
