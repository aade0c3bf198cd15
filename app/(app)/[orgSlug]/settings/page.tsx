import type { Metadata } from "next";
import { Settings } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { organization } = await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader title="Settings" description="How this organization is named and reached." />
      <Card>
        <CardHeader>
          <CardTitle>Organization</CardTitle>
          <CardDescription>The slug is the first part of every URL of this organization.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-muted-foreground">Name</dt>
            <dd className="font-medium">{organization.name}</dd>
            <dt className="text-muted-foreground">Slug</dt>
            <dd>
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{organization.slug}</code>
            </dd>
          </dl>
        </CardContent>
      </Card>
      <EmptyState
        icon={Settings}
        title="Editing settings is not available yet"
        description="Renaming the organization, API keys and webhooks arrive with the settings feature. Until then the values above are read-only."
      />
    </div>
  );
}
