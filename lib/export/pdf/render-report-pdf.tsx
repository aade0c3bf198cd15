import { Document, renderToBuffer } from "@react-pdf/renderer";
import type { Report } from "@/lib/analysis/report/types";
import { CoverPage } from "./cover";
import { ExecutiveSummaryPage } from "./executive-summary";
import { preparePdfReport } from "./prepare-report";
import { SectionPages } from "./section";

/**
 * The report as a PDF a GRC lead can hand to an auditor or a board: a cover, the executive
 * summary, then one run of pages per section. Server side only (react-pdf's Node renderer).
 */
export async function renderReportPdf(report: Report): Promise<Buffer> {
  const pdf = preparePdfReport(report);
  return renderToBuffer(
    <Document
      title={pdf.title}
      author="ComplianceIQ"
      creator="ComplianceIQ"
      producer="ComplianceIQ"
      subject={`GRC analysis report for ${pdf.organizationName} (ServiceNow instance ${pdf.instanceName})`}
      keywords={["GRC", "compliance", ...Object.keys(pdf.engineVersions)].join(", ")}
      language="en"
      creationDate={report.generatedAt}
      modificationDate={report.generatedAt}
    >
      <CoverPage report={pdf} />
      <ExecutiveSummaryPage report={pdf} />
      {pdf.sections.map((section, index) => (
        <SectionPages key={index} report={pdf} section={section} />
      ))}
    </Document>,
  );
}
