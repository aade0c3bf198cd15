// What every analysis engine provides. Engines are pure and deterministic: the same dataset,
// options and context give the same result, byte for byte, so a replay of a stored sync
// reproduces its insight. Anything stored (a trained model, accepted crosswalk mappings) comes
// in through the engine's own context type; engines never touch the database.
import type { z } from "zod";
import type { AnalysisDataset } from "./dataset/types";
import type { ReportFinding, ReportSection } from "./report/types";

export const ENGINE_IDS = ["controls", "risks", "compliance", "predictive"] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/** One row per thing an engine scores (a control, a risk, a requirement), for compare and drill-down. */
export interface InsightSubject {
  id: string;
  /** What a person recognises: "CTRL0001234 Quarterly access review". */
  label: string;
  type: "control" | "risk" | "requirement" | "link";
  /** The headline number (higher is better unless `higherIsWorse`), or null when there is none. */
  value: number | null;
  higherIsWorse?: boolean;
  /** The headline class, e.g. "ineffective" or "gap". */
  status?: string;
  /**
   * Keys a chart element can point at, so clicking it lists the subjects behind it, e.g.
   * "class:ineffective", "score:40-50", "heat:4-5", "framework:<id>:family:AC".
   */
  tags: string[];
}

export interface AnalysisEngine<Options, Context, Result, Summary> {
  id: EngineId;
  /** Semantic version of the formulas; stored on every insight. Bump it when a number could change. */
  version: string;
  label: string;
  options: z.ZodType<Options>;
  run(dataset: AnalysisDataset, options: Options, context: Context): Result;
  /** What the insights page draws: key figures, chart data, top lists. Small JSON (well under 1 MB). */
  summarize(result: Result): Summary;
  /** Named numbers for trends and compare, e.g. { meanScore: 71.2, ineffective: 14 }. */
  keyFigures(result: Result): Record<string, number>;
  subjects(result: Result): InsightSubject[];
  /** Findings for search, notifications and the report; the most important first. */
  findings(result: Result): ReportFinding[];
  toReport(result: Result): ReportSection;
}
