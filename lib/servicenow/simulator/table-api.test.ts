import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "./server";
import { TABLE_DEFS } from "./tables";

const BASIC = `Basic ${Buffer.from("admin:admin").toString("base64")}`;

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // Response bodies are the API's own loose JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function call(sim: RunningSimulator, path: string, init: RequestInit = {}): Promise<Reply> {
  const headers: Record<string, string> = { Accept: "application/json", Authorization: BASIC };
  if (init.body !== undefined || init.method === "DELETE") headers["Content-Type"] = "application/json";
  const res = await fetch(sim.url + path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
}

function links(header: string | null): Record<string, URL> {
  const out: Record<string, URL> = {};
  for (const part of (header ?? "").split(",").filter(Boolean)) {
    const m = /^<([^>]+)>;rel="(\w+)"$/.exec(part);
    if (!m) throw new Error(`bad Link part ${part}`);
    out[m[2] as string] = new URL(m[1] as string);
  }
  return out;
}

describe("collections of a generated dataset", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, quiet: true, seed: 7 });
  });
  afterAll(() => sim.close());

  it("reports X-Total-Count and first/prev/next/last links that repeat the query", async () => {
    const q = "sysparm_query=stateINmonitor,attest,review,draft,retired^ORDERBYsys_id&sysparm_limit=10";
    const first = await call(sim, `/api/now/table/sn_compliance_control?${q}`);
    expect(first.headers.get("x-total-count")).toBe("24");
    const l0 = links(first.headers.get("link"));
    expect(Object.keys(l0)).toEqual(["first", "next", "last"]);
    expect(l0.next?.searchParams.get("sysparm_query")).toBe("stateINmonitor,attest,review,draft,retired^ORDERBYsys_id");
    expect([l0.first, l0.next, l0.last].map((u) => u?.searchParams.get("sysparm_offset"))).toEqual(["0", "10", "20"]);
    expect(l0.next?.searchParams.get("sysparm_limit")).toBe("10");
    const middle = await call(sim, `/api/now/table/sn_compliance_control?${q}&sysparm_offset=10`);
    const l1 = links(middle.headers.get("link"));
    expect(Object.keys(l1)).toEqual(["first", "prev", "next", "last"]);
    expect([l1.prev, l1.next].map((u) => u?.searchParams.get("sysparm_offset"))).toEqual(["0", "20"]);
    const last = await call(sim, `/api/now/table/sn_compliance_control?${q}&sysparm_offset=20`);
    expect(Object.keys(links(last.headers.get("link")))).toEqual(["first", "prev", "last"]);
    expect(last.body.result).toHaveLength(4);
  });

  it("pages through a table by following next links, every row exactly once", async () => {
    const seen: string[] = [];
    let next: string | undefined = "/api/now/table/sn_audit_control_test?sysparm_query=ORDERBYsys_updated_on&sysparm_limit=25&sysparm_fields=sys_id";
    while (next) {
      const page = await call(sim, next);
      seen.push(...page.body.result.map((r: { sys_id: string }) => r.sys_id));
      const link = links(page.headers.get("link")).next;
      next = link ? link.pathname + link.search : undefined;
    }
    expect(seen.length).toBe(sim.state.store.count("sn_audit_control_test"));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("leaves out the Link header on a single page, the count with sysparm_no_count, Link with suppress", async () => {
    const single = await call(sim, "/api/now/table/sn_grc_profile");
    expect(single.headers.get("link")).toBeNull();
    expect(single.headers.get("x-total-count")).toBe("6");
    const noCount = await call(sim, "/api/now/table/sn_compliance_control?sysparm_limit=5&sysparm_no_count=true");
    expect(noCount.headers.get("x-total-count")).toBeNull();
    expect(Object.keys(links(noCount.headers.get("link")))).toEqual(["first", "next"]);
    const suppressed = await call(sim, "/api/now/table/sn_compliance_control?sysparm_limit=5&sysparm_suppress_pagination_header=true");
    expect(suppressed.headers.get("link")).toBeNull();
    expect(suppressed.headers.get("x-total-count")).toBe("24");
  });

  it("returns every value as a string (references as {link, value} of strings) in every table", async () => {
    for (const table of TABLE_DEFS.keys()) {
      const page = await call(sim, `/api/now/v2/table/${table}?sysparm_limit=50`);
      expect(page.status, table).toBe(200);
      for (const record of page.body.result) {
        for (const [field, value] of Object.entries(record)) {
          const ok = typeof value === "string" || (typeof value === "object" && value !== null &&
            Object.keys(value).sort().join() === "link,value" && Object.values(value).every((v) => typeof v === "string"));
          expect(ok, `${table}.${field} = ${JSON.stringify(value)}`).toBe(true);
        }
      }
    }
  });

  it("serves the base table sn_grc_item as the union of controls and risks, read-only", async () => {
    const items = await call(sim, "/api/now/table/sn_grc_item?sysparm_fields=sys_class_name");
    const classes = new Set(items.body.result.map((r: { sys_class_name: string }) => r.sys_class_name));
    expect(classes).toEqual(new Set(["sn_compliance_control", "sn_risk_risk"]));
    expect(items.headers.get("x-total-count")).toBe(String(24 + 12));
    const write = await call(sim, "/api/now/table/sn_grc_item", { method: "POST", body: "{}" });
    expect(write.status).toBe(403);
  });
});

describe("records, shapes and writes", () => {
  let sim: RunningSimulator;
  let now = Date.UTC(2026, 9, 2, 8, 0, 0);
  const url = (path: string) => `${sim.url}/api/now/table/${path}`;
  beforeAll(async () => {
    sim = await startSimulator({
      port: 0,
      quiet: true,
      clock: () => now,
      users: [{ username: "admin", password: "admin" }, { username: "viewer", password: "viewer", readOnly: true }],
      dataset: {
        sys_user: [{ sys_id: "u1", user_name: "alice", name: "Alice Adams" }],
        sn_compliance_control: [
          { sys_id: "c1", number: "CTRL0010001", name: "Alpha", owner: "u1", content: "", state: "monitor", description: "Text" },
        ],
      },
    });
  });
  afterAll(() => sim.close());

  it("shapes references and display values per sysparm_display_value and exclude_reference_link", async () => {
    const get = async (params: string) =>
      (await call(sim, `/api/now/table/sn_compliance_control/c1?sysparm_fields=owner,content,state,owner.name&${params}`)).body.result;
    expect(await get("")).toEqual({
      owner: { link: url("sys_user/u1"), value: "u1" }, content: "", state: "monitor", "owner.name": "Alice Adams",
    });
    expect(await get("sysparm_exclude_reference_link=true")).toEqual({ owner: "u1", content: "", state: "monitor", "owner.name": "Alice Adams" });
    expect(await get("sysparm_display_value=true")).toEqual({
      owner: { display_value: "Alice Adams", link: url("sys_user/u1") }, content: "", state: "Monitor", "owner.name": "Alice Adams",
    });
    expect(await get("sysparm_display_value=true&sysparm_exclude_reference_link=true")).toMatchObject({ owner: "Alice Adams" });
    expect(await get("sysparm_display_value=all")).toEqual({
      owner: { display_value: "Alice Adams", value: "u1", link: url("sys_user/u1") },
      content: { display_value: "", value: "" },
      state: { display_value: "Monitor", value: "monitor" },
      "owner.name": { display_value: "Alice Adams", value: "Alice Adams" },
    });
  });

  it("answers with ServiceNow's error bodies", async () => {
    expect(await call(sim, "/api/now/table/not_a_table")).toMatchObject({
      status: 400, body: { error: { message: "Invalid table not_a_table", detail: null }, status: "failure" },
    });
    const notFound = { error: { message: "No Record found", detail: "Record doesn't exist or ACL restricts the record retrieval" }, status: "failure" };
    expect(await call(sim, "/api/now/table/sn_compliance_control/nope")).toMatchObject({ status: 404, body: notFound });
    expect(await call(sim, "/api/now/table/sn_compliance_control/nope", { method: "PATCH", body: "{}" })).toMatchObject({ status: 404, body: notFound });
    expect(await call(sim, "/api/now/table/sn_compliance_control/nope", { method: "PUT", body: "{}" })).toMatchObject({ status: 404, body: notFound });
    expect(await call(sim, "/api/now/table/sn_compliance_control/nope", { method: "DELETE" })).toMatchObject({ status: 404, body: notFound });
    expect(await call(sim, "/api/now/table/sn_compliance_control", { method: "POST", body: "{not json" })).toMatchObject({
      status: 400,
      body: { error: { message: "Exception while reading request", detail: "Verify Request body and Content-type headers. Not able to parse request" } },
    });
    expect((await call(sim, "/api/now/table/sn_compliance_control", { headers: { Accept: "application/xml" } })).status).toBe(406);
    expect((await call(sim, "/api/now/table/sn_compliance_control", { method: "POST", body: "{}", headers: { "Content-Type": "text/plain" } })).status).toBe(415);
    expect((await call(sim, "/api/now/stats/sn_compliance_control")).status).toBe(400);
  });

  it("POST inserts the first record with defaults, a number and system fields; unknown and sys_ fields are ignored", async () => {
    now += 1000;
    const res = await call(sim, "/api/now/table/sn_compliance_control", {
      method: "POST",
      body: JSON.stringify([{ name: "Bravo", weighting: 5, key_control: true, owner: { value: "u1" }, bogus: "x", sys_id: "mine" }, { name: "ignored" }]),
    });
    expect(res.status).toBe(201);
    const record = res.body.result;
    expect(res.headers.get("location")).toBe(url(`sn_compliance_control/${record.sys_id}`));
    expect(record).toMatchObject({
      name: "Bravo", weighting: "5", key_control: "true", state: "draft", sys_mod_count: "0", number: "CTRL0010002",
      sys_created_on: "2026-10-02 08:00:01", sys_updated_on: "2026-10-02 08:00:01", sys_created_by: "admin",
      owner: { link: url("sys_user/u1"), value: "u1" },
    });
    expect(record.sys_id).toMatch(/^[0-9a-f]{32}$/);
    expect(record).not.toHaveProperty("bogus");
    expect(sim.state.store.count("sn_compliance_control")).toBe(2);
  });

  it("PATCH and PUT update only the fields sent, count the change, and never create", async () => {
    now += 60_000;
    const patched = await call(sim, "/api/now/table/sn_compliance_control/c1", {
      method: "PATCH", body: JSON.stringify({ description: "", state: "", name: "Alpha 2" }),
    });
    expect(patched.status).toBe(200);
    // "" clears a field but not a choice field.
    expect(patched.body.result).toMatchObject({ description: "", state: "monitor", name: "Alpha 2", sys_mod_count: "1", sys_updated_on: "2026-10-02 08:01:01" });
    const put = await call(sim, "/api/now/table/sn_compliance_control/c1", { method: "PUT", body: JSON.stringify({ state: "retired" }) });
    expect(put.body.result).toMatchObject({ name: "Alpha 2", state: "retired", sys_mod_count: "2" });
    const unchanged = await call(sim, "/api/now/table/sn_compliance_control/c1", { method: "PATCH", body: JSON.stringify({ state: "retired" }) });
    expect(unchanged.body.result.sys_mod_count).toBe("2");
    const byLabel = await call(sim, "/api/now/table/sn_compliance_control/c1?sysparm_input_display_value=true", {
      method: "PATCH", body: JSON.stringify({ state: "Attest", owner: "Alice Adams" }),
    });
    expect(byLabel.body.result).toMatchObject({ state: "attest", owner: { value: "u1" } });
  });

  it("DELETE answers 204 without a body, and the record is gone", async () => {
    const created = await call(sim, "/api/now/table/sn_compliance_control", { method: "POST", body: JSON.stringify({ name: "Temp" }) });
    const id = created.body.result.sys_id;
    const deleted = await call(sim, `/api/now/table/sn_compliance_control/${id}`, { method: "DELETE" });
    expect(deleted).toMatchObject({ status: 204, text: "" });
    expect((await call(sim, `/api/now/table/sn_compliance_control/${id}`)).status).toBe(404);
  });

  it("refuses writes an ACL denies with 403: read-only users and the engine-owned indicator results", async () => {
    const viewer = `Basic ${Buffer.from("viewer:viewer").toString("base64")}`;
    expect((await call(sim, "/api/now/table/sn_compliance_control?sysparm_limit=1", { headers: { Authorization: viewer } })).status).toBe(200);
    expect(await call(sim, "/api/now/table/sn_compliance_control", { method: "POST", body: "{}", headers: { Authorization: viewer } })).toMatchObject({
      status: 403, body: { error: { message: "Operation Failed", detail: "ACL Exception Insert Failed due to security constraints" }, status: "failure" },
    });
    expect((await call(sim, "/api/now/table/sn_compliance_control/c1", { method: "DELETE", headers: { Authorization: viewer } })).body.error.detail)
      .toBe("ACL Exception Delete Failed due to security constraints");
    expect((await call(sim, "/api/now/table/sn_grc_indicator_result", { method: "POST", body: "{}" })).status).toBe(403);
  });

  it("creates a widget with the platform's defaults, honours X-no-response-body, and answers HEAD without a body", async () => {
    const quiet = await call(sim, "/api/now/table/sp_widget", {
      method: "POST", body: JSON.stringify({ name: "Risk heatmap", id: "ciq-risk-heatmap", option_schema: [{ name: "title" }] }),
      headers: { "X-no-response-body": "true" },
    });
    expect(quiet).toMatchObject({ status: 201, text: "" });
    const widget = (await call(sim, "/api/now/table/sp_widget?sysparm_query=id=ciq-risk-heatmap")).body.result[0];
    expect(widget).toMatchObject({
      controller_as: "c", data_table: "sp_instance", client_script: "api.controller=function(){ var c = this; };",
      option_schema: '[{"name":"title"}]',
    });
    const head = await call(sim, "/api/now/table/sp_widget", { method: "HEAD" });
    expect(head).toMatchObject({ status: 200, text: "" });
    expect(head.headers.get("x-total-count")).toBe("1");
  });

  it("filters by name=value parameters (raw or display values) when there is no sysparm_query", async () => {
    const byDisplay = await call(sim, "/api/now/table/sn_compliance_control?owner=Alice%20Adams&sysparm_fields=name");
    const byRaw = await call(sim, "/api/now/table/sn_compliance_control?owner=u1&sysparm_fields=name");
    expect(byDisplay.body.result).toEqual(byRaw.body.result);
    expect(byRaw.body.result.length).toBeGreaterThan(0);
    expect((await call(sim, "/api/now/table/sn_compliance_control?owner=nobody")).body.result).toEqual([]);
  });
});
