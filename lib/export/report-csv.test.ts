import { describe, expect, it } from "vitest";
import type { Report, ReportTable } from "@/lib/analysis/report/types";
import { SAMPLE, sampleReport } from "@/lib/analysis/report/sample-report";
import { CSV_BOM } from "./csv";
import { renderReportCsv, reportCsvHeader, SECTION_COLUMN } from "./report-csv";

/** RFC 4180: CRLF records, quoted fields with doubled quotes, line breaks allowed inside quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field !== "" || record.length > 0) throw new Error("the last record is not terminated by CRLF");
  return records;
}

function withBom(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return parseCsv(csv.slice(CSV_BOM.length));
}

function onlyTable(report: Report, table: ReportTable): Report {
  return { ...report, sections: [{ ...report.sections[0]!, blocks: [table] }] };
}

const SCORES: ReportTable = {
  kind: "table",
  id: "scores",
  title: "Scores",
  columns: [
    { key: "name", header: "Control", type: "text" },
    { key: "rate", header: "Pass rate", type: "percent" },
    { key: "due", header: "Due", type: "date" },
    { key: "ok", header: "Effective", type: "boolean" },
  ],
  rows: [
    { name: "Access review", rate: 73.1, due: new Date(Date.UTC(2026, 2, 4)), ok: true },
    { name: "@risk, \"quoted\"\nnext line", rate: null, due: null, ok: false },
  ],
};

describe("renderReportCsv with one table", () => {
  it("writes the plain table: its headers, then its rows, percent in 0-100 with (%) in the header", () => {
    const report = onlyTable(sampleReport(), SCORES);
    const records = withBom(renderReportCsv(report));
    expect(records).toEqual([
      ["Control", "Pass rate (%)", "Due", "Effective"],
      ["Access review", "73.1", "2026-03-04T00:00:00.000Z", "true"],
      // Neutralised, then quoted because of the comma, quotes and line break.
      ["'@risk, \"quoted\"\nnext line", "", "", "false"],
    ]);
    expect(reportCsvHeader(report)).toEqual(records[0]);
  });

  it("gives repeated headers within one table a column each", () => {
    const twice: ReportTable = {
      ...SCORES,
      columns: [
        { key: "a", header: "Score", type: "number" },
        { key: "b", header: "Score", type: "number" },
      ],
      rows: [{ a: 1, b: 2 }],
    };
    expect(withBom(renderReportCsv(onlyTable(sampleReport(), twice)))).toEqual([
      ["Score", "Score"],
      ["1", "2"],
    ]);
  });
});

describe("renderReportCsv with several tables", () => {
  const report = sampleReport({ controlRows: 12 });
  const records = withBom(renderReportCsv(report));
  const header = records[0] ?? [];

  it("leads with a section column and unions the tables' columns by header, first seen first", () => {
    expect(header).toEqual(reportCsvHeader(report));
    expect(header.slice(0, 9)).toEqual([SECTION_COLUMN, "Control", "Owner", "Tests", "Pass rate (%)", "Score", "Last tested", "Overdue", "Class"]);
    // "Control" appears in two tables (control scores, predicted failures) but once in the header.
    expect(header.filter((name) => name === "Control")).toHaveLength(1);
    expect(header).toContain("Failure probability (%)");
  });

  it("writes every row of every table, tagged with the table id", () => {
    // 12 control rows + 25 risks + 5 frameworks + 3 predicted failures.
    expect(records).toHaveLength(1 + 12 + 25 + 5 + 3);
    const sections = records.slice(1).map((record) => record[0]);
    expect(new Set(sections)).toEqual(new Set(["control-scores", "top-risks", "framework-coverage", "predicted-failures"]));
    for (const record of records) expect(record).toHaveLength(header.length);
  });

  it("fills only the row's own columns and shares a column between tables with the same header", () => {
    const column = (name: string) => header.indexOf(name);
    const predicted = records.find((record) => record[0] === "predicted-failures" && record[column("Control")]?.startsWith("CTRL0000042"));
    expect(predicted?.[column("Failure probability (%)")]).toBe("71.9");
    expect(predicted?.[column("Next test due")]).toBe("2026-05-02T14:30:00.000Z");
    expect(predicted?.[column("Owner")]).toBe("");
  });

  it("neutralises cells that would run as formulas", () => {
    const owner = header.indexOf("Owner");
    const control4 = records.find((record) => record[1]?.startsWith("CTRL0000004"));
    expect(control4?.[owner]).toBe(`'${SAMPLE.formulaOwner}`);
    const quoted = records.find((record) => record[1]?.startsWith("CTRL0000005"));
    expect(quoted?.[1]).toBe(`CTRL0000005 ${SAMPLE.quotedControlName}`);
  });

  it("writes a section column only when there are no tables at all", () => {
    const empty = { ...report, sections: report.sections.map((section) => ({ ...section, blocks: [] })) };
    expect(renderReportCsv(empty)).toBe(`${CSV_BOM}${SECTION_COLUMN}\r\n`);
  });

  it("measures a 100,000-row table", () => {
    const big = sampleReport({ controlRows: 100_000 });
    const started = performance.now();
    const csv = renderReportCsv(big);
    console.log(`CSV with a 100,000-row table: ${((performance.now() - started) / 1000).toFixed(2)} s, ${(csv.length / 1024 / 1024).toFixed(1)} MiB`);
    // Every record ends in CRLF; the one line break inside a field (CTRL0000006) is a bare LF.
    expect(csv.split("\r\n")).toHaveLength(1 + 100_000 + 25 + 5 + 3 + 1);
  }, 60_000);
});
