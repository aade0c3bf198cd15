import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import { asMember } from "@/lib/testing/memberships";
import { defineOperation } from "../define-operation";
import { buildOpenApiDocument } from "../openapi";
import { withApi } from "../with-api";
import { auditOperations, exportAuditLogsOperation } from "./audit";

vi.mock("@/lib/db", () => ({ db: {} }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn() }));
vi.mock("@/lib/organizations/queries", () => ({ findMembership: vi.fn(), listOrganizationsForUser: vi.fn() }));
vi.mock("@/lib/auth/mfa/mfa-policy", () => ({ assertMfaPolicy: vi.fn() }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an arbitrary JSON document
type Json = Record<string, any>;

describe("audit operations in the OpenAPI document", () => {
  const paths = buildOpenApiDocument(auditOperations).paths as Json;

  it("describes the CSV export as text/csv with the list's filters and no pagination", () => {
    const exportOp = paths["/audit/logs/export"].get;
    expect(Object.keys(exportOp.responses["200"].content)).toEqual(["text/csv"]);
    expect(exportOp.responses["200"].content["text/csv"].schema).toEqual({ type: "string" });
    const names = exportOp.parameters.filter((p: Json) => p.in === "query").map((p: Json) => p.name);
    expect(names).toEqual(["actor", "action", "targetType", "targetId", "from", "to", "security"]);
    expect(exportOp["x-permission"]).toBe("audit:read");
  });

  it("documents the lists as pages of AuditEvent and verify as AuditChainReport", () => {
    expect(paths["/audit/logs"].get.responses["200"].content["application/json"].schema.properties.data.items).toEqual({
      $ref: "#/components/schemas/AuditEvent",
    });
    expect(paths["/audit/security-events"].get.parameters.map((p: Json) => p.name)).not.toContain("security");
    expect(paths["/audit/verify"].get.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/AuditChainReport",
    });
    expect(paths["/audit/logs/{logId}"].get.parameters[0]).toMatchObject({ name: "logId", in: "path", schema: { format: "uuid" } });
  });
});

describe("withApi with a non-JSON body", () => {
  const ORG_ID = "0198f3b2-0000-7000-8000-0000000000a1";
  vi.mocked(getCurrentUser).mockResolvedValue({ id: "0198f3b2-0000-7000-8000-0000000000b2", email: "a@example.com", name: null });
  vi.mocked(listOrganizationsForUser).mockResolvedValue([asMember({ id: ORG_ID, name: "Acme", slug: "acme" }, "ORG_ADMIN")]);
  const context = { params: Promise.resolve({}) };

  it("streams the handler's Response with the wrapper's headers added", async () => {
    const route = withApi(exportAuditLogsOperation, () => new Response("a,b\r\n", { headers: { "content-type": "text/csv; charset=utf-8" } }));
    const response = await route(new Request("http://localhost/api/v1/audit/logs/export", { headers: { "x-request-id": "csv-1" } }), context);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("x-request-id")).toBe("csv-1");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("ratelimit-limit")).toMatch(/^\d+$/);
    expect(await response.text()).toBe("a,b\r\n");
  });

  it("treats a handler that returns anything but a Response as a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const op = defineOperation({ ...exportAuditLogsOperation, operationId: "brokenCsv", query: z.object({}) });
    const route = withApi(op, () => "a,b" as unknown as Response);
    const response = await route(new Request("http://localhost/api/v1/audit/logs/export"), context);
    expect(response.status).toBe(500);
  });
});
