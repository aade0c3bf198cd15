import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createMember } from "@/lib/testing/factories";
import { appendAuditEvent, auditActorOf } from "./append-audit-event";
import { verifyAuditChain } from "./verify-audit-chain";

async function organizationWithEvents(count: number) {
  const member = await createMember();
  for (let i = 0; i < count; i += 1) {
    await withTenant({ organizationId: member.organization.id }, (tx) =>
      appendAuditEvent(tx, auditActorOf(member.ctx), { action: "team.created", targetType: "team", targetId: `t${i}`, changes: { name: `Team ${i}`, password: "hunter2" } }),
    );
  }
  return member;
}

describe("audit chain", () => {
  it("chains events per organization and verifies", async () => {
    const { organization } = await organizationWithEvents(3);
    const events = await db.auditEvent.findMany({ where: { organizationId: organization.id }, orderBy: { seq: "asc" } });
    // organization.created by the factory, then three.
    expect(events.map((e) => Number(e.seq))).toEqual([1, 2, 3, 4]);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[1]?.changes).toEqual({ name: "Team 0", password: "[redacted]" });
    expect(await verifyAuditChain(organization.id)).toEqual({ valid: true, checked: 4, firstBroken: null });
  });

  it("rejects UPDATE and DELETE at the database", async () => {
    const { organization } = await organizationWithEvents(1);
    await expect(db.auditEvent.updateMany({ where: { organizationId: organization.id }, data: { action: "x" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { organizationId: organization.id } })).rejects.toThrow(/append-only/);
  });

  it("names the first broken link when a row is tampered with behind the trigger's back", async () => {
    const { organization } = await organizationWithEvents(3);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRaw`UPDATE audit_events SET action = 'team.deleted' WHERE organization_id = ${organization.id}::uuid AND seq = 3`;
    });
    const report = await verifyAuditChain(organization.id);
    expect(report).toMatchObject({ valid: false, checked: 2, firstBroken: { seq: "3", reason: "Its content does not match its hash" } });
  });

  it("detects a deleted event as a gap", async () => {
    const { organization } = await organizationWithEvents(3);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRaw`DELETE FROM audit_events WHERE organization_id = ${organization.id}::uuid AND seq = 2`;
    });
    expect((await verifyAuditChain(organization.id)).firstBroken).toMatchObject({ seq: "2", reason: "Event 2 is missing" });
  });
});
