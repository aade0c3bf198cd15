import type { Metadata } from "next";
import Link from "next/link";
import { Lightbulb } from "lucide-react";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { listInstances } from "@/lib/instances/list-instances";
import { PageHeader } from "@/components/app-shell/page-header";
import { PermissionRequired } from "@/components/app-shell/permission-required";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization } = await requirePageContext(orgSlug);
  const header = <PageHeader title="Insights" description="Findings produced by analyses, with their history and trends over time, per instance." />;
  if (!can(ctx, "insights:read") || !can(ctx, "instances:read")) {
    return <PermissionRequired header={header} what="insights" permission="insights:read" />;
  }
  const { data: instances } = await listInstances(ctx, { limit: 200 });
  if (instances.length === 0) {
    return (
      <div className="grid gap-8">
        {header}
        <EmptyState
          icon={Lightbulb}
          title="No insights yet"
          description="Insights appear when an analysis of a synced ServiceNow instance completes. Connect an instance and sync it: all four analyses then run by themselves."
          action={
            <Link href={`/${organization.slug}/instances`} className={buttonClasses()}>
              Go to Instances
            </Link>
          }
        />
      </div>
    );
  }
  return (
    <div className="grid gap-8">
      {header}
      <div className="flex flex-wrap gap-2">
        <Link href={`/${organization.slug}/insights/search`} className={buttonClasses({ variant: "outline", size: "sm" })}>
          Search findings
        </Link>
        <Link href={`/${organization.slug}/insights/compare`} className={buttonClasses({ variant: "outline", size: "sm" })}>
          Compare
        </Link>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Instances">
        {instances.map((i) => (
          <li key={i.id}>
            <Link
              href={`/${organization.slug}/insights/${i.id}`}
              className="grid gap-1 rounded-lg border p-4 transition-colors hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <span className="font-medium">{i.name}</span>
              <span className="text-xs text-muted-foreground">
                {i.lastSyncAt ? `Last synced ${new Date(i.lastSyncAt).toLocaleString()}` : "Not synced yet"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
