import { expect, test } from "@playwright/test";
import { newIdentity } from "../fixtures/accounts";
import { latestEmail, linkIn } from "../fixtures/mail";
import { signInAsDemoAdmin } from "../fixtures/sign-in";

test.setTimeout(180_000);

test("an invited Viewer joins, sees no Invite button, and gets 403 from admin actions in the API", async ({ page, browser }) => {
  const colleague = newIdentity("Grace");

  await signInAsDemoAdmin(page);
  await page.goto("/demo/team", { waitUntil: "networkidle" });
  await page.getByRole("tab", { name: /Invitations/ }).click();
  await page.getByRole("button", { name: "Invite" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(colleague.email);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "Viewer" }).click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toBeHidden();

  const invitation = await latestEmail(colleague.email, /invit/i);
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(linkIn(invitation, "/invite/"), { waitUntil: "networkidle" });
  await expect(guest.getByRole("heading", { name: /Join Demo Organization/ })).toBeVisible();
  await guest.getByLabel("Your name").fill(colleague.name);
  await guest.getByLabel("Password").fill(colleague.password);
  await guest.getByRole("button", { name: "Create account and join" }).click();
  await expect(guest).toHaveURL(/\/demo$/);

  await guest.goto("/demo/team", { waitUntil: "networkidle" });
  await expect(guest.getByRole("tab", { name: /Members/ })).toBeVisible();
  await expect(guest.getByRole("tabpanel", { name: "Members" }).getByText(colleague.email)).toBeVisible();
  await expect(guest.getByRole("button", { name: "Invite" })).toHaveCount(0);
  const invitationsTab = guest.getByRole("tab", { name: /Invitations/ });
  if (await invitationsTab.isVisible()) {
    await invitationsTab.click();
    await expect(guest.getByRole("button", { name: "Invite" })).toHaveCount(0);
  }

  // The same admin action through the REST API, with the Viewer's session cookie.
  const response = await guest.request.post("/api/v1/teams", {
    headers: { "x-organization-slug": "demo" },
    data: { name: "Shadow admins" },
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({ status: 403, code: "forbidden" });
  await context.close();
});
