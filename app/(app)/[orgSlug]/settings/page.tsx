import type { Metadata } from "next";
import Link from "next/link";
import { Lock } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { getOrganization } from "@/lib/organizations/get-organization";
import { RETENTION_DAYS } from "@/lib/organizations/schemas";
import { supportedTimeZones } from "@/lib/organizations/time-zones";
import { PageHeader } from "@/components/app-shell/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DeleteOrganizationCard } from "./_components/delete-organization-card";
import { LeaveOrganizationCard } from "./_components/leave-organization-card";
import { OrganizationSettingsForm } from "./_components/organization-settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization, permissions } = await requirePageContext(orgSlug);
  const canRead = permissions.includes("organizations:read");
  const settings = canRead ? await getOrganization(ctx, organization.id) : null;

  return (
    <div className="grid gap-8">
      <PageHeader title="Settings" description="How this organization is named and reached." actions={<Link href={`/${organization.slug}/settings/api-keys`} className={buttonClasses({ variant: "outline" })}>API keys</Link>} />
      {settings ? (
        <Card>
          <CardHeader>
            <CardTitle>Organization</CardTitle>
            <CardDescription>
              The slug is the first part of every URL of this organization; changing it breaks old links. The time
              zone sets how dates and schedules read here.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <OrganizationSettingsForm
              orgSlug={organization.slug}
              settings={{
                name: settings.name,
                slug: settings.slug,
                timeZone: settings.timeZone,
                retentionDays: settings.retentionDays,
                require2fa: settings.require2fa,
              }}
              timeZones={[...supportedTimeZones()]}
              retention={RETENTION_DAYS}
              canEdit={permissions.includes("organizations:update")}
            />
          </CardContent>
        </Card>
      ) : (
        <EmptyState
          icon={Lock}
          title="Your role cannot see this organization's settings"
          description="Reading settings needs the organizations:read permission. Ask an Organization Admin for a role that includes it."
        />
      )}
      <LeaveOrganizationCard orgSlug={organization.slug} organizationName={organization.name} />
      {permissions.includes("organizations:delete") ? <DeleteOrganizationCard orgSlug={organization.slug} organizationName={organization.name} /> : null}
    </div>
  );
}
