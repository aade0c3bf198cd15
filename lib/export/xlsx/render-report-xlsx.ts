import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Report } from "@/lib/analysis/report/types";
import { writeFindingsSheet } from "./findings-sheet";
import { SheetNames } from "./sheet-names";
import { type SheetPlan, writeSummarySheet } from "./summary-sheet";
import { writeTableSheet } from "./table-sheet";

/** Sheet names decided up front: the Summary sheet lists where each table went. */
export function planSheets(report: Report): SheetPlan {
  const names = new SheetNames();
  const summary = names.claim("Summary");
  const findings = names.claim("Findings");
  const tables = report.sections.flatMap((section, sectionIndex) =>
    section.blocks.flatMap((block) => (block.kind === "table" ? [{ name: names.claim(block.id, block.title), table: block, sectionIndex }] : [])),
  );
  return { summary, tables, findings };
}

/**
 * The report as an Excel workbook: "Summary", one sheet per report table (all rows, typed cells),
 * then "Findings". Written with exceljs's streaming writer, rows committed as they go, so a
 * 100,000-row table costs little more memory than the finished file.
 *
 * Strings are stored as shared strings, which Excel never evaluates, so "=1+1" in a cell is text;
 * they are still neutralised like the CSV export because people copy cells out or re-save the
 * sheet as CSV, where a formula start would come alive.
 */
export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = "ComplianceIQ";
  workbook.lastModifiedBy = "ComplianceIQ";
  workbook.title = report.title;
  workbook.subject = `GRC analysis report for ${report.organizationName}`;
  workbook.company = report.organizationName;
  workbook.created = report.generatedAt;
  workbook.modified = report.generatedAt;

  const plan = planSheets(report);
  writeSummarySheet(workbook, report, plan);
  for (const { name, table } of plan.tables) writeTableSheet(workbook, name, table);
  writeFindingsSheet(workbook, plan.findings, report);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
