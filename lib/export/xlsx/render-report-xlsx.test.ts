import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/analysis/report/types";
import { SAMPLE, sampleReport } from "@/lib/analysis/report/sample-report";
import { planSheets, renderReportXlsx } from "./render-report-xlsx";

/** The files inside a zip (an .xlsx), read from its central directory: enough to inspect the XML. */
function unzip(buffer: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  let entry = buffer.readUInt32LE(end + 16);
  const count = buffer.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(entry + 10);
    const size = buffer.readUInt32LE(entry + 20);
    const nameLength = buffer.readUInt16LE(entry + 28);
    const skip = nameLength + buffer.readUInt16LE(entry + 30) + buffer.readUInt16LE(entry + 32);
    const name = buffer.toString("utf8", entry + 46, entry + 46 + nameLength);
    const local = buffer.readUInt32LE(entry + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    entry += 46 + skip;
  }
  return files;
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Gives the tables of one section a new id. */
function renameTables(report: Report, sectionIndex: number, id: string): void {
  const section = report.sections[sectionIndex];
  if (!section) throw new Error(`no section ${sectionIndex}`);
  section.blocks = section.blocks.map((block) => (block.kind === "table" ? { ...block, id } : block));
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("renderReportXlsx", () => {
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    buffer = await renderReportXlsx(sampleReport());
    workbook = await load(buffer);
  });

  it("has a Summary sheet, one sheet per table named after its id, and Findings", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Summary",
      "control-scores",
      "top-risks",
      "framework-coverage",
      "predicted-failures",
      "Findings",
    ]);
  });

  it("freezes a bold header row with an auto filter on every data sheet", () => {
    for (const ws of workbook.worksheets.slice(1)) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(sheet(workbook, "control-scores").autoFilter).toBe("A1:H1");
    expect(sheet(workbook, "control-scores").getRow(1).values).toEqual([
      undefined,
      "Control",
      "Owner",
      "Tests",
      "Pass rate",
      "Score",
      "Last tested",
      "Overdue",
      "Class",
    ]);
  });

  it("types cells: numbers, percent as a fraction with a % format, real dates, booleans", () => {
    const row = sheet(workbook, "control-scores").getRow(2);
    expect(row.getCell(1).value).toBe("CTRL0000001 Quarterly access review");
    expect(row.getCell(3).value).toBe(12);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    // The Report's 53.0 (percent, 0-100) is stored as 0.53 and shown as 53.0%.
    expect(row.getCell(4).value).toBe(0.53);
    expect(row.getCell(4).numFmt).toBe("0.0%");
    expect(row.getCell(5).value).toBe(54.6);
    expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2025, 7, 24)));
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(6).numFmt).toBe("yyyy-mm-dd");
    expect(row.getCell(7).value).toBe(false);
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Boolean);
  });

  it("shows the time of day in a date column only when one of its dates has one", () => {
    const predicted = sheet(workbook, "predicted-failures");
    expect(predicted.getRow(3).getCell(3).value).toEqual(new Date(Date.UTC(2026, 4, 2, 14, 30)));
    expect(predicted.getRow(3).getCell(3).numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("keeps every row, empty cells empty", () => {
    const controls = sheet(workbook, "control-scores");
    expect(controls.rowCount).toBe(1 + 120);
    const table = sampleReport().sections[0]?.blocks.find((block) => block.kind === "table");
    const index = table?.kind === "table" ? table.rows.findIndex((row) => row.passRate === null) : -1;
    expect(index).toBeGreaterThan(0);
    expect(controls.getRow(index + 2).getCell(4).value).toBeNull();
  });

  it("stores a formula-looking string as neutralised text, never as a formula", () => {
    const cell = sheet(workbook, "control-scores").getRow(5).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${SAMPLE.formulaOwner}`);
    // In the file itself: strings are shared strings (t="s"), and no cell anywhere has a formula.
    const files = unzip(buffer);
    const sheets = [...files.keys()].filter((name) => name.startsWith("xl/worksheets/sheet"));
    expect(sheets).toHaveLength(6);
    for (const name of sheets) expect(files.get(name)).not.toMatch(/<f[ >]/);
    expect(files.get("xl/worksheets/sheet2.xml")).toContain('<c r="B5" t="s">');
    expect(files.get("xl/sharedStrings.xml")).toContain("&apos;=HYPERLINK(");
  });

  it("summarises the report: cover facts, executive summary, key figures and where each table went", () => {
    const summary = sheet(workbook, "Summary");
    const rows = new Map<string, unknown>();
    summary.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.getRow(1).getCell(1).value).toBe(SAMPLE.title);
    expect(rows.get("Organization")).toBe(SAMPLE.organizationName);
    expect(rows.get("Generated (UTC)")).toEqual(new Date(Date.UTC(2026, 2, 4, 9, 30)));
    expect(rows.get("Engine predictive")).toBe("1.0.0");
    expect(String(rows.get("Executive summary"))).toContain("PCI DSS 4.0 is the least covered framework");
    expect(rows.get("Mean effectiveness")).toBe(71.4);
    expect(rows.get("Covered")).toBe("76.8%");
    expect(String(rows.get("Table: Control effectiveness scores"))).toContain('Sheet "control-scores", 120 rows.');
  });

  it("lists every finding with its section, severity and record", () => {
    const findings = sheet(workbook, "Findings");
    // 3 + 2 + 1 + 1 findings in the four sections.
    expect(findings.rowCount).toBe(1 + 7);
    expect(findings.getRow(2).values).toEqual([
      undefined,
      "Control effectiveness",
      "high",
      SAMPLE.highFindingTitle,
      "Failed 4 of its last 6 tests; last test 7 months ago, overdue by 4 months. It mitigates 3 high risks.",
      "9f1c2a7e1b2d4c3e8a7b6c5d4e3f2a1b",
    ]);
  });

  it("gives clashing or invalid table ids valid, unique sheet names", () => {
    const report = sampleReport({ controlRows: 3 });
    renameTables(report, 1, "Control-Scores");
    renameTables(report, 2, "findings");
    renameTables(report, 3, "next/quarter: [likely] failures*");
    expect(planSheets(report).tables.map((table) => table.name)).toEqual([
      "control-scores",
      "Control-Scores (2)",
      "findings (2)",
      "next-quarter- -likely- failures",
    ]);
  });

  it("measures a 100,000-row table", async () => {
    const report = sampleReport({ controlRows: 100_000 });
    const started = performance.now();
    const big = await renderReportXlsx(report);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Excel workbook with a 100,000-row table: ${seconds.toFixed(1)} s, ${(big.length / 1024 / 1024).toFixed(1)} MiB`);
    expect(big.subarray(0, 2).toString()).toBe("PK");
  }, 180_000);
});
