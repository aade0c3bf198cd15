import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { startSimulator, type RunningSimulator } from "@/lib/servicenow/simulator/server";
import { createServiceNowClient, type ServiceNowClientOptions } from "./client";
import { systemClock } from "./clock";
import { and, orderBy, updatedSince } from "./encoded-query";
import type { ServiceNowClient } from "./client";
import type { ServiceNowRecord } from "./table-page";

// The whole connector (client + mapping) against the local simulator, with and without faults.
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 11, size: "small", quiet: true });
});
afterAll(() => sim?.close());

// Real time (token expiry is the simulator's), but retries do not actually wait.
const noWait = { ...systemClock, sleep: async () => {} };

function client(options: Partial<ServiceNowClientOptions> = {}) {
  return createServiceNowClient({
    instanceUrl: sim.url,
    instanceId: randomUUID(),
    auth: { type: "basic", username: "admin", password: "admin" },
    clock: noWait,
    ...options,
  });
}

async function control(method: "GET" | "POST" | "DELETE", path: string, body?: unknown) {
  const response = await fetch(`${sim.url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
}

async function readAll(snc: ServiceNowClient, table: string, options: Parameters<ServiceNowClient["pages"]>[1] = {}) {
  const records: ServiceNowRecord[] = [];
  const offsets: number[] = [];
  for await (const page of snc.pages(table, options)) {
    offsets.push(page.offset);
    records.push(...page.records);
  }
  return { records, offsets };
}

// The simulator's fingerprint: SHA-256 of "<sys_id>|<sys_updated_on>" lines sorted by sys_id.
function checksum(records: ServiceNowRecord[]): string {
  const lines = records.map((r) => `${String(r.sys_id)}|${String(r.sys_updated_on)}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

describe("against the simulator", () => {
  it("pages every sync table in sys_id order and maps every record", async () => {
    const snc = client({ pageSize: 7 });
    for (const table of syncTables) {
      const { records, offsets } = await readAll(snc, table.table, { fields: table.fields });
      const expected = (await control("GET", `/__sim/checksum?table=${table.table}`)) as { count: number; checksum: string };
      expect({ table: table.name, count: records.length, checksum: checksum(records) }).toEqual({
        table: table.name,
        count: expected.count,
        checksum: expected.checksum,
      });
      expect(offsets).toEqual(Array.from({ length: Math.max(1, Math.ceil(records.length / 7)) }, (_, i) => i * 7));
      const ids = records.map((r) => String(r.sys_id));
      expect(ids).toEqual([...ids].sort());
      // Every requested field exists on the simulator's table, and every record maps.
      for (const record of records) expect(Object.keys(record).sort()).toEqual([...table.fields].sort());
      const failures = records.map((r) => table.map(r)).filter((result) => !result.ok);
      expect(failures).toEqual([]);
    }
  });

  it("reads a whole table unchanged through 429s, 503 bursts, cut-off pages and expiring OAuth tokens", async () => {
    const baseline = await readAll(client(), "sn_audit_control_test");
    const retries: string[] = [];
    const tokens: unknown[] = [];
    const snc = client({
      pageSize: 10,
      retry: { maxRetries: 6 },
      onRetry: ({ error }) => retries.push(error.kind),
      auth: {
        type: "oauth_password",
        clientId: "ciq-dev",
        clientSecret: "ciq-dev-secret",
        username: "admin",
        password: "admin",
        onTokens: (t) => void tokens.push(t),
      },
    });
    for (const mode of ["end", "reset"] as const) {
      await control("POST", "/__sim/faults", {
        rateLimit: { every: 5, retryAfterSeconds: 1 },
        serverErrors: { every: 7, burst: 2, status: 503 },
        truncatePages: { every: 3, mode },
        expireTokens: { afterRequests: 6 },
      });
      const { records } = await readAll(snc, "sn_audit_control_test");
      expect(records.length).toBe(baseline.records.length);
      expect(checksum(records)).toBe(checksum(baseline.records));
    }
    await control("DELETE", "/__sim/faults");
    expect(retries).toEqual(expect.arrayContaining(["rate_limited", "server", "malformed_response"]));
    expect(tokens.length).toBeGreaterThanOrEqual(3); // password grant, then a refresh per expiry
    expect(snc.breakerState()).toMatchObject({ state: "closed", consecutiveFailures: 0 });
  });

  it("the incremental query returns exactly the records changed since the watermark", async () => {
    const snc = client({ pageSize: 50 });
    const all = (await readAll(snc, "sn_compliance_control")).records;
    const stamps = all.map((r) => String(r.sys_updated_on)).sort();
    const middle = stamps[Math.floor(stamps.length / 2)]!;
    const since = new Date(`${middle.replace(" ", "T")}Z`);
    const { records } = await readAll(snc, "sn_compliance_control", { query: updatedSince(since) });
    expect(records.map((r) => r.sys_id).sort()).toEqual(all.filter((r) => String(r.sys_updated_on) >= middle).map((r) => r.sys_id).sort());

    const watermark = new Date(sim.state.clock());
    const changed = (await control("POST", "/__sim/mutate", { table: "sn_compliance_control", update: 3, insert: 2, seed: 5 })) as {
      updated: { sys_id: string }[];
      inserted: { sys_id: string }[];
    };
    const delta = await readAll(snc, "sn_compliance_control", { query: and(updatedSince(watermark), orderBy("sys_updated_on")) });
    const expected = [...changed.updated, ...changed.inserted].map((c) => c.sys_id).sort();
    expect(delta.records.map((r) => r.sys_id).sort()).toEqual(expected);
    // The caller's sort comes first; sys_id only breaks ties.
    const keys = delta.records.map((r) => `${String(r.sys_updated_on)}|${String(r.sys_id)}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("reports an unknown table and refused credentials with their kinds", async () => {
    await expect(client().fetchPage("sn_nope")).rejects.toMatchObject({ kind: "invalid_table", status: 400 });
    await expect(client({ auth: { type: "basic", username: "admin", password: "wrong" } }).fetchPage("sn_grc_issue")).rejects.toMatchObject({
      kind: "auth",
      status: 401,
    });
  });
});
