import { Page, Text } from "@react-pdf/renderer";
import { paragraphs } from "./format";
import type { PdfReport, PdfTable } from "./prepare-report";
import { PageChrome } from "./page-chrome";
import { styles } from "./styles";
import { Table } from "./table";

function findingsOverview(report: PdfReport): PdfTable {
  const rows = report.sections.map((section) => ({ section: section.title, ...section.severityCounts, total: section.totalFindings }));
  return {
    kind: "table",
    id: "findings-overview",
    title: "Findings by section and severity",
    columns: [
      { key: "section", header: "Section", type: "text", width: 3 },
      { key: "high", header: "High", type: "number" },
      { key: "medium", header: "Medium", type: "number" },
      { key: "low", header: "Low", type: "number" },
      { key: "info", header: "Info", type: "number" },
      { key: "total", header: "Total", type: "number" },
    ],
    rows,
    totalRows: rows.length,
  };
}

export function ExecutiveSummaryPage({ report }: { report: PdfReport }) {
  return (
    <Page size="A4" style={styles.page} bookmark="Executive summary">
      <PageChrome report={report} />
      <Text style={styles.h1}>Executive summary</Text>
      {paragraphs(report.executiveSummary).map((paragraph, index) => (
        <Text key={index} style={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
      <Table table={findingsOverview(report)} />
    </Page>
  );
}
