import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createServiceNowClient, type ServiceNowClientOptions } from "./client";
import { updatedSince } from "./encoded-query";
import { fakeClock, startFakeServer, tableReply, type FakeServer } from "./testing/fake-server";

// 25 records whose sys_ids sort in creation order, like a table ordered by sys_id.
const TABLE = Array.from({ length: 25 }, (_, i) => ({ sys_id: i.toString(16).padStart(32, "0"), name: `Control ${i}` }));

let server: FakeServer;
afterEach(() => server?.close());

function client(options: Partial<ServiceNowClientOptions> = {}) {
  return createServiceNowClient({
    instanceUrl: server.url,
    instanceId: randomUUID(),
    auth: { type: "basic", username: "integration", password: "pw-paging" },
    clock: fakeClock(),
    ...options,
  });
}

function serveTable(rows = TABLE) {
  return startFakeServer(({ url }) => {
    const offset = Number(url.searchParams.get("sysparm_offset"));
    const limit = Number(url.searchParams.get("sysparm_limit"));
    return tableReply(rows.slice(offset, offset + limit), rows.length);
  });
}

describe("paging", () => {
  it("walks every page with increasing offsets, the stable order and the count", async () => {
    server = await serveTable();
    const pages = [];
    for await (const page of client({ pageSize: 10 }).pages("sn_compliance_control", {
      query: updatedSince(new Date("2024-01-01T00:00:00Z")),
      fields: ["sys_id", "name"],
    })) {
      pages.push(page);
    }

    expect(pages.map((p) => [p.pageIndex, p.offset, p.records.length, p.totalCount, p.nextOffset])).toEqual([
      [0, 0, 10, 25, 10],
      [1, 10, 10, 25, 20],
      [2, 20, 5, 25, null],
    ]);
    expect(pages.flatMap((p) => p.records)).toEqual(TABLE);

    const params = server.requests.map((r) => r.url.searchParams);
    expect(params.map((p) => p.get("sysparm_offset"))).toEqual(["0", "10", "20"]);
    for (const p of params) {
      expect(p.get("sysparm_query")).toBe("sys_updated_on>=2024-01-01 00:00:00^ORDERBYsys_id");
      expect(p.get("sysparm_fields")).toBe("sys_id,name");
      expect(p.get("sysparm_limit")).toBe("10");
      expect(p.get("sysparm_display_value")).toBe("false");
      expect(p.get("sysparm_exclude_reference_link")).toBe("true");
    }
    expect(server.requests[0]!.url.pathname).toBe("/api/now/table/sn_compliance_control");
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from("integration:pw-paging").toString("base64")}`);
  });

  it("keeps going after a page that ACLs left short, because the count says more follow", async () => {
    server = await startFakeServer(({ url }) => {
      const offset = Number(url.searchParams.get("sysparm_offset"));
      // The first page lost 4 rows to ACLs after the limit was applied.
      const rows = offset === 0 ? TABLE.slice(0, 6) : TABLE.slice(offset, offset + 10);
      return tableReply(rows, TABLE.length);
    });
    const offsets = [];
    for await (const page of client({ pageSize: 10 }).pages("sn_grc_issue")) offsets.push(page.offset);
    expect(offsets).toEqual([0, 10, 20]);
  });

  it("without a count, stops at the first page shorter than the limit", async () => {
    server = await startFakeServer(({ url }) => {
      const offset = Number(url.searchParams.get("sysparm_offset"));
      return { status: 200, json: { result: TABLE.slice(offset, offset + 10) } };
    });
    const pages = [];
    for await (const page of client({ pageSize: 10 }).pages("sn_grc_issue")) pages.push(page);
    expect(pages.map((p) => [p.offset, p.totalCount, p.nextOffset])).toEqual([
      [0, null, 10],
      [10, null, 20],
      [20, null, null],
    ]);
  });

  it("resumes at an offset and ends on an empty table", async () => {
    server = await serveTable();
    const resumed = [];
    for await (const page of client().pages("sn_risk_risk", { startOffset: 20, pageSize: 10 })) resumed.push(page);
    expect(resumed.map((p) => [p.pageIndex, p.offset, p.records.length])).toEqual([[2, 20, 5]]);

    await server.close();
    server = await serveTable([]);
    const empty = await client().fetchPage("sn_risk_risk");
    expect(empty).toMatchObject({ records: [], totalCount: 0, nextOffset: null, limit: 1000 });
  });

  it("fetches one page for a durable step", async () => {
    server = await serveTable();
    const page = await client().fetchPage("sn_compliance_control", { offset: 10, limit: 5 });
    expect(page).toMatchObject({ offset: 10, limit: 5, pageIndex: 2, totalCount: 25, nextOffset: 15 });
    expect(page.records.map((r) => r.name)).toEqual(["Control 10", "Control 11", "Control 12", "Control 13", "Control 14"]);
  });

  it("rejects page sizes above 10,000, negative offsets, bad names and insecure URLs", async () => {
    server = await serveTable();
    expect(() => client({ pageSize: 10_001 })).toThrow(RangeError);
    await expect(client().fetchPage("sn_grc_issue", { limit: 0 })).rejects.toThrow(RangeError);
    await expect(client().fetchPage("sn_grc_issue", { offset: -1 })).rejects.toThrow(RangeError);
    await expect(client().fetchPage("sn_grc_issue^x")).rejects.toThrow(TypeError);
    await expect(client().fetchPage("sn_grc_issue", { fields: ["name,sys_id"] })).rejects.toThrow(TypeError);
    expect(() => client({ instanceUrl: "http://example.service-now.com" })).toThrow(/https/);
    expect(() => client({ instanceUrl: "https://u:p@example.service-now.com" })).toThrow(/credentials/);
    expect(server.requests).toHaveLength(0);
  });
});
