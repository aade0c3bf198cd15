import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { startFakeServer, tableReply } from "@/lib/servicenow/client/testing/fake-server";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { createMember } from "@/lib/testing/factories";
import { createInstance } from "./create-instance";
import { openTokens } from "./credentials";
import type { CreateInstanceInput } from "./schemas";
import { testInstanceConnection } from "./test-connection";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 7, size: "small", quiet: true });
});
afterAll(() => sim?.close());

const BASIC = { type: "basic", username: "admin", password: "admin" } as const;
const OAUTH = { type: "oauth", clientId: "ciq-dev", clientSecret: "ciq-dev-secret", username: "admin", password: "admin" } as const;

async function connected(auth: CreateInstanceInput["auth"], url = sim.url) {
  const member = await createMember("ORG_ADMIN");
  const instance = await createInstance(member.ctx, { name: `Sim ${crypto.randomUUID().slice(0, 6)}`, url, auth });
  return { ...member, instance };
}

const tokenRequests = () => {
  const byStatus = sim.state.stats.snapshot().requests["oauth_token.do"]?.POST ?? {};
  return Object.values(byStatus).reduce((sum, n) => sum + n, 0);
};

describe("test connection against the simulator", () => {
  it("authenticates, reads every table the sync reads, and records a healthy check", async () => {
    const { ctx, instance } = await connected(BASIC);
    const result = await testInstanceConnection(ctx, instance.id);

    expect(result.ok).toBe(true);
    expect(result.auth).toEqual({ ok: true, error: null });
    expect(result.health).toBe("healthy");
    expect(result.tables.map((t) => t.table)).toEqual(syncTables.map((t) => t.table));
    for (const table of result.tables) {
      expect(table, table.table).toMatchObject({ ok: true, status: 200 });
      expect(table.latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(result.breaker?.state).toBe("closed");

    const row = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } });
    expect(row).toMatchObject({ health: "HEALTHY", lastError: null });
    expect(row.lastHealthAt).not.toBeNull();
    const checks = await db.instanceHealthCheck.findMany({ where: { instanceId: instance.id } });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ health: "HEALTHY", authOk: true, breakerState: "closed", error: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: instance.id, action: "instance.connection_tested" } });
    expect(audit.changes).toMatchObject({ ok: true, authOk: true, tablesReadable: syncTables.length, health: { from: "unknown", to: "healthy" } });
  });

  it("reports refused credentials as an authentication failure and does not try the other tables", async () => {
    const { ctx, instance } = await connected({ ...BASIC, password: "wrong-password" });
    const before = sim.state.stats.snapshot().total;
    const result = await testInstanceConnection(ctx, instance.id);

    expect(result.ok).toBe(false);
    expect(result.auth.ok).toBe(false);
    expect(result.auth.error).toMatch(/rejected the credentials/);
    expect(result.health).toBe("auth_failed");
    const [first, ...rest] = result.tables;
    expect(first).toMatchObject({ ok: false, status: 401 });
    for (const table of rest) expect(table).toMatchObject({ ok: false, status: null, error: "Not checked: authentication failed" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sim.state.stats.snapshot().total - before).toBe(1);
    expect(await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } })).toMatchObject({ health: "AUTH_FAILED" });
    const check = await db.instanceHealthCheck.findFirstOrThrow({ where: { instanceId: instance.id } });
    expect(check).toMatchObject({ authOk: false, health: "AUTH_FAILED" });
  });

  it("with OAuth, stores the tokens it obtained (sealed) and reuses them next time", async () => {
    const { ctx, instance } = await connected(OAUTH);
    const grantsBefore = tokenRequests();
    const first = await testInstanceConnection(ctx, instance.id);
    expect(first).toMatchObject({ ok: true, health: "healthy" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokenRequests() - grantsBefore).toBe(1);

    const row = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } });
    const tokens = openTokens(instance.id, row.tokensEnc);
    expect(tokens?.accessToken).toBeTruthy();
    expect(row.tokensEnc).not.toContain(tokens!.accessToken);

    const second = await testInstanceConnection(ctx, instance.id);
    expect(second.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tokenRequests() - grantsBefore).toBe(1);
  });

  it("reports a refused OAuth client as an authentication failure", async () => {
    const { ctx, instance } = await connected({ ...OAUTH, clientSecret: "not-the-secret" });
    const result = await testInstanceConnection(ctx, instance.id);
    expect(result).toMatchObject({ ok: false, health: "auth_failed", auth: { ok: false } });
    expect(result.auth.error).toMatch(/refused the OAuth token request/);
    expect(result.auth.error).not.toContain("not-the-secret");
  });
});

describe("test connection against misbehaving servers", () => {
  it("reports partial table access as degraded, naming the table", async () => {
    const refused = syncTables[3].table;
    const server = await startFakeServer(({ url }) =>
      url.pathname.endsWith(`/${refused}`)
        ? { status: 403, json: { error: { message: "Operation Failed", detail: "ACL Exception" }, status: "failure" } }
        : tableReply([], 0),
    );
    try {
      const { ctx, instance } = await connected(BASIC, server.url);
      const result = await testInstanceConnection(ctx, instance.id);
      expect(result).toMatchObject({ ok: false, health: "degraded", auth: { ok: true } });
      expect(result.tables.filter((t) => !t.ok)).toEqual([expect.objectContaining({ table: refused, status: 403 })]);
      const row = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } });
      expect(row.health).toBe("DEGRADED");
      expect(row.lastError).toContain(refused);
    } finally {
      await server.close();
    }
  });

  it("reports an unreachable instance as down", async () => {
    const server = await startFakeServer(() => tableReply([], 0));
    const url = server.url;
    await server.close();
    const { ctx, instance } = await connected(BASIC, url);
    const result = await testInstanceConnection(ctx, instance.id);
    expect(result).toMatchObject({ ok: false, health: "down", auth: { ok: false } });
    expect(result.tables[1]).toMatchObject({ error: "Not checked: the instance could not be reached" });
  });

  it("respects an open circuit breaker and shows it", async () => {
    const server = await startFakeServer(() => ({
      status: 401,
      json: { error: { message: "User Not Authenticated", detail: "Required to provide Auth information" }, status: "failure" },
    }));
    try {
      const { ctx, instance } = await connected(BASIC, server.url);
      for (let i = 0; i < 5; i++) expect((await testInstanceConnection(ctx, instance.id)).health).toBe("auth_failed");
      const requestsBefore = server.requests.length;
      const paused = await testInstanceConnection(ctx, instance.id);
      expect(server.requests.length).toBe(requestsBefore);
      expect(paused.breaker).toMatchObject({ state: "open", consecutiveFailures: 5 });
      expect(paused.health).toBe("auth_failed");
      expect(paused.auth.error).toMatch(/paused after 5 consecutive failed requests/);
      const check = await db.instanceHealthCheck.findFirstOrThrow({ where: { instanceId: instance.id }, orderBy: { checkedAt: "desc" } });
      expect(check.breakerState).toBe("open");
    } finally {
      await server.close();
    }
  });
});
