// Test helper: a hand-made dataset whose coverage and compliance are worked out by hand in
// compliance-engine.test.ts. Control classes come from the controls engine: E and E2 pass 10 of
// 10 tests (effective), N passes 7 of 10 (needs improvement), I and I2 fail 10 of 10 (ineffective),
// U, U2 and U3 have no tests (untested), R is retired (with passing tests).
import type { DsCitation, DsObjective } from "@/lib/analysis/dataset/types";
import { AS_OF, fixtureControl, fixtureDataset, fixtureTests } from "@/lib/analysis/controls/controls-test-fixture";

function citation(id: string, documentId: string, reference: string, name: string, parentId: string | null, type = "control"): DsCitation {
  return { id, documentId, parentId, reference, name, description: "", type, active: true };
}

function objective(id: string, citationIds: string[], active = true): DsObjective {
  return { id, name: id, reference: id, description: "", active, citationIds, policyIds: [] };
}

/**
 * ISO 27001 (F1): heading A.5 (h1) over r1, r2, r3, r8; heading A.8 (h2) over r4, r5 and the
 * inactive r7; r6 has no heading. PCI DSS (F2): heading 1 (p1) over q1, q2. F3 is inactive.
 */
export function complianceFixtureDataset() {
  return fixtureDataset({
    authorityDocuments: [
      { id: "F2", number: "AD2", name: "PCI DSS", active: true },
      { id: "F1", number: "AD1", name: "ISO 27001", active: true },
      { id: "F3", number: "AD3", name: "Retired framework", active: false },
    ],
    citations: [
      citation("h1", "F1", "A.5", "Organizational controls", null, "core_topic"),
      citation("h2", "F1", "A.8", "Technological controls", null, "core_topic"),
      citation("r1", "F1", "A.5.1", "Account management", "h1"),
      citation("r2", "F1", "A.5.2", "Audit log review", "h1"),
      citation("r3", "F1", "A.5.3", "Separation of duties", "h1"),
      citation("r8", "F1", "A.5.10", "Remote access", "h1"),
      citation("r4", "F1", "A.8.1", "Baseline configuration", "h2"),
      citation("r5", "F1", "A.8.2", "Malware protection", "h2", "process"),
      { ...citation("r7", "F1", "A.8.3", "Withdrawn requirement", "h2"), active: false },
      citation("r6", "F1", "A.9", "Supplier agreements", null),
      citation("p1", "F2", "1", "Network security", null, "core_topic"),
      citation("q1", "F2", "1.1", "Account management", "p1"),
      citation("q2", "F2", "1.2", "Boundary protection", "p1"),
      citation("z1", "F3", "Z.1", "Old requirement", null),
    ],
    objectives: [
      objective("O1", ["r1", "q1"]),
      objective("O2", ["r2"]),
      objective("O3", ["r3"]),
      objective("O8", ["r8"]),
      objective("O4", ["r4"]),
      objective("O5", ["r5"]),
      objective("O6", ["q2"]),
      objective("O7", ["r6"], false),
    ],
    controls: [
      fixtureControl("E", { objectiveId: "O1", name: "Account management review", description: "Review user accounts and approvals of new accounts." }),
      fixtureControl("U", { objectiveId: "O1" }),
      fixtureControl("I", { objectiveId: "O2", name: "Audit log review", description: "Review audit logs weekly." }),
      fixtureControl("U2", { objectiveId: "O3" }),
      fixtureControl("I2", { objectiveId: "O3" }),
      fixtureControl("U3", { objectiveId: "O8" }),
      fixtureControl("N", { objectiveId: "O4", name: "Access enforcement", description: "Enforce approved authorizations for logical access." }),
      fixtureControl("R", { objectiveId: "O5", state: "retired", active: false }),
      fixtureControl("E2", { objectiveId: "O7" }),
    ],
    controlTests: [
      ...fixtureTests("E", "pass", AS_OF, 10),
      ...fixtureTests("E2", "pass", AS_OF, 10),
      ...fixtureTests("I", "fail", AS_OF, 10),
      ...fixtureTests("I2", "fail", AS_OF, 10),
      ...fixtureTests("N", "pass", AS_OF, 7),
      ...fixtureTests("N", "fail", AS_OF, 3),
      ...fixtureTests("R", "pass", AS_OF, 10),
    ].sort((a, b) => (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0)),
  });
}
