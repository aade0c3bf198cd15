import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "./server";

let sim: RunningSimulator;
let now = Date.UTC(2026, 10, 1, 12, 0, 0);
const BASIC = `Basic ${Buffer.from("admin:admin").toString("base64")}`;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true, seed: 3, clock: () => now });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await control("DELETE", "/__sim/faults");
  await control("POST", "/__sim/reset");
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- control endpoint bodies are loose JSON
async function control(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(sim.url + path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

function api(path: string, authorization = BASIC) {
  return fetch(`${sim.url}/api/now/table/${path}`, { headers: { Accept: "application/json", Authorization: authorization } });
}

describe("checksum, mutate and reset", () => {
  it("checksums sorted sys_id|sys_updated_on lines, matching what a client can compute from the API", async () => {
    const { body } = await control("GET", "/__sim/checksum?table=sn_compliance_control");
    const records: { sys_id: string; sys_updated_on: string }[] = (
      await (await api("sn_compliance_control?sysparm_fields=sys_id,sys_updated_on")).json()
    ).result;
    const lines = records.map((r) => `${r.sys_id}|${r.sys_updated_on}`).sort().join("\n");
    expect(body).toEqual({ table: "sn_compliance_control", count: 24, checksum: createHash("sha256").update(lines).digest("hex") });
    const all = await control("GET", "/__sim/checksum");
    expect(all.body.tables.sn_compliance_control).toEqual(body);
    expect((await control("GET", "/__sim/checksum?table=nope")).status).toBe(400);
  });

  it("updates, inserts and deletes records; an incremental query on sys_updated_on finds the changes", async () => {
    const before = (await control("GET", "/__sim/checksum?table=sn_compliance_control")).body;
    now += 60_000;
    const { body: changes } = await control("POST", "/__sim/mutate", { table: "sn_compliance_control", update: 3, insert: 2, delete: 1, seed: 5 });
    expect([changes.updated.length, changes.inserted.length, changes.deleted.length]).toEqual([3, 2, 1]);
    const after = (await control("GET", "/__sim/checksum?table=sn_compliance_control")).body;
    expect(after.count).toBe(before.count + 1);
    expect(after.checksum).not.toBe(before.checksum);

    const since = "sys_updated_on>=javascript:gs.dateGenerate('2026-11-01','12:01:00')";
    const changed = (await (await api(`sn_compliance_control?sysparm_query=${encodeURIComponent(since)}&sysparm_fields=sys_id,sys_mod_count,sys_updated_on`)).json()).result;
    const ids = [...changes.updated, ...changes.inserted].map((c: { sys_id: string }) => c.sys_id);
    expect(new Set(changed.map((r: { sys_id: string }) => r.sys_id))).toEqual(new Set(ids));
    expect(changed.every((r: { sys_updated_on: string }) => r.sys_updated_on === "2026-11-01 12:01:00")).toBe(true);
    const updated = changed.find((r: { sys_id: string }) => r.sys_id === changes.updated[0].sys_id);
    expect(Number(updated.sys_mod_count)).toBeGreaterThan(0);
    expect((await api(`sn_compliance_control/${changes.deleted[0].sys_id}`)).status).toBe(404);

    await control("POST", "/__sim/reset");
    expect((await control("GET", "/__sim/checksum?table=sn_compliance_control")).body).toEqual(before);
  });

  it("replays the same changes for the same seed, across tables when none is named", async () => {
    const first = (await control("POST", "/__sim/mutate", { update: 5, insert: 3, delete: 2, seed: 9 })).body;
    await control("POST", "/__sim/reset");
    const second = (await control("POST", "/__sim/mutate", { update: 5, insert: 3, delete: 2, seed: 9 })).body;
    expect(second).toEqual(first);
    expect(new Set([...first.updated, ...first.inserted, ...first.deleted].map((c: { table: string }) => c.table)).size).toBeGreaterThan(2);
    expect((await control("POST", "/__sim/mutate", { table: "nope", update: 1 })).status).toBe(400);
    expect((await control("POST", "/__sim/mutate", { update: -1 })).status).toBe(400);
  });
});

describe("stats", () => {
  it("counts Table API requests per table, method and status, and rows served", async () => {
    await control("POST", "/__sim/stats/reset");
    await api("sn_risk_risk?sysparm_limit=5");
    await api("sn_risk_risk?sysparm_limit=5");
    await api("sn_risk_risk", "Basic bad");
    await api("no_such_table");
    const { body } = await control("GET", "/__sim/stats");
    expect(body.requests.sn_risk_risk).toEqual({ GET: { 200: 2, 401: 1 } });
    expect(body.requests.no_such_table).toEqual({ GET: { 400: 1 } });
    expect(body.rowsServed.sn_risk_risk).toBe(10);
    expect(body.total).toBe(4);
    await control("POST", "/__sim/stats/reset");
    expect((await control("GET", "/__sim/stats")).body).toEqual({ total: 0, requests: {}, rowsServed: {} });
  });
});

describe("faults", () => {
  const statuses = async (n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await api("sn_grc_profile")).status);
    return out;
  };

  it("answers every N-th request with 429 and Retry-After", async () => {
    await control("POST", "/__sim/faults", { rateLimit: { every: 3, retryAfterSeconds: 2 } });
    expect(await statuses(6)).toEqual([200, 200, 429, 200, 200, 429]);
    const limited = await api("sn_grc_profile").then(() => api("sn_grc_profile")).then(() => api("sn_grc_profile"));
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(await limited.json()).toEqual({
      error: { message: "Rate limit exceeded", detail: "Rate limit of 3 requests per hour for Table API exceeded" },
      status: "failure",
    });
  });

  it("sends bursts of consecutive 5xx responses", async () => {
    await control("POST", "/__sim/faults", { serverErrors: { every: 4, burst: 2, status: 500 } });
    expect(await statuses(9)).toEqual([200, 200, 200, 500, 500, 200, 200, 500, 500]);
    await control("POST", "/__sim/faults", { serverErrors: { every: 2 } });
    expect(await statuses(2)).toEqual([200, 503]);
    await control("DELETE", "/__sim/faults");
    expect(await statuses(4)).toEqual([200, 200, 200, 200]);
  });

  it("slows responses down", async () => {
    await control("POST", "/__sim/faults", { slow: { delayMs: 300 } });
    const started = Date.now();
    expect((await api("sn_grc_profile")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("cuts every N-th page in the middle of its JSON, or drops the connection", async () => {
    await control("POST", "/__sim/faults", { truncatePages: { every: 2 } });
    expect(await (await api("sn_compliance_control")).json()).toHaveProperty("result");
    const cut = await api("sn_compliance_control");
    expect(cut.status).toBe(200);
    await expect(cut.json()).rejects.toThrow(SyntaxError);
    await control("POST", "/__sim/faults", { truncatePages: { every: 1, mode: "reset" } });
    await expect(api("sn_compliance_control").then((res) => res.text())).rejects.toThrow();
  });

  it("expires every issued access token now or after N requests; refresh tokens keep working", async () => {
    const form = "grant_type=password&client_id=ciq-dev&client_secret=ciq-dev-secret&username=admin&password=admin";
    const grant = async (body: string) =>
      (await fetch(`${sim.url}/oauth_token.do`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body })).json();
    const issued = await grant(form);
    const bearer = `Bearer ${issued.access_token}`;
    await control("POST", "/__sim/faults", { expireTokens: { afterRequests: 2 } });
    expect([(await api("sn_grc_profile", bearer)).status, (await api("sn_grc_profile", bearer)).status]).toEqual([200, 200]);
    expect((await api("sn_grc_profile", bearer)).status).toBe(401);
    const refreshed = await grant(`grant_type=refresh_token&client_id=ciq-dev&client_secret=ciq-dev-secret&refresh_token=${issued.refresh_token}`);
    expect((await api("sn_grc_profile", `Bearer ${refreshed.access_token}`)).status).toBe(200);
    await control("POST", "/__sim/faults", { expireTokens: {} });
    expect((await api("sn_grc_profile", `Bearer ${refreshed.access_token}`)).status).toBe(401);
  });

  it("rejects an invalid fault configuration", async () => {
    expect((await control("POST", "/__sim/faults", { rateLimit: { every: 0 } })).status).toBe(400);
    expect((await control("POST", "/__sim/faults", { explode: true })).status).toBe(400);
    expect((await control("GET", "/__sim/faults")).body).toEqual({});
  });
});

describe("dataset import", () => {
  it("serves any dataset, fills in system fields, and resets back to it", async () => {
    const dataset = {
      sn_compliance_control: [
        { sys_id: "c1", name: "Imported control", owner: { value: "u1", link: "ignored" }, weighting: 3, key_control: true },
        { name: "No id" },
      ],
      sys_user: [{ sys_id: "u1", user_name: "imported", name: "Imported User" }],
      u_custom_table: [{ u_code: "X1", name: "Custom" }],
    };
    const loaded = await control("POST", "/__sim/dataset", dataset);
    expect(loaded.body.counts).toMatchObject({ sn_compliance_control: 2, sys_user: 1, u_custom_table: 1, sn_risk_risk: 0 });
    const controls = (await (await api("sn_compliance_control?sysparm_query=ORDERBYname&sysparm_display_value=true&sysparm_exclude_reference_link=true")).json()).result;
    expect(controls[0]).toMatchObject({ name: "Imported control", owner: "Imported User", weighting: "3", key_control: "true", sys_mod_count: "0" });
    expect(controls[1].sys_id).toMatch(/^[0-9a-f]{32}$/);
    expect((await (await api("u_custom_table")).json()).result[0]).toMatchObject({ u_code: "X1", name: "Custom" });
    await control("POST", "/__sim/mutate", { table: "sn_compliance_control", delete: 2 });
    expect((await control("POST", "/__sim/reset")).body.counts.sn_compliance_control).toBe(2);
    expect(sim.state.groundTruth).toBeUndefined();
    expect((await control("POST", "/__sim/dataset", { sn_compliance_control: "nope" })).status).toBe(400);
    expect((await control("POST", "/__sim/dataset", [1, 2])).status).toBe(400);
  });
});
