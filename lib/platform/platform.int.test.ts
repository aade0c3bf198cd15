import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createInstance } from "@/lib/instances/create-instance";
import { deleteOrganization } from "@/lib/organizations/delete-organization";
import { createMember, createUser } from "@/lib/testing/factories";
import { assertSuperAdmin, isSuperAdmin } from "./assert-super-admin";
import { listPlatformOrganizations } from "./list-platform-organizations";
import { setSuperAdmin } from "./set-super-admin";

const auth = { type: "basic", username: "integration", password: "platform-Passw0rd" } as const;

async function superAdmin() {
  const user = await createUser();
  await setSuperAdmin({ email: user.email, grant: true });
  return user;
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("platform Super Admin", () => {
  it("is not_found for a normal user, an Organization Admin and an empty id, and reveals nothing", async () => {
    const { user: orgAdmin } = await createMember("ORG_ADMIN");
    const plain = await createUser();
    for (const id of [orgAdmin.id, plain.id, "", "00000000-0000-7000-8000-000000000000"]) {
      expect(await isSuperAdmin(id)).toBe(false);
      expect((await rejection(assertSuperAdmin(id))).code).toBe("not_found");
      expect((await rejection(listPlatformOrganizations(id))).code).toBe("not_found");
    }
  });

  it("lists organizations of several tenants with their member and instance counts, and no tenant content", async () => {
    const admin = await superAdmin();
    const a = await createMember("ORG_ADMIN");
    await createMember("VIEWER", a.organization.id);
    await createMember("ANALYST", a.organization.id);
    await createInstance(a.ctx, { name: "Alpha", url: "https://alpha.service-now.com", auth });
    await createInstance(a.ctx, { name: "Beta", url: "https://beta.service-now.com", auth });
    const b = await createMember("ORG_ADMIN");
    await createInstance(b.ctx, { name: "Gamma", url: "https://gamma.service-now.com", auth });
    const c = await createMember("ORG_ADMIN");
    await deleteOrganization(c.ctx, c.organization.id);

    const organizations = await listPlatformOrganizations(admin.id);
    const byId = new Map(organizations.map((o) => [o.id, o]));
    // createMember's organization comes with its owner, so A has the owner plus three members.
    expect(byId.get(a.organization.id)).toMatchObject({ name: a.organization.name, slug: a.organization.slug, memberCount: 4, instanceCount: 2, deletedAt: null, purgeAfter: null });
    expect(byId.get(b.organization.id)).toMatchObject({ memberCount: 2, instanceCount: 1, deletedAt: null });
    const deleted = byId.get(c.organization.id);
    expect(deleted?.deletedAt).toBeInstanceOf(Date);
    expect(deleted?.purgeAfter).toBeInstanceOf(Date);
    // Every organization in the database, not just the super admin's (who belongs to none).
    expect(organizations).toHaveLength(await db.organization.count());
    for (const org of organizations) {
      expect(Object.keys(org).sort()).toEqual(["createdAt", "deletedAt", "id", "instanceCount", "memberCount", "name", "purgeAfter", "slug"]);
    }
  });

  it("is granted and revoked by the CLI's function, idempotently, and a revocation takes effect at once", async () => {
    const user = await createUser();
    const granted = await setSuperAdmin({ email: `  ${user.email.toUpperCase()} `, grant: true });
    expect(granted).toEqual({ userId: user.id, email: user.email, isSuperAdmin: true, changed: true });
    expect(await isSuperAdmin(user.id)).toBe(true);
    await expect(assertSuperAdmin(user.id)).resolves.toBeUndefined();
    expect((await setSuperAdmin({ email: user.email, grant: true })).changed).toBe(false);

    const revoked = await setSuperAdmin({ email: user.email, grant: false });
    expect(revoked).toMatchObject({ isSuperAdmin: false, changed: true });
    expect((await rejection(listPlatformOrganizations(user.id))).code).toBe("not_found");
    expect((await setSuperAdmin({ email: user.email, grant: false })).changed).toBe(false);
  });

  it("refuses an unknown or malformed email and changes no one", async () => {
    const before = await db.user.count({ where: { isSuperAdmin: true } });
    expect((await rejection(setSuperAdmin({ email: "nobody-here@example.test", grant: true }))).code).toBe("not_found");
    expect((await rejection(setSuperAdmin({ email: "not an email", grant: true }))).code).toBe("validation_failed");
    expect(await db.user.count({ where: { isSuperAdmin: true } })).toBe(before);
  });
});
