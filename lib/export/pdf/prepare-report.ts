import type { CellValue, Report, ReportBarChart, ReportFinding, ReportHeatMap, ReportLineChart, ReportSection, ReportTable } from "@/lib/analysis/report/types";
import { toWinAnsiDeep } from "./win-ansi";

// react-pdf lays out every row: a real control report took 82 s at 200 rows and 4 s at 25. The CSV
// and Excel exports carry every row.
export const PDF_LIMITS = { tableRows: 25, bars: 40, findings: 25, cellChars: 160 } as const;

export type PdfTable = ReportTable & { totalRows: number };
export type PdfBarChart = ReportBarChart & { totalBars: number };
export type PdfBlock = PdfTable | PdfBarChart | ReportHeatMap | ReportLineChart;

export interface PdfSection extends Omit<ReportSection, "blocks"> {
  blocks: PdfBlock[];
  totalFindings: number;
  /** Over all the section's findings, not only those printed. */
  severityCounts: Record<ReportFinding["severity"], number>;
}

export interface PdfReport extends Omit<Report, "sections"> {
  sections: PdfSection[];
}

// A row never splits across pages, so one huge cell could make a row taller than a page.
function capCell(value: CellValue): CellValue {
  return typeof value === "string" && value.length > PDF_LIMITS.cellChars ? `${value.slice(0, PDF_LIMITS.cellChars - 1)}…` : value;
}

function capRow(row: Record<string, CellValue>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, capCell(value)]));
}

function capBlock(block: ReportSection["blocks"][number]): PdfBlock {
  if (block.kind === "table") return { ...block, rows: block.rows.slice(0, PDF_LIMITS.tableRows).map(capRow), totalRows: block.rows.length };
  if (block.kind === "bar-chart") return { ...block, bars: block.bars.slice(0, PDF_LIMITS.bars), totalBars: block.bars.length };
  return block;
}

function countSeverities(findings: ReportFinding[]): Record<ReportFinding["severity"], number> {
  const counts = { high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The report cut to PDF_LIMITS (remembering the full counts for the notes) and mapped to WinAnsi. */
export function preparePdfReport(report: Report): PdfReport {
  const capped: PdfReport = {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map(capBlock),
      findings: section.findings.slice(0, PDF_LIMITS.findings),
      totalFindings: section.findings.length,
      severityCounts: countSeverities(section.findings),
    })),
  };
  return toWinAnsiDeep(capped);
}
