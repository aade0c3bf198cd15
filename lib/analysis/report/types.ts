// The format-neutral report an engine result becomes (engine.toReport). The PDF, CSV and Excel
// exporters render only this, so a new engine needs no exporter changes.

export type CellValue = string | number | boolean | Date | null;

export interface ReportColumn {
  key: string;
  header: string;
  /** How Excel types the cell and how the PDF aligns it. */
  type: "text" | "number" | "percent" | "date" | "boolean";
  /** Relative width hint for the PDF table (default 1). */
  width?: number;
}

export interface ReportTable {
  kind: "table";
  /** Unique within the report; becomes the Excel sheet name (≤ 31 characters) and the CSV section. */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: Record<string, CellValue>[];
  /** Shown under the title, e.g. the rule behind a class. */
  note?: string;
}

export interface ReportBarChart {
  kind: "bar-chart";
  id: string;
  title: string;
  /** Bars in order; value on a common axis (percent 0-100 when unit is "%"). */
  bars: { label: string; value: number }[];
  unit?: string;
}

export interface ReportHeatMap {
  kind: "heat-map";
  id: string;
  title: string;
  /** cells[likelihood-1][impact-1] = count, a 5×5 grid. */
  cells: number[][];
  xLabel: string;
  yLabel: string;
}

export interface ReportLineChart {
  kind: "line-chart";
  id: string;
  title: string;
  /** Points in order; x labels are shown as given. */
  points: { x: string; y: number }[];
  unit?: string;
}

export interface ReportFinding {
  severity: "high" | "medium" | "low" | "info";
  title: string;
  /** Plain-language explanation: why this is a finding and what the numbers behind it are. */
  detail: string;
  /** ServiceNow sys_id the finding is about, when there is one. */
  subjectId?: string;
}

export interface ReportSection {
  title: string;
  /** One or two paragraphs of prose at the top of the section. */
  summary: string;
  keyFigures: { label: string; value: string }[];
  blocks: (ReportTable | ReportBarChart | ReportHeatMap | ReportLineChart)[];
  findings: ReportFinding[];
}

export interface Report {
  title: string;
  organizationName: string;
  instanceName: string;
  generatedAt: Date;
  /** When the data was synced from ServiceNow. */
  dataAsOf: Date;
  engineVersions: Record<string, string>;
  executiveSummary: string;
  sections: ReportSection[];
}
