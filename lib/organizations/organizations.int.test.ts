import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createUser } from "@/lib/testing/factories";
import { createOrganizationForUser } from "./create-organization-for-user";
import { deleteOrganization } from "./delete-organization";
import { getOrganization } from "./get-organization";
import { purgeDeletedOrganizations } from "./purge-organizations";
import { findMembership, listOrganizationsForUser } from "./queries";
import { listRestorableOrganizations, restoreOrganization } from "./restore-organization";
import { updateOrganization } from "./update-organization";

const DAY = 24 * 60 * 60 * 1000;

describe("organizations", () => {
  it("lets any signed-in user create another organization, as its admin", async () => {
    const viewer = await createMember("VIEWER");
    const org = await createOrganizationForUser({ userId: viewer.user.id, email: viewer.user.email }, { name: "Second Org", timeZone: "Europe/Berlin" });
    expect(org).toMatchObject({ name: "Second Org", slug: "second-org", timeZone: "Europe/Berlin", retentionDays: 365 });
    const slugs = (await listOrganizationsForUser(viewer.user.id)).map((o) => o.slug);
    expect(slugs).toEqual([viewer.organization.slug, "second-org"]);
    expect((await findMembership(viewer.user.id, { id: org.id }))?.builtInRoles).toEqual(["ORG_ADMIN"]);
    await expect(createOrganizationForUser({ userId: viewer.user.id, email: viewer.user.email }, { name: "Dup", slug: "second-org" })).rejects.toMatchObject({ code: "conflict" });
    await expect(createOrganizationForUser({ userId: viewer.user.id, email: viewer.user.email }, { name: "Bad", slug: "api" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(createOrganizationForUser({ userId: crypto.randomUUID(), email: "ghost@example.test" }, { name: "Ghost" })).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("updates settings with validation and one audit event naming the changes", async () => {
    const admin = await createMember("ORG_ADMIN");
    const id = admin.organization.id;
    const slug = `renamed-${crypto.randomUUID().slice(0, 8)}`;
    const updated = await updateOrganization(admin.ctx, id, { name: "Renamed", slug, timeZone: "America/New_York", retentionDays: 90 });
    expect(updated).toMatchObject({ name: "Renamed", slug, timeZone: "America/New_York", retentionDays: 90 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: id, action: "organization.updated" } });
    expect(event.changes).toMatchObject({ name: { to: "Renamed" }, retentionDays: { from: 365, to: 90 } });

    for (const bad of [{ slug: "login" }, { slug: "Has Spaces" }, { timeZone: "Mars/Olympus" }, { retentionDays: 0 }, { retentionDays: 4000 }, { name: "" }, { name: "x".repeat(101) }]) {
      await expect(updateOrganization(admin.ctx, id, bad)).rejects.toMatchObject({ name: "ZodError" });
    }
    const other = await createMember("ORG_ADMIN");
    await expect(updateOrganization(admin.ctx, id, { slug: other.organization.slug })).rejects.toMatchObject({ code: "conflict" });
    // 2FA can only be required by an admin who uses it.
    await expect(updateOrganization(admin.ctx, id, { require2fa: true })).rejects.toMatchObject({ code: "mfa_enrollment_required" });
    await db.user.update({ where: { id: admin.user.id }, data: { mfaEnabledAt: new Date() } });
    expect((await updateOrganization(admin.ctx, id, { require2fa: true })).require2fa).toBe(true);
    expect(await getOrganization(admin.ctx, id)).toMatchObject({ name: "Renamed", slug, require2fa: true, timeZone: "America/New_York" });
  });

  it("refuses members without the permission and other organizations' ids", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const outsider = await createMember("ORG_ADMIN");
    await expect(updateOrganization(viewer.ctx, admin.organization.id, { name: "Mine" })).rejects.toMatchObject({ status: 403 });
    await expect(deleteOrganization(viewer.ctx, admin.organization.id)).rejects.toMatchObject({ status: 403 });
    await expect(getOrganization(outsider.ctx, admin.organization.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateOrganization(outsider.ctx, admin.organization.id, { name: "Mine" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteOrganization(outsider.ctx, admin.organization.id)).rejects.toMatchObject({ status: 404 });
    expect(await db.organization.findUniqueOrThrow({ where: { id: admin.organization.id } })).toMatchObject({ name: admin.organization.name, deletedAt: null });
  });

  it("soft-deletes: the organization leaves every member's list, can be restored, and is purged after 30 days", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const id = admin.organization.id;
    const deleted = await deleteOrganization(admin.ctx, id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.purgeAfter!.getTime() - deleted.deletedAt!.getTime()).toBe(30 * DAY);
    expect((await listOrganizationsForUser(admin.user.id)).map((o) => o.id)).not.toContain(id);
    expect((await listOrganizationsForUser(viewer.user.id)).map((o) => o.id)).not.toContain(id);
    await expect(getOrganization(admin.ctx, id)).rejects.toMatchObject({ status: 404 });

    // Only an admin sees it as restorable.
    expect((await listRestorableOrganizations(viewer.user.id)).map((o) => o.id)).not.toContain(id);
    await expect(restoreOrganization({ userId: viewer.user.id, email: viewer.user.email }, id)).rejects.toMatchObject({ status: 404 });
    expect((await listRestorableOrganizations(admin.user.id)).map((o) => o.id)).toContain(id);
    await restoreOrganization({ userId: admin.user.id, email: admin.user.email }, id);
    expect((await listOrganizationsForUser(viewer.user.id)).map((o) => o.id)).toContain(id);

    await deleteOrganization(admin.ctx, id);
    // Not yet due: nothing happens.
    expect(await purgeDeletedOrganizations(new Date(Date.now() + 29 * DAY))).not.toContain(id);
    expect(await db.organization.count({ where: { id } })).toBe(1);
    const purged = await purgeDeletedOrganizations(new Date(Date.now() + 31 * DAY));
    expect(purged).toContain(id);
    expect(await db.organization.count({ where: { id } })).toBe(0);
    expect(await db.membership.count({ where: { organizationId: id } })).toBe(0);
    expect(await db.role.count({ where: { organizationId: id } })).toBe(0);
    // The users stay, and the audit trail outlives the tenant, ending with the purge.
    expect(await db.user.count({ where: { id: { in: [admin.user.id, viewer.user.id] } } })).toBe(2);
    const last = await db.auditEvent.findFirstOrThrow({ where: { organizationId: id }, orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ action: "organization.purged", actorType: "SYSTEM" });
  });

  it("does not purge live organizations", async () => {
    const admin = await createMember("ORG_ADMIN");
    await createUser();
    await purgeDeletedOrganizations(new Date(Date.now() + 365 * DAY));
    expect(await db.organization.count({ where: { id: admin.organization.id } })).toBe(1);
  });
});
