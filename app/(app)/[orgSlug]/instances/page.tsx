import type { Metadata } from "next";
import { Server } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Instances" };

export default async function InstancesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader title="Instances" description="The ServiceNow GRC and IRM instances this organization reads from." />
      <EmptyState
        icon={Server}
        title="No ServiceNow instances connected yet"
        description="Connecting instances arrives with the instances feature; once connected, ComplianceIQ syncs controls, risks, policies, control tests and issues on a schedule."
      />
    </div>
  );
}
