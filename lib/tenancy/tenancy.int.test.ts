import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { withTenant } from "./with-tenant";

describe("withTenant", () => {
  it("scopes model queries to the organization", async () => {
    const a = await createMember();
    await createMember();
    const memberships = await withTenant({ organizationId: a.organization.id }, (tx) => tx.membership.findMany());
    expect(memberships.length).toBe(2); // the owner and the admin created by createMember
    expect(new Set(memberships.map((m) => m.organizationId))).toEqual(new Set([a.organization.id]));
  });

  it("lets row-level security alone hide other tenants from an unscoped raw query", async () => {
    const a = await createMember();
    const b = await createMember();
    const seen = await withTenant({ organizationId: a.organization.id }, (tx) =>
      tx.$queryRaw<{ organization_id: string }[]>`SELECT organization_id::text FROM memberships`,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((row) => row.organization_id === a.organization.id)).toBe(true);
    // Outside a tenant transaction the same query sees both, so the policy is what filtered.
    const all = await db.$queryRaw<{ organization_id: string }[]>`SELECT organization_id::text FROM memberships`;
    expect(all.some((row) => row.organization_id === b.organization.id)).toBe(true);
  });

  it("refuses a raw write into another tenant", async () => {
    const a = await createMember();
    const b = await createMember();
    const write = withTenant({ organizationId: a.organization.id }, (tx) =>
      tx.$executeRaw`INSERT INTO teams (id, organization_id, name, updated_at) VALUES (gen_random_uuid(), ${b.organization.id}::uuid, 'x', now())`,
    );
    // PostgreSQL names the policy; the PGlite adapter reports a bare raw-query failure.
    await expect(write).rejects.toThrow(/row-level security|Raw query failed/);
    expect(await db.team.count({ where: { organizationId: b.organization.id } })).toBe(0);
  });

  it("refuses a scoped create naming another organization, and shows users only of its own members", async () => {
    const a = await createMember();
    const b = await createMember();
    await expect(
      withTenant({ organizationId: a.organization.id }, (tx) => tx.team.create({ data: { organizationId: b.organization.id, name: "x" } })),
    ).rejects.toThrow(/another organization/);
    const users = await withTenant({ organizationId: a.organization.id, userId: a.user.id }, (tx) => tx.user.findMany({ select: { id: true } }));
    const ids = users.map((u) => u.id);
    expect(ids).toContain(a.user.id);
    expect(ids).not.toContain(b.user.id);
  });

  it("rolls back everything when the unit of work throws", async () => {
    const a = await createMember();
    await expect(
      withTenant({ organizationId: a.organization.id }, async (tx) => {
        await tx.team.create({ data: { organizationId: a.organization.id, name: "half-done" } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.team.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });
});
