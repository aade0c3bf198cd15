import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChevronLeft, Pencil } from "lucide-react";
import { encodeCursor } from "@/lib/api/pagination";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { AppError } from "@/lib/errors";
import { getInstance } from "@/lib/instances/get-instance";
import { getInstanceHealth } from "@/lib/instances/get-instance-health";
import type { InstanceHealthView } from "@/lib/instances/schemas";
import { PageHeader } from "@/components/app-shell/page-header";
import { DeleteInstanceButton } from "@/components/instances/delete-instance-button";
import { InstanceHealthPanel } from "@/components/instances/instance-health-panel";
import { InstanceOverview } from "@/components/instances/instance-overview";
import { InstanceStatusBadge } from "@/components/instances/instance-status-badge";
import type { InstanceSectionProps } from "@/components/instances/section-props";
import { SyncPanel } from "@/components/instances/sync-panel";
import { TestConnectionPanel } from "@/components/instances/test-connection-panel";
import { HEALTH_PAGE_SIZE } from "@/components/instances/format";
import { buttonClasses } from "@/components/ui/button";
import { deleteInstanceAction, testConnectionAction } from "../actions";

export const metadata: Metadata = { title: "Instance" };

type Params = Promise<{ orgSlug: string; instanceId: string }>;

export default async function InstancePage({ params }: { params: Params }) {
  const { orgSlug, instanceId } = await params;
  const { ctx, organization, permissions } = await requirePageContext(orgSlug);
  const [instance, health] = await Promise.all([
    getInstance(ctx, instanceId),
    getInstanceHealth(ctx, instanceId, { limit: HEALTH_PAGE_SIZE }),
  ]).catch((error: unknown) => {
    // Another organization's instance, a deleted one, or no permission to read: all look the same.
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  });
  const { nextId, ...firstPage } = health;
  const initialHealth: InstanceHealthView = { ...firstPage, nextCursor: nextId ? encodeCursor({ id: nextId }) : null };
  const base = `/${organization.slug}/instances`;
  const section: InstanceSectionProps = { orgSlug: organization.slug, instance, permissions };

  return (
    <div className="grid gap-8">
      <div className="grid gap-3">
        <Link href={base} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ChevronLeft aria-hidden className="size-4" />
          Instances
        </Link>
        <PageHeader
          title={instance.name}
          description={
            <span className="inline-flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs">{instance.url}</span>
              <InstanceStatusBadge health={instance.health} />
            </span>
          }
          actions={
            <>
              {can(ctx, "instances:update") ? (
                <Link href={`${base}/${instance.id}/edit`} className={buttonClasses({ variant: "outline" })}>
                  <Pencil aria-hidden />
                  Edit
                </Link>
              ) : null}
              {can(ctx, "instances:delete") ? (
                <DeleteInstanceButton
                  instanceName={instance.name}
                  listHref={base}
                  remove={deleteInstanceAction.bind(null, organization.slug, instance.id)}
                />
              ) : null}
            </>
          }
        />
      </div>

      {/* The page is a stack of sections, each taking `section` (InstanceSectionProps). */}
      <InstanceOverview instance={section.instance} />
      <TestConnectionPanel
        instanceId={instance.id}
        canTest={can(ctx, "instances:update")}
        runTest={testConnectionAction.bind(null, organization.slug, instance.id)}
      />
      <SyncPanel {...section} />
      <InstanceHealthPanel orgSlug={section.orgSlug} instanceId={instance.id} initial={initialHealth} />
    </div>
  );
}
