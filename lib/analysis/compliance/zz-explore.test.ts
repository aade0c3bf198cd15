import { it } from "vitest";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { suggestCrosswalk } from "@/lib/analysis/compliance/crosswalk";
import { assessControls } from "@/lib/analysis/controls/assess-controls";
import { nistCatalog } from "@/lib/analysis/compliance/nist-catalog";
import { buildControlIndex } from "@/lib/analysis/compliance/control-index";
import { syncedFrameworks } from "@/lib/analysis/compliance/synced-requirements";

it("explore", () => {
  const { dataset } = generatedAnalysisDataset({ seed: 11, size: "medium" });
  let t0 = performance.now();
  const a = assessControls(dataset);
  console.log("assess ms", performance.now() - t0);
  t0 = performance.now();
  const idx = buildControlIndex(dataset, a);
  syncedFrameworks(dataset, idx);
  console.log("synced ms", performance.now() - t0);
  t0 = performance.now();
  const cat = nistCatalog().controls;
  const r = suggestCrosswalk(dataset, cat, new Set(), { minConfidence: 0, suggestionsPerSource: 3, maxSuggestions: 100000 });
  console.log("crosswalk ms", performance.now() - t0);
  const byTitle = new Map(cat.map((c) => [c.title.toLowerCase(), c.id]));
  const best = new Map<string, string>();
  for (const s of r.suggestions) if (!best.has(s.sourceId)) best.set(s.sourceId, s.requirementId);
  let n = 0, ok = 0; const bad = new Map<string, string>();
  for (const c of dataset.citations) {
    const topic = c.name.replace(/ \(enhancement \d+\)$/, "").toLowerCase();
    const want = byTitle.get(topic); if (!want) continue;
    n++; if (best.get(c.id) === want) ok++; else bad.set(topic, `${want} got ${best.get(c.id)}`);
  }
  let cn = 0, cok = 0;
  for (const c of dataset.controls) {
    const m = /^\w+ (.*?)( \(enhancement \d+\))? - /.exec(c.name); if (!m) continue;
    const want = byTitle.get((m[1] ?? "").toLowerCase()); if (!want || !best.has(c.id)) continue;
    cn++; if (best.get(c.id) === want) cok++;
  }
  console.log("citations", ok, "/", n, "controls", cok, "/", cn, [...bad.entries()]);
});
