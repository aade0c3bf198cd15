import { complianceEngine } from "./compliance/compliance-engine";
import { controlsEngine } from "./controls/controls-engine";
import type { AnalysisEngine, EngineId } from "./engine";
import { predictiveEngine } from "./predictive/predictive-engine";
import { risksEngine } from "./risks/risks-engine";

/** Every engine by id. Each has its own option, context and result types; callers go through run/. */
export const ENGINES = {
  controls: controlsEngine,
  risks: risksEngine,
  compliance: complianceEngine,
  predictive: predictiveEngine,
} as const satisfies Record<EngineId, unknown>;

// The registry erased to the shared shape, for code that treats every engine alike (summaries,
// subjects, findings, reports): those methods only take the engine's own result back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEngine = AnalysisEngine<any, any, any, any>;

export function engineOf(id: EngineId): AnyEngine {
  return ENGINES[id];
}
