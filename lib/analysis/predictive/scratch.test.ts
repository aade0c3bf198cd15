import { it } from "vitest";
import { buildTestHistory } from "./test-history";
import { buildControlContext } from "./control-context";
import { trainModel } from "./model";
import { runPredictive } from "./run-predictive";
import { fitLogisticRegression } from "@/lib/analysis/stats/logistic-regression";
import { syntheticDataset } from "./perf-helper";

it("scratch", { timeout: 300000 }, () => {
  const dataset = syntheticDataset(100_000, 10);
  let t = process.cpuUsage();
  const lap = (label: string) => { const now = process.cpuUsage(); console.log(label, ((now.user - t.user) / 1000).toFixed(0)); t = now; };
  buildControlContext(dataset); lap("context");
  const h = buildTestHistory(dataset); lap("history");
  const fit = fitLogisticRegression(h.performed.x, h.performed.failed, 7); lap("fit " + fit.iterations);
  const tm = trainModel(h, { validationShare: 0.2, asOf: 0, syncRunId: "" }); lap("train");
  runPredictive(dataset, { retrain: false, validationShare: 0.2 }, { model: tm.model }); lap("score");
});
