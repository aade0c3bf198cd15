import { expect, test } from "@playwright/test";
import { signInAsDemoAdmin } from "../fixtures/sign-in";

test("the demo admin signs in, runs a test job and watches it finish", async ({ page }) => {
  await signInAsDemoAdmin(page);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Instances" })).toBeVisible();
  await page.getByRole("button", { name: /run a test job/i }).click();
  await expect(page.getByText(/succeeded/i).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("100%").first()).toBeVisible();
});

test("a malformed request to an API route is a 400 naming the bad field", async ({ page }) => {
  await signInAsDemoAdmin(page);
  const response = await page.request.post("/api/v1/jobs/ping", {
    headers: { "x-organization-slug": "demo" },
    data: { steps: "five", surprise: true },
  });
  expect(response.status()).toBe(400);
  const problem = await response.json();
  expect(problem.code).toBe("validation_failed");
  expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["body.steps"]));
});
