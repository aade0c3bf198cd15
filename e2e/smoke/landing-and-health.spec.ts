import { expect, test } from "@playwright/test";

test("the landing page says what ComplianceIQ does and links to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/ComplianceIQ/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/ServiceNow/).first()).toBeVisible();
  await page.getByRole("link", { name: /sign in/i }).first().click();
  await expect(page).toHaveURL(/\/login/);
});

test("the health endpoint reports the database and the in-process job runner", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { ok: true, kind: "embedded" }, jobs: { mode: "in-process", running: true } });
});

test("an unknown API route is a 404 problem+json with a request id", async ({ request }) => {
  const response = await request.get("/api/v1/no-such-thing");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(response.headers()["x-request-id"]).toBeTruthy();
  expect(await response.json()).toMatchObject({ status: 404, code: "not_found" });
});

test("the OpenAPI document is served and rendered for people", async ({ page, request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toMatch(/^3\.1/);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/jobs", "/jobs/{jobId}", "/jobs/ping"]));
  await page.goto("/docs/api");
  await expect(page.getByText("/jobs/ping").first()).toBeVisible();
});
