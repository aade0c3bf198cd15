import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/analysis/report/types";
import { SAMPLE, sampleReport } from "@/lib/analysis/report/sample-report";
import { PDF_LIMITS } from "./prepare-report";
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

/** The number a sample control row starts with: the nth row is CTRL000000n. */
const controlNumber = (n: number) => `CTRL${String(n).padStart(7, "0")}`;

// The sample (120 control rows, of which the PDF prints the first PDF_LIMITS.tableRows = 25) renders
// to 8 pages: cover (1), executive summary (2), control effectiveness (3-4: summary, figures,
// findings, bar chart and the table's rows 1-8, then rows 9-25 on page 4), risk posture (5-6: heat
// map, then the 25-row table running over onto page 6), compliance coverage (7), predictive outlook
// (8). Counted by rendering: recount if PDF_LIMITS, the sample or the layout change.
const SAMPLE_PAGES = 8;
/** Zero-based index of the first page of each section. */
const SECTION_PAGE = { controls: 2, risks: 4, compliance: 6, predictive: 7 } as const;
/** The first control row on the table's second page (counted by rendering, like the pages above). */
const FIRST_ROW_OF_SECOND_TABLE_PAGE = 9;

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
    expect(opening(SECTION_PAGE.controls)).toContain("Control effectiveness");
    expect(opening(SECTION_PAGE.risks)).toContain("Risk posture");
    expect(opening(SECTION_PAGE.compliance)).toContain("Compliance coverage");
    expect(opening(SECTION_PAGE.predictive)).toContain("Predictive outlook");
    expect(pdf.pages[SECTION_PAGE.controls]).toContain("71.4\nMean effectiveness");
    expect(pdf.pages[SECTION_PAGE.compliance]).toContain("76.8%\nCovered");
    expect(pdf.pages[SECTION_PAGE.controls]).toContain(`HIGH ${SAMPLE.highFindingTitle}`);
    expect(pdf.pages[SECTION_PAGE.controls]).toContain("Failed 4 of its last 6 tests; last test 7 months ago, overdue by 4 months.");
    expect(pdf.pages[SECTION_PAGE.controls]).toContain("ServiceNow record 9f1c2a7e1b2d4c3e8a7b6c5d4e3f2a1b");
  });

  it("repeats a long table's header on every page it runs over", () => {
    // The control table's printed rows (the first PDF_LIMITS.tableRows of 120) start on page 3, below
    // the findings and the bar chart, and run over onto page 4.
    const tablePages = pdf.pages.slice(SECTION_PAGE.controls, SECTION_PAGE.risks);
    expect(tablePages).toHaveLength(2);
    const [first, second] = tablePages as [string, string];
    const breakRow = FIRST_ROW_OF_SECOND_TABLE_PAGE;
    expect(first).toContain(`Showing the first ${PDF_LIMITS.tableRows} of 120 rows.`);
    expect(first).toContain(`${controlNumber(1)} Quarterly access review`);
    expect(first).toContain(`${controlNumber(breakRow - 1)} `);
    expect(first).not.toContain(`${controlNumber(breakRow)} `);
    expect(second).toContain(`${controlNumber(breakRow)} `);
    expect(second).toContain(`${controlNumber(PDF_LIMITS.tableRows)} `);
    expect(pdf.text).not.toContain(`${controlNumber(PDF_LIMITS.tableRows + 1)} `);
    // The header opens the rows on page 4 too, above the first of them.
    for (const page of tablePages) expect(page).toContain(CONTROL_TABLE_HEADER);
    expect(second.indexOf(CONTROL_TABLE_HEADER)).toBeLessThan(second.indexOf(`${controlNumber(breakRow)} `));
    // Two pages, two headers, and nowhere else.
    expect(pdf.text.split(CONTROL_TABLE_HEADER)).toHaveLength(tablePages.length + 1);
  });

  it("formats cells: percent with one decimal, UTC dates, Yes/No, and maps symbols the font lacks", () => {
    expect(pdf.pages[SECTION_PAGE.controls]).toMatch(/CTRL0000001 Quarterly access review\s+Dana Whitfield\s+12\s+53\.0%\s+54\.6\s+2025-08-24\s+No\s+partially effective/);
    expect(pdf.text).toContain("2026-05-02 14:30");
    expect(pdf.text).toContain("Encryption key rotation <= 90");
    expect(pdf.text).not.toContain("≤");
  });

  it("draws the charts as vector graphics with real text labels", () => {
    expect(pdf.raw).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.pages[SECTION_PAGE.risks]).toContain("Residual risk heat map");
    expect(pdf.pages[SECTION_PAGE.risks]).toContain("Count per cell");
    // The heat map's 25 counts add up to 658, and its darkest cell holds 66.
    expect(pdf.pages[SECTION_PAGE.risks]).toContain("658 in total. Darker cells hold more; the darkest holds 66.");
    expect(pdf.pages[SECTION_PAGE.compliance]).toMatch(/PCI DSS 4\.0[\s\S]*62\.5%/);
    expect(pdf.pages[SECTION_PAGE.predictive]).toContain("Monthly test pass rate");
    expect(pdf.pages[SECTION_PAGE.predictive]).toContain("71.4%");
  });

  it("carries the document metadata", () => {
    expect(pdf.info.Title).toBe(SAMPLE.title);
    expect(pdf.info.Author).toBe("ComplianceIQ");
    expect(pdf.info.Subject).toBe(`GRC analysis report for ${SAMPLE.organizationName} (ServiceNow instance ${SAMPLE.instanceName})`);
    expect(pdf.info.CreationDate).toBe("D:20260304093000Z");
  });

  it(`prints at most ${PDF_LIMITS.tableRows} rows of a table and says where the rest are`, async () => {
    const capped = await parsePdf(await renderReportPdf(sampleReport({ controlRows: 250 })));
    expect(capped.text).toContain(`Showing the first ${PDF_LIMITS.tableRows} of 250 rows. The full list is in the CSV and Excel exports.`);
    expect(capped.text).toContain(`${controlNumber(PDF_LIMITS.tableRows)} `);
    expect(capped.text).not.toContain(`${controlNumber(PDF_LIMITS.tableRows + 1)} `);
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
    console.log(`PDF of a 5,000-row table (${PDF_LIMITS.tableRows} printed): ${seconds.toFixed(1)} s, ${(buffer.length / 1024).toFixed(0)} KiB`);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);
});
