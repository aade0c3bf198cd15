import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { organizationWithLog, seedAuditEvents } from "@/lib/testing/audit-events";
import { createMember } from "@/lib/testing/factories";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { appendAuditEvent, auditActorOf } from "./append-audit-event";
import { EXPORT_BATCH, exportAuditLog } from "./export-audit-log";
import { getAuditEvent } from "./get-audit-event";
import { listAuditEvents } from "./list-audit-events";
import { listSecurityEvents } from "./list-security-events";
import type { AuditEventView, AuditLogFilters } from "./schemas";
import { verifyAuditLog } from "./verify-audit-log";

type Member = Awaited<ReturnType<typeof createMember>>;

async function actions(member: Member, filters: AuditLogFilters, list = listAuditEvents) {
  return (await list(member.ctx, { filters, limit: 200 })).data.map((e) => e.action);
}

describe("audit log queries", () => {
  it("lists newest first in chain order and filters by actor, action, target, time and security", async () => {
    const { admin } = await organizationWithLog();
    expect(await actions(admin, {})).toEqual([
      "user.mfa_enabled", "team.renamed", "membership.removed", "auth.login_failed", "member.role_changed", "member.invited", "team.created", "organization.created",
    ]);
    // Actor: a part of the label, any case, or the exact id.
    expect(await actions(admin, { actor: "BOB@" })).toEqual(["auth.login_failed"]);
    expect(await actions(admin, { actor: "key-1" })).toEqual(["member.role_changed"]);
    // LIKE wildcards in the search are literal characters.
    expect(await actions(admin, { actor: "50%_off" })).toEqual(["member.role_changed"]);
    expect(await actions(admin, { actor: "%" })).toEqual(["member.role_changed"]);
    expect(await actions(admin, { actor: "_" })).toEqual(["member.role_changed"]);
    // Action: exact, or a domain prefix with a trailing dot or star (member. is not membership.).
    expect(await actions(admin, { action: "member.invited" })).toEqual(["member.invited"]);
    expect(await actions(admin, { action: "member." })).toEqual(["member.role_changed", "member.invited"]);
    expect(await actions(admin, { action: "member.*" })).toEqual(["member.role_changed", "member.invited"]);
    expect(await actions(admin, { action: "member" })).toEqual([]);
    expect(await actions(admin, { targetType: "team" })).toEqual(["team.renamed", "team.created"]);
    expect(await actions(admin, { targetType: "membership", targetId: "m-1" })).toEqual(["member.role_changed"]);
    // from inclusive, to exclusive; a bare date `to` includes that day.
    expect(await actions(admin, { from: "2026-01-02T10:00:00Z", to: "2026-01-04T10:00:00Z" })).toEqual(["member.role_changed", "member.invited"]);
    expect(await actions(admin, { from: "2026-01-02", to: "2026-01-03" })).toEqual(["member.role_changed", "member.invited"]);
    expect(await actions(admin, { from: "2026-01-03T11:00:00+01:00", to: "2026-01-03T11:00:01+01:00" })).toEqual(["member.role_changed"]);
    expect(await actions(admin, { security: true })).toEqual(["user.mfa_enabled", "auth.login_failed", "member.role_changed"]);
    expect(await actions(admin, { security: false, actor: "alice" })).toEqual(["team.renamed", "membership.removed", "member.invited", "team.created"]);
  });

  it("pages with a cursor, without repeats or gaps, keeping the filters", async () => {
    const { admin } = await organizationWithLog();
    const seen: AuditEventView[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditEvents(admin.ctx, { filters: { actor: "alice" }, limit: 2, cursor });
      seen.push(...page.data);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.map((e) => e.action)).toEqual(["user.mfa_enabled", "team.renamed", "membership.removed", "member.invited", "team.created"]);
    await expect(listAuditEvents(admin.ctx, { filters: {}, limit: 2, cursor: "bm90LWpzb24" })).rejects.toMatchObject({ code: "invalid_cursor" });
  });

  it("lists security events only, even when asked for the others", async () => {
    const { admin } = await organizationWithLog();
    expect(await actions(admin, {}, listSecurityEvents)).toEqual(["user.mfa_enabled", "auth.login_failed", "member.role_changed"]);
    expect(await actions(admin, { security: false }, listSecurityEvents)).toEqual(["user.mfa_enabled", "auth.login_failed", "member.role_changed"]);
  });

  it("reads one event with its details, and hides other organizations' events and the log from roles without audit:read", async () => {
    const { admin, seeded } = await organizationWithLog();
    const roleChange = seeded[2]!;
    const event = await getAuditEvent(admin.ctx, roleChange.id);
    expect(event).toMatchObject({
      id: roleChange.id,
      seq: roleChange.seq.toString(),
      actorType: "api_key",
      action: "member.role_changed",
      changes: { role: { from: "Viewer", to: "Analyst" } },
      security: true,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const other = await createMember("ORG_ADMIN");
    await expect(getAuditEvent(other.ctx, roleChange.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listAuditEvents(other.ctx, { filters: {}, limit: 200 })).data.map((e) => e.id)).not.toContain(roleChange.id);

    for (const role of ["VIEWER", "ANALYST"] as const) {
      const member = await createMember(role, admin.organization.id);
      await expect(listAuditEvents(member.ctx, { filters: {}, limit: 10 })).rejects.toMatchObject({ code: "forbidden" });
      await expect(getAuditEvent(member.ctx, roleChange.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(verifyAuditLog(member.ctx)).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportAuditLog(member.ctx, {})).rejects.toMatchObject({ code: "forbidden" });
    }
    const orgMember = await createMember("ORG_MEMBER", admin.organization.id);
    expect((await getAuditEvent(orgMember.ctx, roleChange.id)).id).toBe(roleChange.id);
  });

  it("verifies the chain of events written by appendAuditEvent and by the seed helper", async () => {
    const { admin } = await organizationWithLog();
    await withTenant({ organizationId: admin.organization.id }, (tx) => appendAuditEvent(tx, auditActorOf(admin.ctx), { action: "team.deleted" }));
    expect(await verifyAuditLog(admin.ctx)).toEqual({ valid: true, checked: 9, firstBroken: null });
  });
});

describe("audit CSV export", () => {
  it("streams every matching event across batches, newest first, with the header and formula cells neutralised", async () => {
    const { admin, orgId } = await organizationWithLog();
    const bulk = Array.from({ length: EXPORT_BATCH + 20 }, (_, i) => ({
      action: "instance.synced",
      occurredAt: new Date(Date.UTC(2026, 1, 1, 0, 0, i)),
      actorType: "SYSTEM" as const,
      actorLabel: "sync job",
      targetId: `i-${i}`,
    }));
    await seedAuditEvents(orgId, bulk);
    await db.organization.update({ where: { id: orgId }, data: { timeZone: "Europe/Berlin" } });

    const { fileName, stream } = await exportAuditLog(admin.ctx, { action: "instance.*" });
    expect(fileName).toMatch(new RegExp(`^audit-log-${admin.organization.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    expect(text.startsWith("\uFEFFoccurred_at_utc,occurred_at_local,time_zone,seq,actor_type,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.length - 2).toBe(EXPORT_BATCH + 20);
    expect(lines[1]).toMatch(/^2026-02-01T00:08:39\.000Z,2026-02-01 01:08:39,Europe\/Berlin,\d+,system,,sync job,instance\.synced,,i-519,false,/);
    expect(lines.at(-2)).toContain(",i-0,");

    const all = await exportAuditLog(admin.ctx, { action: "team.renamed" });
    const csv = await new Response(all.stream).text();
    // The JSON cell starts with "{": quoted (quotes doubled) but harmless, as no formula starts with "{".
    const changes = csv.split("\r\n")[1]!.split(",").slice(14, 16).join(",");
    expect(changes).toMatch(/^"\{""name"":\{""(to|from)""/);
    expect(csv).toContain(`""=HYPERLINK(\\""http://evil\\"")""`);
  });

  it("neutralises a formula in any cell", async () => {
    const admin = await createMember("ORG_ADMIN");
    await seedAuditEvents(admin.organization.id, [{ action: "team.created", actorLabel: "=1+1", targetId: "+cmd", userAgent: "@evil", ip: "-1" }]);
    const csv = await new Response((await exportAuditLog(admin.ctx, { action: "team.created" })).stream).text();
    const row = csv.split("\r\n")[1]!;
    expect(row).toContain(",'=1+1,team.created,,'+cmd,false,'-1,'@evil,");
  });
});
