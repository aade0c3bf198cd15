import { it } from "vitest";
import { auc } from "@/lib/analysis/stats/auc";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { assessControls } from "./assess-controls";
import { compareIneffectiveness } from "./controls-result";

it("probe", () => {
  const { dataset, truth } = generatedAnalysisDataset({ seed: 11, size: "medium" });
  const weak = new Set(truth.weakControls);
  const tested = assessControls(dataset).filter((a) => a.score !== null);
  const k = tested.filter((a) => weak.has(a.controlId)).length;
  const top = [...tested].sort(compareIneffectiveness).slice(0, k);
  const p = top.filter((a) => weak.has(a.controlId)).length / k;
  const area = auc(tested.map((a) => 100 - (a.score as number)), tested.map((a) => (weak.has(a.controlId) ? 1 : 0)));
  const inScope = tested.filter((a) => a.inScope);
  const ineff = inScope.filter((a) => a.class === "ineffective");
  const tp = ineff.filter((a) => weak.has(a.controlId)).length;
  const weakInScope = inScope.filter((a) => weak.has(a.controlId)).length;
  const eff = inScope.filter((a) => a.class === "effective").length;
  console.log(`CFG p@k ${p.toFixed(3)} auc ${area?.toFixed(4)} ineff ${ineff.length} prec ${(tp / ineff.length).toFixed(3)} recall ${(tp / weakInScope).toFixed(3)} effective ${eff}`);
}, 60000);
