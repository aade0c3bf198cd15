// The benchmark's data: 100,000 controls, 50,000 risks and 500,000 control test results (times
// `scale`), deterministic, with the fields and shapes the sync maps (references as sys_ids, choice
// codes, "true"/"false", numbers and UTC datetimes as strings), so the simulator serves exactly
// these counts and nothing else.
import { createHash } from "node:crypto";
import type { DatasetJson } from "@/lib/servicenow/simulator/dataset";

export const BENCH_COUNTS = { controls: 100_000, risks: 50_000, controlTests: 500_000 } as const;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sysId = (table: string, i: number) => createHash("md5").update(`${table}:${i}`).digest("hex");
const START = Date.UTC(2023, 9, 1);
const SPAN = 3 * 365 * 86_400_000;

export function buildBenchDataset(scale = 1): DatasetJson {
  const random = rng(20261123);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  const when = () => new Date(START + Math.floor(random() * SPAN / 1000) * 1000).toISOString().slice(0, 19).replace("T", " ");
  const people = Array.from({ length: 500 }, (_, i) => sysId("sys_user", i));
  const groups = Array.from({ length: 40 }, (_, i) => sysId("sys_user_group", i));
  const profiles = Array.from({ length: 300 }, (_, i) => sysId("sn_grc_profile", i));
  const words = ["access", "review", "backup", "encryption", "vendor", "change", "incident", "logging", "privileged", "patch", "network", "physical", "training", "retention", "segregation"];
  const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");

  const controlCount = Math.round(BENCH_COUNTS.controls * scale);
  const controlIds = Array.from({ length: controlCount }, (_, i) => sysId("sn_compliance_control", i));
  const controls = controlIds.map((id, i) => ({
    sys_id: id,
    number: `CTRL${String(i + 1).padStart(7, "0")}`,
    name: `${phrase(3)} control`,
    description: `Ensures ${phrase(8)}.`,
    profile: pick(profiles),
    owner: pick(people),
    owning_group: pick(groups),
    key_control: random() < 0.2 ? "true" : "false",
    weighting: String(1 + Math.floor(random() * 10)),
    exempt: "false",
    enforcement: pick(["mandated", "voluntary"]),
    category: pick(["Technical", "Administrative", "Physical"]),
    type: pick(["Preventive", "Detective", "Corrective"]),
    classification: pick(["preventive", "detective", "corrective"]),
    frequency: pick(["daily", "weekly", "monthly", "quarterly", "annually"]),
    assessment_method: pick(["Attestation", "Indicator", "Test"]),
    passed_indicators: String(Math.floor(random() * 5)),
    failed_indicators: String(Math.floor(random() * 2)),
    state: pick(["draft", "attest", "review", "monitor", "retired"]),
    status: pick(["compliant", "non_compliant", "not_applicable", ""]),
    active: "true",
    sys_created_on: when(),
    sys_updated_on: when(),
  }));

  const risks = Array.from({ length: Math.round(BENCH_COUNTS.risks * scale) }, (_, i) => ({
    sys_id: sysId("sn_risk_risk", i),
    number: `RK${String(i + 1).padStart(7, "0")}`,
    name: `${phrase(3)} risk`,
    short_description: phrase(5),
    description: `Risk that ${phrase(10)}.`,
    profile: pick(profiles),
    owner: pick(people),
    owning_group: pick(groups),
    category: pick(["Legal", "Financial", "Operational", "Reputational", "IT"]),
    state: pick(["draft", "assess", "review", "respond", "monitor"]),
    response: pick(["accept", "avoid", "mitigate", "transfer"]),
    active: "true",
    inherent_sle: String(Math.floor(random() * 1_000_000)),
    inherent_aro: (random() * 4).toFixed(2),
    residual_sle: String(Math.floor(random() * 500_000)),
    residual_aro: (random() * 2).toFixed(2),
    control_failure_factor: random().toFixed(4),
    indicator_failure_factor: random().toFixed(4),
    calculated_risk_factor: random().toFixed(4),
    sys_created_on: when(),
    sys_updated_on: when(),
  }));

  const tests = Array.from({ length: Math.round(BENCH_COUNTS.controlTests * scale) }, (_, i) => {
    const performed = when();
    const effective = random() < 0.85 ? "effective" : "ineffective";
    return {
      sys_id: sysId("sn_audit_control_test", i),
      number: `CTR${String(i + 1).padStart(8, "0")}`,
      short_description: `Test of ${phrase(3)}`,
      control: controlIds[Math.floor(random() * controlIds.length)],
      assigned_to: pick(people),
      state: pick(["3", "4", "7"]),
      design_effectiveness: effective,
      operation_effectiveness: effective,
      control_effectiveness: effective,
      planned_start_date: performed,
      planned_end_date: performed,
      actual_start_date: performed,
      actual_end_date: performed,
      performed_on: performed,
      opinion: effective === "effective" ? "Operating as designed" : `Exceptions: ${phrase(4)}`,
      sys_created_on: performed,
      sys_updated_on: performed,
    };
  });

  return { sn_compliance_control: controls, sn_risk_risk: risks, sn_audit_control_test: tests };
}
