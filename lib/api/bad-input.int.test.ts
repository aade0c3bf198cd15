import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { callRoute, type RouteHandler, uniqueIp } from "@/lib/testing/call-route";
import { rowCountReader, snapshotDiff } from "@/lib/testing/db-snapshot";
import { fillPath, loadRouteHandlers, pathParamNames } from "@/lib/testing/route-registry";
import { createTenantWorld, createViaCollection, fixtureName, type TenantWorld } from "@/lib/testing/tenant-world";
import { objectShapeOf, sampleOf, stringLeaves, validBody, withValueAt, wrongTypeFor } from "@/lib/testing/zod-sample";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { type ApiOperation, defineOperation } from "./define-operation";
import { operations } from "./operations";
import { enforcedSchemas } from "./parse-input";
import { withApi } from "./with-api";

/*
 * Bad input on every registered operation, generated from its own schemas: wrong types, missing
 * fields, 100 kB strings, unknown fields, non-JSON bodies, malformed path and query parameters.
 * Each must answer 400 problem+json naming the field (413/415 where the body itself is refused),
 * never a 500, and write nothing to any table. New routes are covered as soon as they are
 * registered; one the generator cannot handle fails here by name.
 */

vi.hoisted(() => {
  // Hundreds of requests from one caller: the suite is about validation, not rate limits.
  process.env.RATE_LIMIT_PER_MINUTE = "1000000";
  process.env.RATE_LIMIT_ORG_PER_MINUTE = "1000000";
});

const CALLER_IP = "198.51.100.77";
const OVERSIZE = 100_000;

interface BadCase {
  name: string;
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  body?: unknown;
  /** A body sent as is, with this content type. */
  raw?: { text: string; contentType: string };
  /** Send no body at all (otherwise a case without `body` sends the operation's valid body). */
  noBody?: boolean;
  expect: { statuses: number[]; field?: string };
}

let handlers: Map<ApiOperation, RouteHandler>;
let readCounts: () => Promise<Record<string, string>>;
let caller: TenantWorld;

beforeAll(async () => {
  handlers = await loadRouteHandlers();
  // The caller's organization holds one real resource of each kind, so valid path parameters
  // reach the checks a route makes after finding its resource (a cursor, a body rule).
  caller = await createTenantWorld(handlers);
  for (const name of new Set(operations.flatMap(pathParamNames).map(fixtureName))) {
    if (!caller.ids[name]) await createViaCollection(caller, name, operations, handlers).catch(() => null);
  }
  readCounts = await rowCountReader();
  // The key's first use from an address is recorded (an audit event): make it now, not inside a case.
  const warmUp = operations.find((op) => op.auth === "required" && op.method === "GET" && !op.params && !op.query);
  const warmUpHandler = warmUp && handlers.get(warmUp);
  if (warmUp && warmUpHandler) await callRoute(warmUpHandler, { url: warmUp.path, headers: headersFor(warmUp) });
}, 120_000);

function headersFor(op: ApiOperation): Record<string, string> {
  const auth = String(op.auth);
  if (auth === "required") return { authorization: `Bearer ${caller.apiKey}`, "x-forwarded-for": CALLER_IP };
  if (auth === "user") {
    if (!caller.accessToken) throw new Error(`${op.operationId} needs a user's access token, but no POST /auth/login route is registered`);
    return { authorization: `Bearer ${caller.accessToken}`, "x-forwarded-for": CALLER_IP };
  }
  if (auth === "public") return { "x-forwarded-for": uniqueIp() };
  throw new Error(`${op.operationId}: the suite does not know auth "${auth}"; teach lib/api/bad-input.int.test.ts`);
}

const QUERY_CANDIDATES = ["abc", "-1", "0", "1e999", "__bogus__", "x".repeat(5000), "not-a-uuid", "2026-13-45T99:99:99Z"];
const PATH_CANDIDATES = ["not-a-uuid", "x".repeat(2000), "1' OR '1'='1", "../../etc/passwd"];

const show = (value: string) => (value.length > 40 ? `<${value.length} chars>` : JSON.stringify(value));

/** Query values a client would send for a valid request: the required parameters only. */
function baseQuery(schema: z.ZodObject): Record<string, string> {
  const sample = sampleOf(schema, "query") as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(schema.shape)
      .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
      .map(([k]) => [k, String(sample[k])]),
  );
}

function queryCases(schema: z.ZodObject): BadCase[] {
  const base = baseQuery(schema);
  const cases: BadCase[] = [
    { name: "unknown query parameter", query: { ...base, __unknown: "1" }, expect: { statuses: [400], field: "query.__unknown" } },
  ];
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const rejected = QUERY_CANDIDATES.filter((v) => !field.safeParse(v).success).slice(0, 3);
    for (const value of rejected) {
      cases.push({ name: `query ${key}=${show(value)}`, query: { ...base, [key]: value }, expect: { statuses: [400], field: `query.${key}` } });
    }
    if (!field.safeParse(["1", "2"]).success) {
      cases.push({ name: `query ${key} repeated`, query: { ...base, [key]: ["1", "2"] }, expect: { statuses: [400], field: `query.${key}` } });
    }
    if (key === "cursor") {
      // Accepted by the schema as a string; the list must refuse it when decoding, not query with it.
      for (const forged of ["!!!", Buffer.from('{"x":1}').toString("base64url"), Buffer.from("not json").toString("base64url")]) {
        cases.push({ name: `forged cursor ${show(forged)}`, query: { ...base, cursor: forged }, expect: { statuses: [400] } });
      }
    }
  }
  return cases;
}

function pathCases(op: ApiOperation, schema: z.ZodObject, validParams: Record<string, string>): BadCase[] {
  return pathParamNames(op).flatMap((name) => {
    const field = schema.shape[name] as z.ZodType;
    return PATH_CANDIDATES.map((value) => ({
      name: `path ${name}=${show(value)}`,
      params: { ...validParams, [name]: value },
      // A value the schema accepts reaches the handler, which must still refuse it without a 500.
      expect: field.safeParse(value).success ? { statuses: [400, 404] } : { statuses: [400], field: `params.${name}` },
    }));
  });
}

function bodyCases(op: ApiOperation, schema: z.ZodType): BadCase[] {
  const valid = validBody(schema, `${op.operationId} body`);
  const limit = op.bodyLimit ?? 1024 * 1024;
  const cases: BadCase[] = [
    { name: "malformed JSON", raw: { text: '{"broken": ', contentType: "application/json" }, expect: { statuses: [400] } },
    { name: "form-encoded body", raw: { text: "name=x", contentType: "application/x-www-form-urlencoded" }, expect: { statuses: [415] } },
    { name: "JSON array instead of an object", body: [], expect: { statuses: [400], field: "body" } },
    { name: "JSON string instead of an object", body: "text", expect: { statuses: [400], field: "body" } },
  ];
  if (!schema.safeParse(undefined).success) cases.push({ name: "no body", noBody: true, expect: { statuses: [400], field: "body" } });
  const shape = objectShapeOf(schema);
  if (!shape) throw new Error(`${op.operationId}: its body is not an object schema; teach lib/api/bad-input.int.test.ts its bad inputs`);
  cases.push({ name: "unknown field", body: { ...(valid as object), __unknown: 1 }, expect: { statuses: [400], field: "body.__unknown" } });
  for (const [key, field] of Object.entries(shape)) {
    const nested = (valid as Record<string, unknown>)[key];
    if (nested && typeof nested === "object" && !Array.isArray(nested)) {
      // The wrapper closes only the top level: a nested object must be z.strictObject itself.
      cases.push({ name: `unknown field in body.${key}`, body: withValueAt(valid, [key, "__unknown"], 1), expect: { statuses: [400], field: `body.${key}.__unknown` } });
    }
    if (!field.safeParse(undefined).success) {
      cases.push({ name: `missing ${key}`, body: withValueAt(valid, [key], undefined, true), expect: { statuses: [400], field: `body.${key}` } });
    }
    const current = (valid as Record<string, unknown>)[key];
    const wrong = wrongTypeFor(field, current);
    if (wrong !== undefined) {
      cases.push({ name: `${key} as ${JSON.stringify(wrong)}`, body: withValueAt(valid, [key], wrong), expect: { statuses: [400], field: `body.${key}` } });
    }
  }
  const overhead = JSON.stringify(valid).length + 256;
  for (const leaf of stringLeaves(schema, valid)) {
    const field = `body.${leaf.path.join(".")}`;
    // 100 kB: refused by the field's bound, or by the body limit before parsing (413).
    cases.push({
      name: `${field} of ${OVERSIZE} characters`,
      body: withValueAt(valid, leaf.path, "x".repeat(OVERSIZE)),
      expect: OVERSIZE + overhead > limit ? { statuses: [400, 413] } : { statuses: [400], field },
    });
    // Under a small body limit, the field's own bound must still hold for what fits.
    const fitting = limit - overhead;
    if (OVERSIZE + overhead > limit && fitting > (leaf.max ?? 0) && fitting > 0) {
      cases.push({ name: `${field} of ${fitting} characters (fits the body limit)`, body: withValueAt(valid, leaf.path, "x".repeat(fitting)), expect: { statuses: [400], field } });
    }
  }
  return cases;
}

function summarize(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" && v.length > 60 ? `<${v.length} chars>` : v));
  return text === undefined ? "none" : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

async function runCase(
  op: ApiOperation,
  handler: RouteHandler,
  valid: { params: Record<string, string>; body: unknown },
  c: BadCase,
): Promise<string | null> {
  const params = c.params ?? valid.params;
  const body = c.raw ? c.raw.text : c.noBody ? undefined : "body" in c ? c.body : valid.body;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(c.query ?? {})) for (const one of [v].flat()) query.append(k, one);
  const url = fillPath(op.path, params) + (query.size ? `?${query}` : "");
  const headers = headersFor(op);
  if (c.raw) headers["content-type"] = c.raw.contentType;
  const before = await readCounts();
  const result = await callRoute(handler, { method: op.method, url, params, body, headers });
  const after = await readCounts();

  const problems: string[] = [];
  if (!c.expect.statuses.includes(result.status)) problems.push(`status ${result.status}, expected ${c.expect.statuses.join(" or ")}`);
  if (result.status >= 400 && result.headers.get("content-type") !== "application/problem+json") problems.push("not problem+json");
  const problem = result.json as { code?: string; detail?: string; errors?: { path: string }[] } | undefined;
  if (result.status === 400 && c.expect.field) {
    const field = c.expect.field;
    const named = problem?.errors?.some((e) => e.path === field || e.path.startsWith(`${field}.`)) || problem?.detail?.includes(field);
    if (!named) problems.push(`does not name ${field}`);
  }
  const written = snapshotDiff(before, after);
  if (written.length > 0) problems.push(`wrote rows (${written.join(", ")})`);
  if (problems.length === 0) return null;
  const input = c.raw ? `raw ${c.raw.contentType} ${JSON.stringify(c.raw.text)}` : `body ${summarize(body)}`;
  return `${c.name}: ${problems.join("; ")} | ${op.method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url} ${input} | answered ${result.status} ${result.text.slice(0, 400)}`;
}

/** Every bad input the operation's schemas suggest, and what went wrong with each; empty when all refused cleanly. */
async function badInputFailures(op: ApiOperation, handler: RouteHandler): Promise<{ failures: string[]; cases: number }> {
  const schemas = enforcedSchemas(op);
  const sampled = (op.params ? sampleOf(op.params, `${op.operationId} params`) : {}) as Record<string, string>;
  const validParams = Object.fromEntries(Object.entries(sampled).map(([k, v]) => [k, caller.ids[fixtureName(k)] ?? v]));
  const valid = { params: validParams, body: schemas.body ? validBody(schemas.body, `${op.operationId} body`) : undefined };
  const cases = [
    ...queryCases(schemas.query as z.ZodObject),
    ...(op.params ? pathCases(op, schemas.params as z.ZodObject, validParams) : []),
    ...(schemas.body ? bodyCases(op, schemas.body) : []),
  ];
  const failures: string[] = [];
  for (const c of cases) {
    const failure = await runCase(op, handler, valid, c);
    if (failure) failures.push(failure);
  }
  return { failures, cases: cases.length };
}

describe("bad input on every registered operation", () => {
  it("covers operations that all have a route handler", () => {
    const missing = operations.filter((op) => !handlers.has(op)).map((op) => `${op.method} ${op.path}`);
    expect(missing).toEqual([]);
  });

  for (const op of operations) {
    it(`${op.method} ${op.path} (${op.operationId}, auth ${String(op.auth)})`, { timeout: 180_000 }, async () => {
      const handler = handlers.get(op);
      if (!handler) throw new Error(`${op.operationId} has no route handler`);
      const { failures, cases } = await badInputFailures(op, handler);
      expect(failures, `${failures.length} of ${cases} bad inputs were not refused cleanly`).toEqual([]);
    });
  }
});

describe("the suite itself", () => {
  it("reports a route with an unbounded string, a lax nested object and an unvalidated id", async () => {
    const lax = defineOperation({
      operationId: "laxCreateThing",
      method: "POST",
      path: "/things/{thingId}",
      summary: "A deliberately lax route",
      tags: [],
      auth: "required",
      permission: "jobs:create",
      params: z.object({ thingId: z.string().max(5000) }),
      body: z.object({ name: z.string(), options: z.object({ color: z.string().max(20) }) }),
      response: z.object({ ok: z.boolean() }),
      successStatus: 201,
    });
    const handler = withApi(lax, async ({ ctx, params, body }) => {
      // The id reaches SQL unchecked, and a valid-looking body writes a row.
      await db.$queryRaw`SELECT ${params.thingId}::uuid`;
      await withTenant({ organizationId: ctx.organizationId }, (tx) => appendAuditEvent(tx, auditActorOf(ctx), { action: "thing.created", changes: { name: body.name.slice(0, 10) } }));
      return { ok: true };
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const report = (await badInputFailures(lax, handler)).failures.join("\n");
    log.mockRestore();
    expect(report).toMatch(/path thingId="not-a-uuid": status 500, expected 400 or 404/);
    expect(report).toMatch(/body\.name of 100000 characters: status 201, expected 400; wrote rows \(audit_events: /);
    expect(report).toMatch(/unknown field in body\.options: status 201, expected 400; wrote rows/);
    expect(report).not.toMatch(/missing name/);
  });
});
