"use client";

import { CalibrationChart } from "@/components/insights/calibration-chart";
import { KeyFigures } from "@/components/insights/key-figures";
import { type ScoreBand, ScoreDistributionChart } from "@/components/insights/score-distribution-chart";
import { TopPredictionsList } from "@/components/insights/top-predictions-list";
import type { PredictiveSummary } from "@/lib/analysis/predictive/predictive-summary";
import type { SelectTag } from "./insight-section-frame";
import { RankedTable } from "./ranked-table";

// Higher is worse here, unlike effectiveness scores.
const RISK_BANDS: ScoreBand[] = [
  { from: 0, tone: "good", label: "below 20 %" },
  { from: 20, tone: "mixed", label: "from 20 % to 49 %" },
  { from: 50, tone: "bad", label: "at 50 % or above" },
];

const round = (n: number | null | undefined, digits = 3) => (n === null || n === undefined ? "—" : n.toFixed(digits));

export function PredictiveSection({ summary, select }: { summary: PredictiveSummary; select: SelectTag }) {
  const q = summary.quality;
  return (
    <div className="grid gap-6">
      {summary.note ? <p className="rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">{summary.note}</p> : null}
      <KeyFigures
        label="Predictive key figures"
        figures={[
          { label: "Validation AUC", value: round(q?.auc), hint: `Baseline ${round(q?.baseline.auc)}` },
          { label: "Brier score", value: round(q?.brier), hint: `Baseline ${round(q?.baseline.brier)}` },
          { label: "Calibration error (ECE)", value: round(q?.ece) },
          { label: "Controls at ≥ 50 % risk", value: summary.keyFigures.highRiskControls ?? 0 },
          {
            label: "Model",
            value: summary.trainedNow ? "Trained now" : "Reused",
            hint: summary.model ? `${summary.model.tests.toLocaleString()} tests, trained on data of ${new Date(summary.model.trainedAt).toLocaleDateString()}` : undefined,
          },
        ]}
      />
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <TopPredictionsList
          title="Controls most likely to fail their next test"
          items={summary.topFailures.map((f) => ({ tag: f.tag, number: f.number, name: f.name, probability: f.probability, reasons: f.reasons }))}
          onSelect={(tag) => select(tag, "Controls in this risk band")}
        />
        <CalibrationChart
          bins={(q?.calibration ?? []).map((b) => ({
            label: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)} %`,
            predicted: b.meanPredicted ?? 0,
            observed: b.observedRate ?? 0,
            count: b.count,
            tag: `risk:${Math.min(9, Math.floor(b.from * 10)) * 10}-${Math.min(9, Math.floor(b.from * 10)) * 10 + 10}`,
          }))}
          auc={q?.auc ?? null}
          brier={q?.brier ?? null}
          baselineAuc={q?.baseline.auc ?? null}
          baselineBrier={q?.baseline.brier ?? null}
          ece={q?.ece ?? null}
          onSelect={(tag) => select(tag, "Controls in this risk band")}
          description={
            q?.cutAt
              ? `Trained on ${q.trainingTests.toLocaleString()} tests before ${new Date(q.cutAt).toLocaleDateString()}, validated on the ${q.validationTests.toLocaleString()} later tests (${q.validationFailures.toLocaleString()} failed). Baseline: each control's own past failure rate.`
              : undefined
          }
        />
      </div>
      <ScoreDistributionChart
        title="Predicted failure probability"
        description="Active controls per band of predicted probability of failing the next test."
        emptyMessage="Run a predictive analysis to see this chart."
        bins={summary.distribution.map((d, i) => ({ label: `${d.bucket} %`, min: i * 10, count: d.count, tag: d.tag }))}
        bands={RISK_BANDS}
        measure="Predicted failure probabilities"
        onSelect={(tag) => select(tag, `Controls with a predicted risk of ${tag.slice("risk:".length)} %`)}
      />
      <RankedTable
        caption="What drives the model (log-odds per standard deviation)"
        columns={["Feature", "Coefficient", "Odds × per SD", "Definition"]}
        rows={summary.coefficients.map((c) => ({ key: c.feature, cells: [c.label, Number(c.coefficient.toFixed(3)), Number(c.oddsRatioPerSd.toFixed(2)), c.definition] }))}
      />
    </div>
  );
}
