import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/analysis/report/types";
import { SAMPLE, sampleReport } from "@/lib/analysis/report/sample-report";
import { renderReportPdf } from "./render-report-pdf";

interface ParsedPdf {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
  raw: string;
}

async function parsePdf(buffer: Buffer): Promise<ParsedPdf> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { pages: text.pages.map((page) => page.text), text: text.text, info: info.info as Record<string, unknown>, raw: buffer.toString("latin1") };
  } finally {
    await parser.destroy();
  }
}

const CONTROL_TABLE_HEADER = "Control Owner Tests Pass rate Score Last tested Overdue Class";

// The sample renders to 11 pages: cover (1), executive summary (2), control effectiveness (3-7:
// summary, figures, findings, bar chart, then 120 table rows over 5 pages), risk posture (8-9:
// heat map, 25-row table), compliance coverage (10), predictive outlook (11).
const SAMPLE_PAGES = 11;

describe("renderReportPdf", () => {
  let pdf: ParsedPdf;

  beforeAll(async () => {
    pdf = await parsePdf(await renderReportPdf(sampleReport()));
  }, 120_000);

  it("renders the expected pages, each with its footer", () => {
    expect(pdf.pages).toHaveLength(SAMPLE_PAGES);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${SAMPLE_PAGES}`);
      expect(page).toContain("Generated 4 Mar 2026, 09:30 UTC · Data as of 4 Mar 2026, 06:12 UTC");
    });
  });

  it("opens with a cover naming the organization, instance, times and engine versions", () => {
    const cover = pdf.pages[0] ?? "";
    expect(cover).toContain(SAMPLE.title);
    expect(cover).toContain(SAMPLE.organizationName);
    expect(cover).toContain(`ServiceNow instance ${SAMPLE.instanceName}`);
    expect(cover).toContain("4 Mar 2026, 06:12 UTC (3 hours before the report was generated)");
    expect(cover).toContain("controls 1.0.0, risks 1.0.0, compliance 1.0.0, predictive 1.0.0");
  });

  it("follows with the executive summary and a findings count per section", () => {
    const summary = pdf.pages[1] ?? "";
    expect(summary).toContain("Executive summary");
    expect(summary).toContain("PCI DSS 4.0 is the least covered framework at 62.5%.");
    // Control effectiveness: 1 high, 1 medium, 1 low, 0 info, 3 in all.
    expect(summary).toContain("Control effectiveness 1 1 1 0 3");
  });

  it("starts each section on its own page with its title, key figures and findings", () => {
    // The first lines of a page are the running header, the footer, then the section title.
    const opening = (page: number) => (pdf.pages[page] ?? "").split("\n").slice(0, 4);
    expect(opening(2)).toContain("Control effectiveness");
    expect(opening(7)).toContain("Risk posture");
    expect(opening(9)).toContain("Compliance coverage");
    expect(opening(10)).toContain("Predictive outlook");
    expect(pdf.pages[2]).toContain("71.4\nMean effectiveness");
    expect(pdf.pages[9]).toContain("76.8%\nCovered");
    expect(pdf.pages[2]).toContain(`HIGH ${SAMPLE.highFindingTitle}`);
    expect(pdf.pages[2]).toContain("Failed 4 of its last 6 tests; last test 7 months ago, overdue by 4 months.");
    expect(pdf.pages[2]).toContain("ServiceNow record 9f1c2a7e1b2d4c3e8a7b6c5d4e3f2a1b");
  });

  it("repeats a long table's header on every page it runs over", () => {
    // The 120-row control table starts on page 3 and ends on page 7.
    const tablePages = pdf.pages.slice(2, 7);
    expect(tablePages[0]).toContain("CTRL0000001 Quarterly access review");
    expect(tablePages[4]).toContain("CTRL0000120 Security awareness training");
    for (const page of tablePages) expect(page).toContain(CONTROL_TABLE_HEADER);
    // Five pages, five headers, and nowhere else.
    expect(pdf.text.split(CONTROL_TABLE_HEADER)).toHaveLength(5 + 1);
  });

  it("formats cells: percent with one decimal, UTC dates, Yes/No, and maps symbols the font lacks", () => {
    expect(pdf.pages[2]).toMatch(/CTRL0000001 Quarterly access review\s+Dana Whitfield\s+12\s+53\.0%\s+54\.6\s+2025-08-24\s+No\s+partially effective/);
    expect(pdf.text).toContain("2026-05-02 14:30");
    expect(pdf.text).toContain("Encryption key rotation <= 90");
    expect(pdf.text).not.toContain("≤");
  });

  it("draws the charts as vector graphics with real text labels", () => {
    expect(pdf.raw).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.pages[7]).toContain("Residual risk heat map");
    expect(pdf.pages[7]).toContain("Count per cell");
    // The heat map's 25 counts add up to 658, and its darkest cell holds 66.
    expect(pdf.pages[7]).toContain("658 in total. Darker cells hold more; the darkest holds 66.");
    expect(pdf.pages[9]).toMatch(/PCI DSS 4\.0[\s\S]*62\.5%/);
    expect(pdf.pages[10]).toContain("Monthly test pass rate");
    expect(pdf.pages[10]).toContain("71.4%");
  });

  it("carries the document metadata", () => {
    expect(pdf.info.Title).toBe(SAMPLE.title);
    expect(pdf.info.Author).toBe("ComplianceIQ");
    expect(pdf.info.Subject).toBe(`GRC analysis report for ${SAMPLE.organizationName} (ServiceNow instance ${SAMPLE.instanceName})`);
    expect(pdf.info.CreationDate).toBe("D:20260304093000Z");
  });

  it("prints at most 200 rows of a table and says where the rest are", async () => {
    const capped = await parsePdf(await renderReportPdf(sampleReport({ controlRows: 250 })));
    expect(capped.text).toContain("Showing the first 200 of 250 rows. The full list is in the CSV and Excel exports.");
    expect(capped.text).toContain("CTRL0000200 ");
    expect(capped.text).not.toContain("CTRL0000201 ");
  }, 120_000);

  it("renders degenerate input: empty charts and tables, one-point lines, negative bars, no findings", async () => {
    const report: Report = {
      ...sampleReport({ controlRows: 1 }),
      executiveSummary: "",
      engineVersions: {},
      sections: [
        {
          title: "Edge cases ≠ normal",
          summary: "",
          keyFigures: [],
          findings: [],
          blocks: [
            { kind: "bar-chart", id: "none", title: "No bars", bars: [] },
            { kind: "bar-chart", id: "signed", title: "Change since last run", bars: [{ label: "Up", value: 12 }, { label: "Down", value: -30 }], unit: "points" },
            { kind: "line-chart", id: "one", title: "One point", points: [{ x: "Mar 2026", y: 5 }] },
            { kind: "line-chart", id: "empty-line", title: "No points", points: [] },
            { kind: "heat-map", id: "zero", title: "Empty heat map", cells: [], xLabel: "Impact", yLabel: "Likelihood" },
            { kind: "table", id: "empty", title: "Empty table", columns: [{ key: "a", header: "A", type: "text" }], rows: [] },
          ],
        },
      ],
    };
    const parsed = await parsePdf(await renderReportPdf(report));
    // Cover, executive summary, and the one section on a single page.
    expect(parsed.pages).toHaveLength(3);
    expect(parsed.text).toContain("Edge cases != normal");
    expect(parsed.text.split("No data to chart.")).toHaveLength(3);
    expect(parsed.text).toContain("-30 points");
    expect(parsed.text).toContain("0 in total. Darker cells hold more; the darkest holds 0.");
    expect(parsed.text).toContain("No rows.");
    expect(parsed.text).toContain("No findings in this section.");
  }, 120_000);

  it("measures a report whose control table has 5,000 rows", async () => {
    const report = sampleReport({ controlRows: 5_000 });
    const started = performance.now();
    const buffer = await renderReportPdf(report);
    const seconds = (performance.now() - started) / 1000;
    console.log(`PDF of a 5,000-row table (200 printed): ${seconds.toFixed(1)} s, ${(buffer.length / 1024).toFixed(0)} KiB`);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);
});
