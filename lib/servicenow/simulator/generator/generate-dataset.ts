// Deterministic dataset generation: the same seed, size and as-of date give the same records, ids
// and timestamps on every run, from a few hundred records (small) to over a million (large).
import { formatDateTime, parseDateTime } from "../datetime";
import type { Row } from "../store";
import { GenContext } from "./context";
import { simulateControlHistory } from "./control-history";
import { generateControls, type ControlPlan } from "./controls";
import { generateFrameworks } from "./frameworks";
import { buildGroundTruth, type GroundTruth } from "./ground-truth";
import { generateIndicators } from "./indicators";
import { generatePeople, generateWidgets, type People } from "./people";
import { generateRisks } from "./risks";
import { resolveCounts, type GeneratorCounts, type SizePreset } from "./sizes";

/** A fixed default "now" for the data, so that a seed alone decides the dataset. */
export const DEFAULT_AS_OF = "2026-10-01 00:00:00";

export interface GenerateOptions {
  seed?: number;
  size?: SizePreset;
  /** Overrides of the size preset's counts. */
  counts?: Partial<GeneratorCounts>;
  /** "yyyy-MM-dd HH:mm:ss" UTC; no generated record is dated after it. */
  asOf?: string;
}

export interface GeneratedDataset {
  tables: Map<string, Row[]>;
  groundTruth: GroundTruth;
  asOf: number;
}

export function generateDataset(options: GenerateOptions = {}): GeneratedDataset {
  const seed = options.seed ?? 1;
  const counts = resolveCounts(options.size, options.counts);
  const asOf = parseDateTime(options.asOf ?? DEFAULT_AS_OF);
  if (asOf === undefined) throw new Error(`asOf must look like "yyyy-MM-dd HH:mm:ss", got ${options.asOf}`);
  const ctx = new GenContext(seed, asOf, counts.historyMonths);
  const people = generatePeople(ctx, counts);
  generateWidgets(ctx, counts.widgets);
  const frameworks = generateFrameworks(ctx, counts, people);
  const controls = generateControls(ctx, counts, people, frameworks);
  const nextTests = simulateControlHistory(ctx, people, controls);
  const { plans: risks, links } = generateRisks(ctx, counts, people, controls);
  generateIndicators(ctx, counts, controls, risks);
  scoreProfiles(people, controls);
  const groundTruth = buildGroundTruth({
    seed, asOf: formatDateTime(asOf), counts, controls, nextTests, risks, links, gaps: frameworks.gaps,
  });
  return { tables: ctx.tables, groundTruth, asOf };
}

/** An entity's compliance score: the share of its controls that are compliant, in percent. */
function scoreProfiles(people: People, controls: ControlPlan[]): void {
  const tally = new Map<string, { compliant: number; assessed: number }>();
  for (const { row } of controls) {
    if (row.status !== "compliant" && row.status !== "non_compliant") continue;
    const entry = tally.get(row.profile ?? "") ?? { compliant: 0, assessed: 0 };
    entry.assessed++;
    if (row.status === "compliant") entry.compliant++;
    tally.set(row.profile ?? "", entry);
  }
  for (const profile of people.profiles) {
    const entry = tally.get(profile.sys_id ?? "");
    profile.compliance_score = entry ? ((100 * entry.compliant) / entry.assessed).toFixed(2) : "";
  }
}

