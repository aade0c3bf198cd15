import { it } from "vitest";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { controlFailureRates } from "./control-failure-rates";
import { checkFailureFactors } from "./failure-factor";
import { riskObservations } from "./indicator-links";
import { breakFactorTies } from "./factor-tiebreak";
import { risksOptionsSchema } from "./risks-options";

it("diag", () => {
  for (const seed of [11, 101, 202]) {
    const { dataset, truth } = generatedAnalysisDataset({ seed, size: "medium" });
    const options = risksOptionsSchema.parse({});
    const rates = controlFailureRates(dataset, options.priorTests);
    const active = dataset.risks.filter((r) => r.active);
    const riskById = new Map(active.map((r) => [r.id, r]));
    const factors = checkFailureFactors(dataset, active, rates, options.minSampleSize);
    const series = riskObservations(dataset, new Set(riskById.keys()));
    const unrec = new Set(truth.controlRiskLinks.filter((l) => !l.recorded).map((l) => `${l.risk}:${l.control}`));
    const amb = factors.mismatches.filter((m) => m.candidateCount > 1);
    const none = factors.mismatches.filter((m) => m.candidateCount === 0);
    const withSeries = (ms: typeof amb) => ms.filter((m) => (series.get(m.riskId)?.length ?? 0) >= options.minSampleSize).length;
    const lens = [...series.values()].map((s) => s.length).sort((a, b) => a - b);
    let line = `seed ${seed}: ambiguous ${amb.length} (series ${withSeries(amb)}), none ${none.length} (series ${withSeries(none)}), series median ${lens[lens.length >> 1]} of ${series.size};`;
    for (const c of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const { model, suggestions } = breakFactorTies({ mismatches: factors.mismatches, risks: riskById, series, rates, options, minConfidence: c });
      const rows = suggestions.flatMap((s) => s.controls.map((x) => ({ ok: unrec.has(`${s.riskId}:${x.controlId}`), pair: s.controls.length > 1 })));
      const single = rows.filter((r) => !r.pair), pair = rows.filter((r) => r.pair);
      line += ` c${c}: single ${single.filter((r) => r.ok).length}/${single.length} pair ${pair.filter((r) => r.ok).length}/${pair.length}`;
      if (c === 0.3) line += ` model ${JSON.stringify(model)}`;
    }
    console.log(line);
  }
}, 120000);
