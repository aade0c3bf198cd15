import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsDemoAdmin } from "../fixtures/sign-in";
import { simulatorUrl, slowSimulator } from "../fixtures/simulator";

test.setTimeout(240_000);
test.afterEach(() => slowSimulator(null));

test("connect an instance, test the connection, sync it and read the history", async ({ page }) => {
  await signInAsDemoAdmin(page);
  await page.goto("/demo/instances/new", { waitUntil: "networkidle" });
  await page.getByLabel("Name", { exact: true }).fill(`Simulator ${randomBytes(3).toString("hex")}`);
  await page.getByLabel("URL", { exact: true }).fill(simulatorUrl());
  await page.getByLabel("User name", { exact: true }).fill("admin");
  await page.getByLabel("Password", { exact: true }).fill("admin");
  await page.getByRole("button", { name: "Connect instance" }).click();
  await expect(page).toHaveURL(/\/demo\/instances\/[0-9a-f-]{36}$/);

  await page.getByRole("button", { name: "Test connection" }).click();
  const tables = page.getByRole("table", { name: "Read access per ServiceNow table" });
  await expect(tables).toBeVisible();
  const rows = tables.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await expect(tables).not.toContainText(/failed|denied|error/i);

  // Slow the simulator down so the progress bar can be watched on its way to the end.
  await slowSimulator(150);
  await page.getByRole("button", { name: "Full sync" }).click();
  const bar = page.getByRole("progressbar").first();
  await expect(bar).toBeVisible();
  const seen = new Set<number>();
  await expect
    .poll(
      async () => {
        const value = await bar.getAttribute("aria-valuenow", { timeout: 1000 }).catch(() => null);
        if (value !== null) seen.add(Number(value));
        const history = page.getByRole("table", { name: "Sync history, newest first" });
        return (await history.isVisible()) && /Succeeded/.test((await history.textContent()) ?? "");
      },
      { timeout: 180_000, intervals: [250] },
    )
    .toBe(true);
  expect([...seen].some((v) => v > 0 && v < 100), `progress values seen: ${[...seen].join(", ")}`).toBe(true);

  const history = page.getByRole("table", { name: "Sync history, newest first" });
  const latest = history.locator("tbody tr").first();
  await expect(latest).toContainText("Succeeded");
  await expect(latest).toContainText(/Full/i);
  await expect(latest).toContainText(/\d+/);
});
