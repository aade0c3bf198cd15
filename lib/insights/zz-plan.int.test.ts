import { it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { createMember } from "@/lib/testing/factories";
import { findingSearchSql } from "./finding-search-sql";
import { createTestInsight, createTestInstance } from "./testing/insight-factory";

it("plans", async () => {
  const admin = await createMember("ORG_ADMIN");
  const orgId = admin.organization.id;
  const instanceId = await createTestInstance(admin.ctx);
  for (let k = 0; k < 5; k++) {
    const filler = Array.from({ length: 400 }, (_, i) => ({ title: `Control ${i} passed`, detail: `Tested on time, attempt ${i}.` }));
    if (k === 2) filler.push({ title: "Firewall review failed", detail: "x" });
    await createTestInsight(orgId, { instanceId, engine: "controls", findings: filler });
  }
  await db.$executeRawUnsafe("ANALYZE");
  for (const settings of [[], ["enable_seqscan = off"], ["enable_seqscan = off", "enable_nestloop = off"]]) {
    for (const scope of ["all", "latest"] as const) {
      const plan = await withTenant({ organizationId: orgId }, async (tx) => {
        for (const s of settings) await tx.$executeRawUnsafe(`SET LOCAL ${s}`);
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${findingSearchSql({ organizationId: orgId, q: "firewall", scope, limit: 10 })}`);
      });
      console.log(settings.join(","), scope, "\n", plan.map((r) => r["QUERY PLAN"]).join("\n"));
    }
  }
});
