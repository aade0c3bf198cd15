import type { Metadata } from "next";
import { GitCompare } from "lucide-react";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { AppError } from "@/lib/errors";
import { compareInsights } from "@/lib/insights/compare-insights";
import type { InsightComparison } from "@/lib/insights/schemas";
import { listInstances } from "@/lib/instances/list-instances";
import { PageHeader } from "@/components/app-shell/page-header";
import { PermissionRequired } from "@/components/app-shell/permission-required";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RankedTable } from "../[instanceId]/_components/ranked-table";

export const metadata: Metadata = { title: "Compare insights" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIRECTION = { better: "success", worse: "destructive", same: "outline" } as const;
const fmt = (n: number | null) => (n === null ? "—" : Math.round(n * 1000) / 1000);

function Comparison({ comparison }: { comparison: InsightComparison }) {
  if (comparison.engines.length === 0) {
    return <EmptyState icon={GitCompare} title="Nothing to compare" description="The two sides have no analysis in common yet." />;
  }
  return (
    <div className="grid gap-10">
      {comparison.engines.map((e) => (
        <section key={e.engine} className="grid gap-4" aria-labelledby={`compare-${e.engine}`}>
          <h2 id={`compare-${e.engine}`} className="text-base font-semibold tracking-tight">
            {ENGINE_LABELS[e.engine]}
          </h2>
          <p className="text-xs text-muted-foreground">
            A: data of {new Date(e.a.dataAsOf).toLocaleString()} · B: data of {new Date(e.b.dataAsOf).toLocaleString()}. {e.subjects.improvedCount} improved,{" "}
            {e.subjects.worsenedCount} got worse, {e.subjects.appeared} new, {e.subjects.disappeared} gone.
          </p>
          <div className="overflow-x-auto rounded-lg border">
            <table className="w-full text-sm">
              <caption className="sr-only">Key figures of {ENGINE_LABELS[e.engine]}, A against B</caption>
              <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
                <tr>
                  {["Figure", "A", "B", "Change", ""].map((h) => (
                    <th key={h} scope="col" className="px-4 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {e.keyFigures.map((k) => (
                  <tr key={k.name} className="border-t">
                    <td className="px-4 py-2">{k.name}</td>
                    <td className="px-4 py-2 tabular-nums">{fmt(k.a)}</td>
                    <td className="px-4 py-2 tabular-nums">{fmt(k.b)}</td>
                    <td className="px-4 py-2 tabular-nums">{k.delta === null ? "—" : `${k.delta > 0 ? "+" : ""}${fmt(k.delta)}`}</td>
                    <td className="px-4 py-2">{k.direction ? <Badge variant={DIRECTION[k.direction]}>{k.direction}</Badge> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <RankedTable
            caption="Largest improvements"
            columns={["Item", "A", "B", "Status"]}
            rows={e.subjects.improved.map((s) => ({ key: s.id, cells: [s.label, fmt(s.a), fmt(s.b), `${s.statusA ?? "—"} → ${s.statusB ?? "—"}`] }))}
          />
          <RankedTable
            caption="Largest deteriorations"
            columns={["Item", "A", "B", "Status"]}
            rows={e.subjects.worsened.map((s) => ({ key: s.id, cells: [s.label, fmt(s.a), fmt(s.b), `${s.statusA ?? "—"} → ${s.statusB ?? "—"}`] }))}
          />
          <RankedTable
            caption="Class changes"
            columns={["From", "To", "Items"]}
            rows={e.subjects.statusChanges.map((c) => ({ key: `${c.from}-${c.to}`, cells: [c.from ?? "—", c.to ?? "—", c.count] }))}
          />
        </section>
      ))}
    </div>
  );
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug } = await params;
  const query = await searchParams;
  const { ctx } = await requirePageContext(orgSlug);
  const header = (
    <PageHeader title="Compare insights" description="Two runs of one instance, or the latest analyses of two instances: what improved and what got worse." />
  );
  if (!can(ctx, "insights:read") || !can(ctx, "instances:read")) {
    return <PermissionRequired header={header} what="insights" permission="insights:read" />;
  }
  const a = typeof query.a === "string" && UUID.test(query.a) ? query.a : "";
  const b = typeof query.b === "string" && UUID.test(query.b) ? query.b : "";
  const { data: instances } = await listInstances(ctx, { limit: 200 });
  let comparison: InsightComparison | null = null;
  let problem: string | null = null;
  if (a && b) {
    try {
      comparison = await compareInsights(ctx, { a, b });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  }
  const choices = instances.filter((i) => i.lastSyncAt !== null);
  return (
    <div className="grid gap-8">
      {header}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border p-4" aria-label="Choose what to compare">
        {(["a", "b"] as const).map((side) => (
          <label key={side} className="grid gap-1 text-sm font-medium">
            Instance {side.toUpperCase()}
            <select
              name={side}
              defaultValue={side === "a" ? a : b}
              className="h-9 min-w-56 rounded-md border bg-background px-3 text-sm font-normal focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <option value="">Choose an instance</option>
              {choices.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <Button type="submit">Compare</Button>
        <p className="basis-full text-xs text-muted-foreground">
          To compare two runs of one instance, open its Trends tab and select an earlier point.
        </p>
      </form>
      {problem ? (
        <p role="alert" className="text-sm text-destructive">
          {problem}
        </p>
      ) : null}
      {comparison ? <Comparison comparison={comparison} /> : null}
    </div>
  );
}
