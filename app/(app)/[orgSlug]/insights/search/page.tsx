import type { Metadata } from "next";
import Link from "next/link";
import { Search } from "lucide-react";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { AppError } from "@/lib/errors";
import type { FindingHit } from "@/lib/insights/schemas";
import { searchFindings } from "@/lib/insights/search-findings";
import { PageHeader } from "@/components/app-shell/page-header";
import { PermissionRequired } from "@/components/app-shell/permission-required";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";

export const metadata: Metadata = { title: "Search findings" };

const SEVERITY = { high: "destructive", medium: "warning", low: "secondary", info: "outline" } as const;

export default async function SearchFindingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug } = await params;
  const q = (await searchParams).q;
  const { ctx, organization } = await requirePageContext(orgSlug);
  const header = <PageHeader title="Search findings" description='Full-text search over the findings of the latest analyses: words, "a phrase", or -excluded words.' />;
  if (!can(ctx, "insights:read")) {
    return <PermissionRequired header={header} what="insights" permission="insights:read" />;
  }
  const text = typeof q === "string" ? q.slice(0, 200) : "";
  let hits: FindingHit[] | null = null;
  let problem: string | null = null;
  if (text.trim()) {
    try {
      hits = (await searchFindings(ctx, { q: text, limit: 50 })).data;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  }
  return (
    <div className="grid gap-8">
      {header}
      <form method="get" role="search" className="flex max-w-xl gap-2">
        <Input name="q" defaultValue={text} aria-label="Search findings" placeholder="e.g. overdue access review" maxLength={200} />
        <Button type="submit">
          <Search aria-hidden />
          Search
        </Button>
      </form>
      {problem ? (
        <p role="alert" className="text-sm text-destructive">
          {problem}
        </p>
      ) : null}
      {hits && hits.length === 0 ? (
        <EmptyState icon={Search} title="No findings match" description="Try fewer or other words; search covers the latest analysis of each instance." />
      ) : null}
      {hits && hits.length > 0 ? (
        <ol className="grid gap-3" aria-label="Matching findings">
          {hits.map((hit) => (
            <li key={hit.finding.id} className="grid gap-1 rounded-lg border p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={SEVERITY[hit.finding.severity as keyof typeof SEVERITY] ?? "outline"}>{hit.finding.severity}</Badge>
                <Link href={`/${organization.slug}/insights/${hit.insight.instanceId}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                  {hit.finding.title}
                </Link>
              </div>
              <p className="text-sm text-muted-foreground">
                {hit.snippet.map((piece, i) => (piece.highlight ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
              </p>
              <p className="text-xs text-muted-foreground">
                {ENGINE_LABELS[hit.insight.engine]} · {new Date(hit.insight.createdAt).toLocaleString()}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
