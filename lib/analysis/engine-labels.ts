import type { EngineId } from "./engine";

/** Names people read; kept apart from the engines so client components can import them. */
export const ENGINE_LABELS: Record<EngineId, string> = {
  controls: "Control effectiveness",
  risks: "Risk correlation",
  compliance: "Compliance gap",
  predictive: "Predictive failure",
};
