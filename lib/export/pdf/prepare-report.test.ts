import { describe, expect, it } from "vitest";
import type { ReportFinding } from "@/lib/analysis/report/types";
import { sampleReport } from "@/lib/analysis/report/sample-report";
import { PDF_LIMITS, preparePdfReport } from "./prepare-report";

describe("preparePdfReport", () => {
  it(`keeps the first ${PDF_LIMITS.tableRows} table rows and remembers how many there were`, () => {
    const report = sampleReport({ controlRows: 250 });
    const table = preparePdfReport(report).sections[0]?.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(PDF_LIMITS.tableRows);
    expect(table?.kind === "table" && table.totalRows).toBe(250);
    // The input is left whole for the other exporters.
    const original = report.sections[0]?.blocks.find((block) => block.kind === "table");
    expect(original?.kind === "table" && original.rows.length).toBe(250);
  });

  it("caps bars and findings, counting severities over all findings", () => {
    const report = sampleReport({ controlRows: 5 });
    const section = report.sections[0]!;
    const barCount = PDF_LIMITS.bars + 5;
    section.blocks[0] = { kind: "bar-chart", id: "many", title: "Many", bars: Array.from({ length: barCount }, (_, i) => ({ label: `b${i}`, value: i })) };
    // 120 findings (more than PDF_LIMITS.findings): every third high (40), the rest medium (80).
    section.findings = Array.from({ length: 120 }, (_, i): ReportFinding => ({ severity: i % 3 === 0 ? "high" : "medium", title: `f${i}`, detail: "d" }));
    const prepared = preparePdfReport(report).sections[0]!;
    const bars = prepared.blocks[0];
    expect(bars?.kind === "bar-chart" && [bars.bars.length, bars.totalBars]).toEqual([PDF_LIMITS.bars, barCount]);
    expect(prepared.findings).toHaveLength(PDF_LIMITS.findings);
    expect(prepared.findings.at(-1)?.title).toBe(`f${PDF_LIMITS.findings - 1}`);
    expect(prepared.totalFindings).toBe(120);
    expect(prepared.severityCounts).toEqual({ high: 40, medium: 80, low: 0, info: 0 });
  });

  it("shortens huge cells so a row fits on a page, and maps text to what Helvetica can draw", () => {
    const report = sampleReport({ controlRows: 8 });
    const table = report.sections[0]!.blocks[1]!;
    if (table.kind !== "table") throw new Error("expected the control table");
    table.rows[0] = { ...table.rows[0], owner: "x".repeat(1000) };
    const prepared = preparePdfReport(report).sections[0]!.blocks[1]!;
    if (prepared.kind !== "table") throw new Error("expected the control table");
    // Cut to PDF_LIMITS.cellChars characters, the last one the ellipsis.
    expect(prepared.rows[0]?.owner).toBe(`${"x".repeat(PDF_LIMITS.cellChars - 1)}…`);
    expect(prepared.rows[0]?.owner).toHaveLength(PDF_LIMITS.cellChars);
    // Row 7 (index 6) is "Encryption key rotation ≤ 90 days".
    expect(prepared.rows[6]?.control).toBe("CTRL0000007 Encryption key rotation <= 90 days");
    expect(prepared.rows[0]?.lastTested).toBeInstanceOf(Date);
  });
});
