import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart3 } from "lucide-react";
import { ENGINE_IDS, type EngineId } from "@/lib/analysis/engine";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { can } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { getInstance } from "@/lib/instances/get-instance";
import { getInsightTrends } from "@/lib/insights/get-insight-trends";
import { getInsight } from "@/lib/insights/get-insight";
import { getLatestInsights } from "@/lib/insights/get-latest-insights";
import { PageHeader } from "@/components/app-shell/page-header";
import { PermissionRequired } from "@/components/app-shell/permission-required";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { EngineInsight } from "./_components/engine-insight";
import { InsightTabs } from "./_components/insight-tabs";
import { TrendsSection } from "./_components/trends-section";

export const metadata: Metadata = { title: "Insights" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function InstanceInsightsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string; instanceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug, instanceId } = await params;
  // ?insight=<id> shows that insight (a saved report, an earlier run) in place of its engine's latest.
  const pinnedId = (await searchParams).insight;
  const { ctx, organization } = await requirePageContext(orgSlug);
  if (!can(ctx, "insights:read") || !can(ctx, "instances:read")) {
    return <PermissionRequired header={<PageHeader title="Insights" description="What the analyses found." />} what="insights" permission="insights:read" />;
  }
  const pinned = typeof pinnedId === "string" && UUID.test(pinnedId) ? pinnedId : null;
  const loaded = await Promise.all([
    getInstance(ctx, instanceId),
    getLatestInsights(ctx, instanceId),
    getInsightTrends(ctx, instanceId, {}),
    pinned ? getInsight(ctx, pinned) : Promise.resolve(null),
  ]).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    },
  );
  const [instance, latest, trends, pinnedInsight] = loaded;
  if (pinnedInsight && pinnedInsight.instanceId !== instanceId) notFound();
  if (pinnedInsight) latest.engines[pinnedInsight.engine] = pinnedInsight;
  const present = ENGINE_IDS.filter((e) => latest.engines[e] !== null);
  const header = (
    <PageHeader
      title={`Insights · ${instance.name}`}
      description="The latest result of each analysis on this instance, with trends over time. Select any chart element to list the controls, risks or requirements behind it."
      actions={
        <div className="flex flex-wrap gap-2">
          <Link href={`/${organization.slug}/insights/compare?a=${instanceId}`} className={buttonClasses({ variant: "outline", size: "sm" })}>
            Compare
          </Link>
          <Link href={`/${organization.slug}/insights/search`} className={buttonClasses({ variant: "outline", size: "sm" })}>
            Search findings
          </Link>
        </div>
      }
    />
  );
  if (present.length === 0) {
    return (
      <div className="grid gap-8">
        {header}
        <EmptyState
          icon={BarChart3}
          title="No insights for this instance yet"
          description="Insights appear when an analysis finishes. A sync starts all four analyses by itself; you can also run them on the Analysis page."
          action={
            <Link href={`/${organization.slug}/analysis`} className={buttonClasses()}>
              Go to Analysis
            </Link>
          }
        />
      </div>
    );
  }
  const latestIds: Partial<Record<EngineId, string>> = {};
  for (const e of present) latestIds[e] = latest.engines[e]!.id;
  const tabs: { id: string; label: string; content: React.ReactNode }[] = present.map((engine) => {
    const insight = latest.engines[engine]!;
    return {
      id: engine,
      label: ENGINE_LABELS[engine],
      content: (
        <>
          {pinnedInsight?.id === insight.id ? (
            <p role="status" className="mb-4 rounded-lg border border-primary/40 bg-primary/5 p-3 text-sm">
              You are looking at the insight of {new Date(insight.createdAt).toLocaleString()} (data of{" "}
              {new Date(insight.dataAsOf).toLocaleString()}), not necessarily the latest.{" "}
              <Link href={`/${organization.slug}/insights/${instanceId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                Show the latest
              </Link>
            </p>
          ) : null}
          <EngineInsight
            orgSlug={organization.slug}
            instanceId={instanceId}
            engine={engine}
            summary={insight.summary}
            canExport={can(ctx, "insights:export")}
            canDecide={can(ctx, "analysis:create")}
            meta={{
              insightId: insight.id,
              engineLabel: ENGINE_LABELS[engine],
              engineVersion: insight.engineVersion,
              createdAt: insight.createdAt,
              dataAsOf: insight.dataAsOf,
              durationMs: insight.durationMs,
            }}
          />
        </>
      ),
    };
  });
  tabs.push({ id: "trends", label: "Trends", content: <TrendsSection orgSlug={organization.slug} trends={trends} latest={latestIds} /> });
  return (
    <div className="grid gap-8">
      {header}
      <InsightTabs tabs={tabs} initial={pinnedInsight?.engine ?? present[0]!} />
    </div>
  );
}
