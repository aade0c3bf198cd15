import type { Workbook } from "exceljs";
import type { Report } from "@/lib/analysis/report/types";
import { excelText } from "./cell-values";
import { addDataSheet } from "./table-sheet";

/** Every finding of every section (the PDF prints at most 100 per section), in the engines' order. */
export function writeFindingsSheet(workbook: Workbook, name: string, report: Report): void {
  const sheet = addDataSheet(workbook, name, [
    { header: "Section", width: 24 },
    { header: "Severity", width: 10 },
    { header: "Finding", width: 50 },
    { header: "Detail", width: 90 },
    { header: "ServiceNow sys_id", width: 34 },
  ]);
  for (const section of report.sections) {
    for (const finding of section.findings) {
      const row = sheet.addRow([
        excelText(section.title),
        finding.severity,
        excelText(finding.title),
        excelText(finding.detail),
        finding.subjectId === undefined ? null : excelText(finding.subjectId),
      ]);
      row.getCell(4).alignment = { wrapText: true, vertical: "top" };
      row.commit();
    }
  }
  sheet.commit();
}
