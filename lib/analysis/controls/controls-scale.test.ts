// 100,000 controls and 1,000,000 tests: the engine must stay linear (one pass over the sorted
// tests, map look-ups only when the control changes). Prints the time; asserts only the output,
// since timing depends on the machine.
import { describe, expect, it } from "vitest";
import type { DsControl, DsControlTest } from "@/lib/analysis/dataset/types";
import { controlsEngine } from "./controls-engine";
import { AS_OF, fixtureControl, fixtureDataset, monthsAgo } from "./controls-test-fixture";

const CONTROLS = 100_000;
const TESTS_PER_CONTROL = 10;

function largeDataset() {
  const controls: DsControl[] = [];
  const controlTests: DsControlTest[] = [];
  for (let c = 0; c < CONTROLS; c++) {
    const id = `c${String(c).padStart(6, "0")}`;
    controls.push(fixtureControl(id, { ownerId: `u${c % 5000}`, entityId: `e${c % 300}`, keyControl: c % 3 === 0 }));
    for (let t = 0; t < TESTS_PER_CONTROL; t++) {
      // Every seventh control fails 7 of its 10 tests; the rest fail one test in ten.
      const failed = c % 7 === 0 ? t % 10 < 7 : (c + t) % 10 === 0;
      controlTests.push({
        id: `${id}-${t}`, number: `CTR${c * TESTS_PER_CONTROL + t}`, controlId: id, state: "3", outcome: failed ? "fail" : "pass",
        performedAt: monthsAgo(3 * (TESTS_PER_CONTROL - t) + (c % 5)), plannedEndAt: null,
      });
    }
  }
  return fixtureDataset({ controls, controlTests, asOf: AS_OF });
}

describe("controls engine at scale", () => {
  it("scores 100,000 controls from 1,000,000 tests", () => {
    const dataset = largeDataset();
    const started = performance.now();
    const lap = (label: string) => console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
    const result = controlsEngine.run(dataset, controlsEngine.options.parse({}), {});
    lap("run");
    const summary = controlsEngine.summarize(result);
    lap("summarize");
    const subjects = controlsEngine.subjects(result);
    lap("subjects");
    const findings = controlsEngine.findings(result);
    lap("findings");
    const section = controlsEngine.toReport(result);
    lap("toReport");
    expect(result.controls).toHaveLength(CONTROLS);
    expect(subjects).toHaveLength(CONTROLS);
    expect(summary.classes.reduce((n, c) => n + c.count, 0)).toBe(CONTROLS);
    // 14,286 controls (every seventh) fail 70% of their tests: all of them, and only they, are ineffective.
    expect(summary.classes.find((c) => c.class === "ineffective")?.count).toBe(Math.ceil(CONTROLS / 7));
    expect(JSON.stringify(summary).length).toBeLessThan(300_000);
    expect(findings.length).toBeLessThanOrEqual(2 * 101 + 40);
    expect(section.blocks.length).toBeGreaterThan(0);
  }, 120_000);
});
