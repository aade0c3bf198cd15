// Test helper: a simulator dataset run through the real mapping and dataset builder, with the
// generator's ground truth beside it, so engine tests score themselves against what was planted.
import { buildDataset, type DatasetRecords } from "@/lib/analysis/dataset/build-dataset";
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import type { GroundTruth } from "@/lib/servicenow/simulator/generator/ground-truth";
import { type GenerateOptions, generateDataset } from "@/lib/servicenow/simulator/generator/generate-dataset";

export interface GeneratedAnalysisDataset {
  dataset: AnalysisDataset;
  truth: GroundTruth;
  /** Records the mapping rejected (the generator plants none, so tests expect 0). */
  rejected: number;
}

const cache = new Map<string, GeneratedAnalysisDataset>();

/** Deterministic per options; cached because the medium size takes a few seconds to generate. */
export function generatedAnalysisDataset(options: GenerateOptions): GeneratedAnalysisDataset {
  const key = JSON.stringify(options);
  const cached = cache.get(key);
  if (cached) return cached;
  const generated = generateDataset(options);
  const records: Record<string, unknown[]> = {};
  let rejected = 0;
  for (const mapping of syncTables) {
    const rows = generated.tables.get(mapping.table) ?? [];
    const mapped: unknown[] = [];
    for (const row of rows) {
      const result = mapping.map(row);
      if (result.ok) mapped.push(result.value);
      else rejected++;
    }
    records[mapping.name] = mapped;
  }
  const dataset = buildDataset({
    instanceId: "00000000-0000-4000-8000-000000000001",
    syncRunId: "00000000-0000-4000-8000-000000000002",
    asOf: generated.asOf,
    records: records as DatasetRecords,
  });
  const result = { dataset, truth: generated.groundTruth, rejected };
  cache.set(key, result);
  return result;
}
