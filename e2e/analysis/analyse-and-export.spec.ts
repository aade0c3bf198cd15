import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { type Page, expect, test } from "@playwright/test";
import { signInAsDemoAdmin } from "../fixtures/sign-in";
import { analysisSimulatorUrl } from "../fixtures/simulator";
import { connectInstance, startFullSync, waitForJob } from "../fixtures/synced-instance";

test.setTimeout(420_000);

async function download(page: Page, format: "PDF" | "CSV" | "Excel"): Promise<Buffer> {
  await page.getByRole("button", { name: `Export ${format}` }).click();
  const link = page.getByRole("link", { name: new RegExp(`^Download complianceiq-.*\\.${format === "Excel" ? "xlsx" : format.toLowerCase()}$`) });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return readFile((await file.path()) as string);
}

test("run all four analyses from the UI, read every chart, drill down, and export PDF, CSV and Excel", async ({ page }) => {
  await signInAsDemoAdmin(page);
  const instance = await connectInstance(page, analysisSimulatorUrl());
  await waitForJob(page, await startFullSync(page, instance.id));

  // The sync ends by starting all four analyses as one job; wait for it to finish.
  await page.goto("/demo/analysis", { waitUntil: "networkidle" });
  const jobs = page.getByRole("list", { name: "Analysis jobs" }).getByRole("listitem", { name: new RegExp(`· ${instance.name}$`) });
  const done = async () => (await jobs.allTextContents()).filter((t) => /Done/.test(t)).length;
  await expect.poll(done, { timeout: 240_000 }).toBe(1);

  // Run all four again from the UI, as four jobs on the same stored data, watching their progress bars.
  await page.reload({ waitUntil: "networkidle" });
  await page.getByLabel("Instance", { exact: true }).selectOption({ label: instance.name });
  await page.getByRole("button", { name: "Run all four analyses" }).click();
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        for (const bar of await jobs.getByRole("progressbar").all()) {
          const value = await bar.getAttribute("aria-valuenow", { timeout: 100 }).catch(() => null);
          if (value !== null) seen.add(value);
        }
        return done();
      },
      { timeout: 120_000, intervals: [100] },
    )
    .toBe(5);
  expect(seen.size, "progress bars were shown while the analyses ran").toBeGreaterThan(0);
  expect([...seen].every((v) => Number(v) >= 0 && Number(v) < 100)).toBe(true);
  await expect(jobs.filter({ hasText: "Failed" })).toHaveCount(0);

  await jobs.first().getByRole("link", { name: "View insights" }).click();
  await expect(page.getByRole("heading", { name: `Insights · ${instance.name}` })).toBeVisible();

  const tabs = page.getByRole("tablist", { name: "Insights by analysis" });
  await tabs.getByRole("tab", { name: "Control effectiveness" }).click();
  await expect(page.getByRole("heading", { name: "Control effectiveness scores" })).toBeVisible();
  await expect(page.getByRole("table", { name: /least effective controls/ })).toBeVisible();

  await tabs.getByRole("tab", { name: "Risk correlation" }).click();
  await expect(page.getByRole("heading", { name: "Inherent risk" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Residual risk" })).toBeVisible();

  await tabs.getByRole("tab", { name: "Compliance gap" }).click();
  await expect(page.getByRole("heading", { name: "Compliance by framework" })).toBeVisible();

  await tabs.getByRole("tab", { name: "Predictive failure" }).click();
  await expect(page.getByRole("heading", { name: "Controls most likely to fail their next test" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prediction calibration" })).toBeVisible();

  await tabs.getByRole("tab", { name: "Trends" }).click();
  await expect(page.getByRole("heading", { name: "Control effectiveness over time" })).toBeVisible();

  // Drill down from a heat-map cell to the risks behind it.
  await tabs.getByRole("tab", { name: "Risk correlation" }).click();
  const cell = page.getByRole("button", { name: /^Likelihood \d, impact \d: [1-9]\d* risks?/ }).first();
  await cell.click();
  const drill = page.getByRole("region", { name: /^Drill-down: Risks at inherent/ });
  await expect(drill.getByRole("row").nth(1)).toBeVisible();

  await tabs.getByRole("tab", { name: "Control effectiveness" }).click();
  const pdf = await download(page, "PDF");
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const parsed = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
  expect(parsed.total).toBeGreaterThanOrEqual(3);
  expect(parsed.text).toContain("Control effectiveness report");
  expect(parsed.text).toContain(instance.name);
  expect(parsed.text).toMatch(/Page 1 of \d+/);

  const csv = (await download(page, "CSV")).toString("utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.slice(1).split("\r\n")[0]).toMatch(/^section,/);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, "Excel")) as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((s) => s.name);
  expect(sheets[0]).toBe("Summary");
  expect(sheets).toContain("Findings");
  expect(sheets.length).toBeGreaterThanOrEqual(5);
  expect(workbook.worksheets[1]?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
});
