import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { BackgroundJobsCard } from "./_components/background-jobs-card";
import { GettingStartedCard } from "./_components/getting-started-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, organization, permissions } = await requirePageContext(orgSlug);
  const firstName = user.name?.trim().split(/\s+/)[0];
  return (
    <div className="grid gap-8">
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : "Welcome to ComplianceIQ"}
        description={`An overview of ${organization.name}.`}
      />
      <GettingStartedCard orgSlug={organization.slug} organizationName={organization.name} />
      <BackgroundJobsCard
        orgSlug={organization.slug}
        canCreate={permissions.includes("jobs:create")}
        canCancel={permissions.includes("jobs:cancel")}
      />
    </div>
  );
}
