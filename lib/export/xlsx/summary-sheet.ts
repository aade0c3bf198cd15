import type { Workbook, Worksheet } from "exceljs";
import type { Report, ReportFinding, ReportTable } from "@/lib/analysis/report/types";
import { excelText, type ExcelValue, keyFigureValue, NUMBER_FORMATS } from "./cell-values";

export interface SheetPlan {
  summary: string;
  tables: { name: string; table: ReportTable; sectionIndex: number }[];
  findings: string;
}

const SEVERITIES: ReportFinding["severity"][] = ["high", "medium", "low", "info"];

function addLine(sheet: Worksheet, label: string, value: ExcelValue, options: { wrap?: boolean; bold?: boolean } = {}): void {
  const row = sheet.addRow([excelText(label), value]);
  row.getCell(1).font = { bold: true };
  row.getCell(1).alignment = { vertical: "top" };
  const cell = row.getCell(2);
  if (value instanceof Date) cell.numFmt = NUMBER_FORMATS.dateTime;
  if (options.wrap) cell.alignment = { wrapText: true, vertical: "top" };
  row.commit();
}

function addHeading(sheet: Worksheet, text: string, size: number): void {
  const row = sheet.addRow([excelText(text)]);
  row.getCell(1).font = { bold: true, size };
  row.commit();
}

function findingCounts(findings: ReportFinding[]): string {
  const parts = SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  return parts.length === 0 ? "None" : `${findings.length} (${parts.join(", ")})`;
}

/**
 * The cover facts, the executive summary, then per section its prose, key figures, where each of
 * its tables went and how many findings it has: what a reader needs before opening the data sheets.
 * Dates are stored as UTC, which the labels say because Excel dates carry no time zone.
 */
export function writeSummarySheet(workbook: Workbook, report: Report, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(plan.summary);
  sheet.columns = [{ width: 34 }, { width: 100 }];
  addHeading(sheet, report.title, 16);
  addLine(sheet, "Organization", excelText(report.organizationName));
  addLine(sheet, "ServiceNow instance", excelText(report.instanceName));
  addLine(sheet, "Generated (UTC)", report.generatedAt);
  addLine(sheet, "Data as of (UTC)", report.dataAsOf);
  for (const [engine, version] of Object.entries(report.engineVersions)) addLine(sheet, `Engine ${engine}`, excelText(version));
  sheet.addRow([]).commit();
  addLine(sheet, "Executive summary", excelText(report.executiveSummary), { wrap: true });
  report.sections.forEach((section, sectionIndex) => {
    sheet.addRow([]).commit();
    addHeading(sheet, section.title, 13);
    addLine(sheet, "Summary", excelText(section.summary), { wrap: true });
    for (const figure of section.keyFigures) addLine(sheet, figure.label, keyFigureValue(figure.value));
    for (const { name, table } of plan.tables.filter((entry) => entry.sectionIndex === sectionIndex)) {
      const note = table.note ? ` ${table.note}` : "";
      addLine(sheet, `Table: ${table.title}`, excelText(`Sheet "${name}", ${table.rows.length} rows.${note}`), { wrap: true });
    }
    addLine(sheet, "Findings", `${findingCounts(section.findings)}; see the "${plan.findings}" sheet.`);
  });
  sheet.commit();
}
