"use client";

import { KeyFigures } from "@/components/insights/key-figures";
import { ScoreDistributionChart } from "@/components/insights/score-distribution-chart";
import { FrameworkBars } from "@/components/insights/framework-bars";
import type { ControlsSummary } from "@/lib/analysis/controls/controls-summary";
import type { SelectTag } from "./insight-section-frame";
import { RankedTable } from "./ranked-table";

/** Rows per list on the page; the drill-down and the exports have every row. */
const LIST_ROWS = 15;

const pct = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((n / of) * 100)} %`);

export function ControlsSection({ summary, select }: { summary: ControlsSummary; select: SelectTag }) {
  const count = (c: string) => summary.classes.find((k) => k.class === c)?.count ?? 0;
  return (
    <div className="grid gap-6">
      <KeyFigures
        label="Control effectiveness key figures"
        figures={[
          { label: "Controls in scope", value: summary.controls.toLocaleString() },
          { label: "Mean score", value: summary.meanScore ?? "—", hint: `Median ${summary.medianScore ?? "—"}` },
          { label: "Effective", value: count("effective"), hint: pct(count("effective"), summary.controls) },
          { label: "Ineffective", value: count("ineffective"), hint: pct(count("ineffective"), summary.controls) },
          { label: "Untested", value: count("untested") },
          { label: "Overdue for testing", value: summary.overdue.count, hint: `${summary.overdue.keyControls} key controls` },
        ]}
      />
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <ScoreDistributionChart
          bins={summary.histogram.map((b) => ({ label: b.bucket, min: b.from, count: b.count, tag: b.tag }))}
          onSelect={(tag) => select(tag, `Controls scoring ${tag.slice("score:".length)}`)}
        />
        <FrameworkBars
          title="Classes"
          description={summary.classRule}
          rowNoun="class"
          coverageLabel="Share of controls"
          rows={summary.classes.map((c) => ({
            label: c.label,
            tag: c.tag,
            coverage: summary.controls === 0 ? null : (c.count / summary.controls) * 100,
            compliance: null,
          }))}
          onSelect={(tag) => select(tag, `${summary.classes.find((c) => c.tag === tag)?.label ?? tag} controls`)}
        />
      </div>
      <p className="text-xs text-muted-foreground">{summary.scoreRule}</p>
      <RankedTable
        caption={`The ${Math.min(LIST_ROWS, summary.leastEffective.length)} least effective controls (select the Ineffective class for all of them)`}
        columns={["Control", "Score (95 % interval)", "Class", "Why"]}
        rows={summary.leastEffective.slice(0, LIST_ROWS).map((c) => ({
          key: c.controlId,
          cells: [
            `${c.number} ${c.name}`,
            c.score === null ? "—" : `${c.score} (${c.lower ?? "—"}–${c.upper ?? "—"})`,
            c.class.replaceAll("_", " "),
            c.explanation,
          ],
        }))}
      />
      {(["owner", "entity", "policy", "framework"] as const).map((dimension) => {
        const rollup = summary.rollups[dimension];
        if (!rollup || rollup.rows.length === 0) return null;
        return (
          <RankedTable
            key={dimension}
            caption={`By ${dimension}: the ${Math.min(LIST_ROWS, rollup.rows.length)} weakest of ${rollup.groups}`}
            columns={[dimension[0]!.toUpperCase() + dimension.slice(1), "Controls", "Ineffective", "Untested", "Mean score"]}
            rows={rollup.rows.slice(0, LIST_ROWS).map((r) => ({
              key: r.key,
              onSelect: () => select(r.tag, `Controls of ${r.label}`),
              cells: [r.label, r.controls, r.ineffective, r.untested, r.meanScore ?? "—"],
            }))}
          />
        );
      })}
    </div>
  );
}
