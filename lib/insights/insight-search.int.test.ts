import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createMember } from "@/lib/testing/factories";
import { findingHitsSql, findingMatchesSql } from "./finding-search-sql";
import { searchFindings } from "./search-findings";
import { createTestInsight, createTestInstance } from "./testing/insight-factory";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function organizationWithFindings() {
  const admin = await createMember("ORG_ADMIN");
  const orgId = admin.organization.id;
  const instanceId = await createTestInstance(admin.ctx);
  const old = await createTestInsight(orgId, {
    instanceId,
    engine: "controls",
    createdAt: at("2026-01-01"),
    findings: [{ title: "Firewall review failed", detail: "Failed its last firewall review in January." }],
  });
  const latest = await createTestInsight(orgId, {
    instanceId,
    engine: "controls",
    createdAt: at("2026-02-01"),
    findings: [
      { severity: "high", title: "Firewall rule review failed", detail: "The firewall rule review failed twice; firewall changes are not approved." },
      { severity: "medium", title: "Access review overdue", detail: "The quarterly access review is 4 months overdue; one firewall exception is open." },
      { severity: "low", title: "Backup test passed", detail: "Restores were tested on time <script>alert(1)</script>." },
    ],
  });
  const risks = await createTestInsight(orgId, {
    instanceId,
    engine: "risks",
    findings: [{ title: "Unmitigated risk", detail: "A firewall misconfiguration risk has no control." }],
  });
  return { admin, orgId, instanceId, ids: { old, latest, risks } };
}

describe("full-text search of findings", () => {
  it("ranks matches, searches the latest insights unless asked for all, and highlights the words", async () => {
    const { admin, instanceId, ids } = await organizationWithFindings();

    const latest = await searchFindings(admin.ctx, { q: "firewall review" });
    // "firewall" and "review" both: the rule review (firewall ×3, review ×2) ranks above the access review
    // (firewall ×1, review ×2); January's finding is in an older insight; the risk finding lacks "review".
    expect(latest.data.map((h) => h.finding.title)).toEqual(["Firewall rule review failed", "Access review overdue"]);
    expect(latest.data[0]!.insight).toEqual({ id: ids.latest, engine: "controls", instanceId, createdAt: "2026-02-01T00:00:00.000Z" });
    expect(latest.data[0]!.rank).toBeGreaterThan(latest.data[1]!.rank);
    const highlighted = latest.data[0]!.snippet.filter((p) => p.highlight).map((p) => p.text.toLowerCase());
    expect(new Set(highlighted)).toEqual(new Set(["firewall", "review"]));
    expect(latest.data[0]!.snippet.map((p) => p.text).join("")).toContain("Firewall rule review failed");

    const all = await searchFindings(admin.ctx, { q: '"firewall review"', scope: "all" });
    expect(all.data.map((h) => h.insight.id)).toEqual([ids.old]);
    const byEngine = await searchFindings(admin.ctx, { q: "firewall", engine: "risks" });
    expect(byEngine.data.map((h) => h.insight.id)).toEqual([ids.risks]);
    expect((await searchFindings(admin.ctx, { q: "firewall -access", engine: "controls" })).data.map((h) => h.finding.title)).toEqual([
      "Firewall rule review failed",
    ]);
    // A finding's text comes back as plain-text pieces: no markers, no markup added.
    const backup = await searchFindings(admin.ctx, { q: "restores" });
    expect(backup.data[0]!.finding.detail).toBe("Restores were tested on time <script>alert(1)</script>.");
    expect(backup.data[0]!.snippet.some((p) => /[\uE000\uE001<]/.test(p.text))).toBe(false);
  });

  it("refuses a query with no searchable words (400) with a clear message", async () => {
    const { admin } = await organizationWithFindings();
    await expect(searchFindings(admin.ctx, { q: "the and of" })).rejects.toMatchObject({
      status: 400,
      message: '"the and of" has no words to search for: common words such as "the" or "and" are ignored',
    });
    await expect(searchFindings(admin.ctx, { q: "   " })).rejects.toMatchObject({ name: "ZodError" });
  });

  it("never shows another organization's findings", async () => {
    const a = await organizationWithFindings();
    const b = await organizationWithFindings();
    const hits = await searchFindings(b.admin.ctx, { q: "firewall", scope: "all", limit: 100 });
    expect(hits.data).toHaveLength(4);
    expect(hits.data.every((h) => h.insight.instanceId === b.instanceId)).toBe(true);
    expect((await searchFindings(b.admin.ctx, { q: "firewall", instanceId: a.instanceId })).data).toEqual([]);

    // The page itself is read under row-level security: A's ids fetched as B yield nothing.
    const aIds = await db.$queryRaw<{ id: string }[]>(findingMatchesSql({ organizationId: a.orgId, q: "firewall", scope: "all", limit: 10 }));
    expect(aIds).toHaveLength(4);
    const asB = await withTenant({ organizationId: b.orgId }, (tx) => tx.$queryRaw<unknown[]>(findingHitsSql(aIds.map((r) => r.id), "firewall")));
    expect(asB).toEqual([]);
  });

  it("matches the GIN index's expression, so PostgreSQL uses it", async () => {
    const { orgId, instanceId } = await organizationWithFindings();
    // 2,000 findings of which 4 mention firewalls: reading the organization's rows and filtering
    // them now costs far more than the full-text index.
    const filler = Array.from({ length: 2000 }, (_, i) => ({ title: `Control ${i} passed`, detail: `Tested on time, attempt ${i}.` }));
    await createTestInsight(orgId, { instanceId, engine: "compliance", findings: filler });
    await db.$executeRawUnsafe("ANALYZE");
    const sql = findingMatchesSql({ organizationId: orgId, q: "firewall", scope: "latest", limit: 10 });
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Bitmap Index Scan on insight_findings_search/);
  });
});
