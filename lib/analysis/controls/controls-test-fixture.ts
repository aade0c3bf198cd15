// Test helper: small hand-made datasets for the controls engine's fixture tests.
import type { AnalysisDataset, DsControl, DsControlTest } from "@/lib/analysis/dataset/types";
import { AVERAGE_MONTH_MS } from "@/lib/analysis/stats/recency";

export const AS_OF = Date.UTC(2026, 0, 1);

export function monthsAgo(months: number): number {
  return AS_OF - months * AVERAGE_MONTH_MS;
}

export function fixtureControl(id: string, overrides: Partial<DsControl> = {}): DsControl {
  return {
    id, number: `CTRL${id}`, name: `Control ${id}`, description: "", objectiveId: null, entityId: null, ownerId: null,
    frequency: "quarterly", state: "monitor", status: "compliant", active: true, keyControl: false, exempt: false,
    createdAt: monthsAgo(60), ...overrides,
  };
}

let testNumber = 0;

export function fixtureTest(controlId: string, outcome: DsControlTest["outcome"], performedAt: number | null): DsControlTest {
  testNumber++;
  return {
    id: `T${testNumber}`, number: `CTR${testNumber}`, controlId, state: outcome === null ? "1" : "3", outcome, performedAt,
    plannedEndAt: performedAt,
  };
}

/** Repeats `fixtureTest` `count` times. */
export function fixtureTests(controlId: string, outcome: DsControlTest["outcome"], performedAt: number | null, count: number): DsControlTest[] {
  return Array.from({ length: count }, () => fixtureTest(controlId, outcome, performedAt));
}

export function fixtureDataset(parts: Partial<AnalysisDataset>): AnalysisDataset {
  return {
    instanceId: "instance", syncRunId: "sync", asOf: AS_OF, entities: [], policies: [], authorityDocuments: [], citations: [],
    objectives: [], controls: [], controlTests: [], indicators: [], indicatorResults: [], issues: [], risks: [], ...parts,
  };
}

/**
 * Two policies, two frameworks, two owners: X fails every test, Y passes every test, Z is untested,
 * V fails every test, W is exempt. Objective O1 (X, Y, W) sits under P1 and P2 and cites F1 and F2;
 * O2 (Z, V) sits under P2 and cites a citation without a framework.
 */
export function rollupFixtureDataset(): AnalysisDataset {
  return fixtureDataset({
    entities: [{ id: "e1", name: "Retail bank" }],
    policies: [
      { id: "P1", number: "POL1", name: "Access policy", objectiveIds: ["O1"] },
      { id: "P2", number: "POL2", name: "Security policy", objectiveIds: ["O1", "O2"] },
    ],
    authorityDocuments: [
      { id: "F1", number: "AD1", name: "ISO 27001", active: true },
      { id: "F2", number: "AD2", name: "NIST 800-53", active: true },
    ],
    citations: [
      { id: "c1", documentId: "F1", parentId: null, reference: "A.5.1", name: "", description: "", type: "control", active: true },
      { id: "c2", documentId: "F1", parentId: null, reference: "A.5.2", name: "", description: "", type: "control", active: true },
      { id: "c3", documentId: "F2", parentId: null, reference: "AC-2", name: "", description: "", type: "control", active: true },
      { id: "c4", documentId: null, parentId: null, reference: "X", name: "", description: "", type: "control", active: true },
    ],
    objectives: [
      { id: "O1", name: "Access", reference: "", description: "", active: true, citationIds: ["c1", "c2", "c3"], policyIds: ["P1", "P2"] },
      { id: "O2", name: "Logging", reference: "", description: "", active: true, citationIds: ["c4"], policyIds: ["P2"] },
    ],
    controls: [
      fixtureControl("X", { objectiveId: "O1", ownerId: "u1", entityId: "e1", keyControl: true }),
      fixtureControl("Y", { objectiveId: "O1", ownerId: "u1" }),
      fixtureControl("Z", { objectiveId: "O2", ownerId: "u2", createdAt: monthsAgo(1), status: "" }),
      fixtureControl("V", { objectiveId: "O2", ownerId: "u2", keyControl: true }),
      fixtureControl("W", { objectiveId: "O1", ownerId: "u1", exempt: true }),
    ],
    controlTests: [
      ...fixtureTests("V", "fail", AS_OF, 10),
      ...fixtureTests("W", "fail", AS_OF, 10),
      ...fixtureTests("X", "fail", AS_OF, 10),
      ...fixtureTests("Y", "pass", AS_OF, 10),
    ],
  });
}
