"use client";

import { useState } from "react";
import { FrameworkBars } from "@/components/insights/framework-bars";
import { KeyFigures } from "@/components/insights/key-figures";
import type { ComplianceSummary } from "@/lib/analysis/compliance/compliance-summary";
import type { SelectTag } from "./insight-section-frame";
import { CrosswalkTable } from "./crosswalk-table";
import { RankedTable } from "./ranked-table";

const pct = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${n.toFixed(1)} %`);

export function ComplianceSection({
  orgSlug,
  instanceId,
  summary,
  select,
  canDecide,
}: {
  orgSlug: string;
  instanceId: string;
  summary: ComplianceSummary;
  select: SelectTag;
  canDecide: boolean;
}) {
  const [frameworkId, setFrameworkId] = useState(summary.frameworks[0]?.id ?? "");
  const framework = summary.frameworks.find((f) => f.id === frameworkId);
  const k = summary.keyFigures;
  return (
    <div className="grid gap-6">
      <KeyFigures
        label="Compliance key figures"
        figures={[
          { label: "Frameworks", value: k.frameworks ?? summary.frameworks.length },
          { label: "Requirements", value: (k.requirements ?? 0).toLocaleString() },
          { label: "Coverage", value: pct(k.coveragePct) },
          { label: "Compliance", value: pct(k.compliancePct) },
          { label: "Unmapped requirements", value: k.unmapped ?? 0 },
          { label: "Only ineffective / untested", value: `${k.onlyIneffective ?? 0} / ${k.onlyUntested ?? 0}` },
        ]}
      />
      <p className="text-xs text-muted-foreground">{summary.rule}</p>
      <FrameworkBars
        title="Compliance by framework"
        rowNoun="framework"
        rows={summary.frameworks.map((f) => ({ label: f.name, tag: f.tag, coverage: f.coveragePct, compliance: f.compliancePct }))}
        onSelect={(tag) => {
          const chosen = summary.frameworks.find((f) => f.tag === tag);
          if (chosen) setFrameworkId(chosen.id);
          select(tag, `Requirements of ${chosen?.name ?? "the framework"}`);
        }}
      />
      {framework ? (
        <>
          <FrameworkBars
            title={`Families of ${framework.name}`}
            rowNoun="family"
            rows={framework.families.map((f) => ({ label: `${f.reference} ${f.name}`.trim(), tag: f.tag, coverage: f.coveragePct, compliance: f.compliancePct }))}
            onSelect={(tag) => select(tag, `Requirements of the family ${framework.families.find((f) => f.tag === tag)?.name ?? ""}`)}
          />
          {(
            [
              ["unmapped", "Requirements with no mapped control"],
              ["onlyIneffective", "Requirements with only ineffective controls"],
              ["onlyUntested", "Requirements with only untested controls"],
            ] as const
          ).map(([kind, caption]) => {
            const list = framework.gaps[kind];
            return (
              <RankedTable
                key={kind}
                caption={`${caption} (${list.total}${list.total > list.items.length ? `, first ${list.items.length}` : ""})`}
                columns={["Requirement", "Family"]}
                rows={list.items.map((g) => ({ key: g.id, cells: [`${g.reference} ${g.name}`.trim(), g.familyId] }))}
              />
            );
          })}
        </>
      ) : null}
      <CrosswalkTable orgSlug={orgSlug} instanceId={instanceId} suggestions={summary.crosswalk.suggestions} canDecide={canDecide} />
    </div>
  );
}
