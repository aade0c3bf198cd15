import { expect, test } from "@playwright/test";
import { newIdentity, signOut, submitPassword } from "../fixtures/accounts";
import { latestEmail, linkIn } from "../fixtures/mail";
import { freshTotpCode } from "../fixtures/totp";

test.setTimeout(180_000);

test("register, verify through email, enable 2FA, then sign in with a TOTP code", async ({ page }) => {
  const me = newIdentity("Ada");

  // Client forms submit through React: wait until the page is interactive.
  await page.goto("/register", { waitUntil: "networkidle" });
  await page.getByLabel("Your name").fill(me.name);
  await page.getByLabel("Work email").fill(me.email);
  await page.getByLabel("Password").fill(me.password);
  await page.getByLabel("Organization name").fill(me.organization);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/ada-risk-office-[0-9a-f]+$/);
  await expect(page.getByText(/verify your email|confirm your email/i).first()).toBeVisible();

  const verification = await latestEmail(me.email, /verify|confirm/i);
  await page.goto(linkIn(verification, "/verify-email"));
  await expect(page.getByText(/verified|confirmed/i).first()).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByLabel("Setup key", { exact: true }).textContent()) ?? "";
  expect(secret.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{16,}$/);
  const enrollment = await freshTotpCode(secret);
  await page.getByLabel("Code from your app").fill(enrollment.code);
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByRole("list", { name: "Backup codes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "I have saved them" }).click();

  await signOut(page, me.email);
  await submitPassword(page, me.email, me.password);
  const codeField = page.getByLabel("Authentication code");
  await expect(codeField).toBeVisible();
  await codeField.fill("000000");
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /code/i })).toBeVisible();
  await codeField.fill((await freshTotpCode(secret, enrollment.step)).code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/ada-risk-office-[0-9a-f]+$/);
});
