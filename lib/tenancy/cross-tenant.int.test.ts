import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { type ApiOperation, defineOperation } from "@/lib/api/define-operation";
import { operations } from "@/lib/api/operations";
import { enforcedSchemas } from "@/lib/api/parse-input";
import { withApi } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { callRoute, type RouteHandler, type RouteResult } from "@/lib/testing/call-route";
import { snapshotDiff, tenantFingerprintReader } from "@/lib/testing/db-snapshot";
import { fillPath, loadRouteHandlers, pathParamNames } from "@/lib/testing/route-registry";
import { bodyIdKeys, createTenantWorld, createViaCollection, fixtureName, isIdKey, type TenantWorld, worldHeaders } from "@/lib/testing/tenant-world";
import { sampleOf, validBody } from "@/lib/testing/zod-sample";

/*
 * Tenant isolation, driven by the operation registry and the server actions on disk: for every
 * route and action that takes an id, a caller of organization B using organization A's ids gets
 * a 404 (or an empty list), and nothing of A changes. B calls with a real API key (or a real
 * access token on account routes); A's resources are real rows. An id parameter with no fixture
 * fails the suite, so a new route cannot escape it.
 */

const state = vi.hoisted(() => {
  process.env.RATE_LIMIT_PER_MINUTE = "1000000";
  process.env.RATE_LIMIT_ORG_PER_MINUTE = "1000000";
  return {
    user: null as { id: string; email: string; name: string | null } | null,
    session: null as { user: { id: string; email: string; name: string | null }; sessionId: string; emailVerified: boolean } | null,
  };
});

// Server actions read the session and request headers; B's admin is the one signed in (with a real session row).
vi.mock("@/lib/auth/current-user", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(async () => state.user),
  getCurrentSession: vi.fn(async () => state.session),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.30", "user-agent": "cross-tenant suite" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

const isIdParam = (name: string) => /Id$/.test(name);
const idOperations = operations.filter((op) => pathParamNames(op).some(isIdParam) || bodyIdKeys(op).length > 0);
const listOperations = operations.filter((op) => op.method === "GET" && !op.params && String(op.auth) !== "public");

let handlers: Map<ApiOperation, RouteHandler>;
let A: TenantWorld;
let B: TenantWorld;
let readA: () => Promise<Record<string, string>>;
const fixtureProblems: string[] = [];

interface Slot {
  kind: "path" | "body";
  key: string;
}

function slotsOf(op: ApiOperation): Slot[] {
  return [
    ...pathParamNames(op).filter(isIdParam).map((key) => ({ kind: "path" as const, key })),
    ...bodyIdKeys(op).map((key) => ({ kind: "body" as const, key })),
  ];
}

/** Calls the operation as B, each id slot filled from the world `from` gives it. */
async function callAsB(op: ApiOperation, from: (slot: Slot) => TenantWorld): Promise<{ result: RouteResult; url: string; body: unknown }> {
  const handler = handlers.get(op);
  if (!handler) throw new Error(`${op.operationId} has no route handler`);
  const slots = slotsOf(op);
  const worldFor = (kind: Slot["kind"], key: string) => from(slots.find((s) => s.kind === kind && s.key === key)!);
  const nonIdParams = op.params ? (sampleOf(op.params, `${op.operationId} params`) as Record<string, string>) : {};
  const params = Object.fromEntries(
    pathParamNames(op).map((p) => [p, isIdParam(p) ? worldFor("path", p).ids[fixtureName(p)]! : nonIdParams[p]!]),
  );
  const schema = enforcedSchemas(op).body;
  const body = schema
    ? validBody(schema, `${op.operationId} body`, (key, field) => {
        if (!isIdKey(key)) return undefined;
        const id = worldFor("body", key).ids[fixtureName(key)];
        return field.safeParse([id]).success ? [id] : id;
      })
    : undefined;
  const url = fillPath(op.path, params);
  const result = await callRoute(handler, { method: op.method, url, params, body, headers: worldHeaders(B, op) });
  return { result, url, body };
}

const describeCall = (op: ApiOperation, url: string, body: unknown, result: RouteResult) =>
  `${op.method} ${url}${body === undefined ? "" : ` body ${JSON.stringify(body)}`} → ${result.status} ${result.text.slice(0, 300)}`;

function isEmptyList(result: RouteResult): boolean {
  const data = (result.json as { data?: unknown } | undefined)?.data;
  return result.status === 200 && Array.isArray(data) && data.length === 0;
}

/** Everything wrong with how one operation treats A's ids when B calls it; empty when isolated. */
async function isolationFailures(op: ApiOperation): Promise<string[]> {
  const slots = slotsOf(op);
  const failures: string[] = [];
  const variants: { name: string; from: (slot: Slot) => TenantWorld; strict: boolean }[] = [
    { name: "all of A's ids", from: () => A, strict: true },
    // With several ids, each of A's alongside B's own: a route must check every one of them.
    ...(slots.length > 1 ? slots.map((s) => ({ name: `A's ${s.key} with B's other ids`, from: (x: Slot) => (x.kind === s.kind && x.key === s.key ? A : B), strict: false })) : []),
  ];
  for (const variant of variants) {
    const before = await readA();
    const { result, url, body } = await callAsB(op, variant.from);
    const changed = snapshotDiff(before, await readA());
    // An id in the path names the resource: 404. An id only in the body may also be refused as invalid input.
    const allowed = variant.strict && slots.some((x) => x.kind === "path") ? [404] : [400, 404, 409, 422];
    const ok = allowed.includes(result.status) || (variant.strict && op.method === "GET" && isEmptyList(result));
    if (!ok) failures.push(`${variant.name}: expected ${allowed.join("/")}${variant.strict && op.method === "GET" ? " or an empty list" : ""}: ${describeCall(op, url, body, result)}`);
    if (result.status === 404 && result.headers.get("content-type") !== "application/problem+json") failures.push(`${variant.name}: 404 is not problem+json`);
    if (changed.length > 0) failures.push(`${variant.name}: changed A (${changed.join(", ")}): ${describeCall(op, url, body, result)}`);
  }
  // Control: B's own ids work on reads, so the 404s above are about the tenant, not a broken route.
  if (op.method === "GET") {
    const { result, url, body } = await callAsB(op, () => B);
    if (result.status !== 200) failures.push(`control with B's own ids: expected 200: ${describeCall(op, url, body, result)}`);
  }
  return failures;
}

beforeAll(async () => {
  handlers = await loadRouteHandlers();
  A = await createTenantWorld(handlers);
  B = await createTenantWorld(handlers);
  const names = new Set([...idOperations.flatMap((op) => slotsOf(op).map((s) => fixtureName(s.key))), ...actionIdParams().map(fixtureName)]);
  for (const name of names) {
    for (const world of [A, B]) {
      if (world.ids[name]) continue;
      try {
        await createViaCollection(world, name, operations, handlers);
      } catch (error) {
        fixtureProblems.push(`${name}: ${(error as Error).message}`);
      }
    }
    if (!A.ids[name] || !B.ids[name]) fixtureProblems.push(`${name}: no fixture; add one to lib/testing/tenant-world.ts`);
  }
  readA = await tenantFingerprintReader(A.admin.organization.id, A.userIds);
  state.user = { id: B.admin.user.id, email: B.admin.user.email, name: null };
  const browser = await db.userSession.create({ data: { userId: B.admin.user.id, kind: "BROWSER", expiresAt: new Date(Date.now() + 86_400_000) } });
  state.session = { user: state.user, sessionId: browser.id, emailVerified: true };
}, 300_000);

describe("cross-tenant isolation of REST routes", () => {
  it("has a fixture for every id a route or server action takes", () => {
    expect(fixtureProblems).toEqual([]);
    expect(idOperations.length).toBeGreaterThan(0);
  });

  for (const op of idOperations) {
    it(`${op.method} ${op.path} (${op.operationId})`, { timeout: 120_000 }, async () => {
      expect(await isolationFailures(op)).toEqual([]);
    });
  }

  for (const op of listOperations) {
    it(`${op.method} ${op.path} (${op.operationId}) shows nothing of A, even filtered by A's ids`, { timeout: 60_000 }, async () => {
      const handler = handlers.get(op);
      if (!handler) throw new Error(`${op.operationId} has no route handler`);
      const query = new URLSearchParams();
      for (const key of Object.keys(enforcedSchemas(op).query.shape)) {
        const id = key === "actor" ? A.admin.user.id : isIdKey(key) ? (A.ids[fixtureName(key)] ?? A.ids.teamId) : undefined;
        if (id) query.set(key, id);
      }
      const failures: string[] = [];
      for (const url of [op.path, ...(query.size ? [`${op.path}?${query}`] : [])]) {
        const before = await readA();
        const result = await callRoute(handler, { url, headers: worldHeaders(B, op) });
        const leaked = A.secrets.filter((secret) => result.text.includes(secret));
        if (result.status >= 500) failures.push(`${url} answered ${result.status}: ${result.text.slice(0, 300)}`);
        if (leaked.length > 0) failures.push(`${url} shows A's ${leaked.join(", ")}`);
        const changed = snapshotDiff(before, await readA());
        if (changed.length > 0) failures.push(`${url} changed A (${changed.join(", ")})`);
      }
      expect(failures).toEqual([]);
    });
  }
});

// Server actions: every exported function of a "use server" file whose parameters include an id.
const ROOT = process.cwd();
const SOURCE_DIRS = ["app", "components", "lib"];

interface ServerAction {
  file: string;
  name: string;
  params: string[];
  /** Declared types, by parameter name (`member` → `boolean`). */
  types: Record<string, string>;
}

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

function serverActions(): ServerAction[] {
  return SOURCE_DIRS.flatMap((dir) => serverActionFiles(path.join(ROOT, dir))).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/export async function (\w+)\(([^)]*)\)/g)].map((m) => {
      const declared = m[2]!.split(",").map((p) => p.trim()).filter(Boolean).map((p) => p.split(":").map((x) => x.trim()) as [string, string?]);
      return {
        file: path.relative(ROOT, file),
        name: m[1]!,
        params: declared.map(([name]) => name),
        types: Object.fromEntries(declared.map(([name, type]) => [name, type ?? "unknown"])),
      };
    }),
  );
}

function actionIdParams(): string[] {
  return serverActions().flatMap((a) => a.params.filter(isIdParam));
}

const idActions = serverActions().filter((a) => a.params.some(isIdParam));

/**
 * What the suite passes for a parameter: A's id for ids, `true` for a flag (the state-changing
 * choice, e.g. "add to team"), an empty object for form input (every field optional on updates,
 * and a use case must find the resource before judging the input anyway). Undefined: unknown.
 */
function argumentFor(action: ServerAction, param: string, world: TenantWorld): unknown {
  if (param === "orgSlug") return world.admin.organization.slug;
  if (isIdParam(param)) return world.ids[fixtureName(param)];
  const type = action.types[param];
  if (type === "boolean") return true;
  if (param === "input") return {};
  return undefined;
}

describe("cross-tenant isolation of server actions", () => {
  it("finds the server actions that take ids", () => {
    // Documents coverage in the report; an action with ids must also have parameters the suite can fill.
    const unfillable = idActions.flatMap((a) => a.params.filter((p) => argumentFor(a, p, A) === undefined).map((p) => `${a.file}#${a.name}(${p}: ${a.types[p]})`));
    expect(unfillable).toEqual([]);
  });

  for (const action of idActions) {
    it(`${action.file}#${action.name}(${action.params.join(", ")})`, { timeout: 60_000 }, async () => {
      const fn = ((await import(path.join(ROOT, action.file))) as Record<string, (...args: unknown[]) => Promise<unknown>>)[action.name]!;
      const failures: string[] = [];
      // In B's organization with A's ids, then naming A's organization outright.
      for (const slugOf of [B, A]) {
        const args = action.params.map((p) => (p === "orgSlug" ? slugOf.admin.organization.slug : argumentFor(action, p, A)));
        const before = await readA();
        let outcome: unknown;
        try {
          outcome = await fn(...args);
        } catch (error) {
          outcome = { thrown: (error as { digest?: string }).digest ?? String(error) };
        }
        const refused =
          (outcome as { ok?: boolean; code?: string }).ok === false && (outcome as { code?: string }).code === "not_found"
            ? true
            : /NEXT_HTTP_ERROR_FALLBACK;404/.test(String((outcome as { thrown?: string }).thrown ?? ""));
        if (!refused) failures.push(`${action.name}(${JSON.stringify(args)}) as B's admin answered ${JSON.stringify(outcome)}; expected not_found`);
        const changed = snapshotDiff(before, await readA());
        if (changed.length > 0) failures.push(`${action.name}(${JSON.stringify(args)}) changed A (${changed.join(", ")})`);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe("the suite itself", () => {
  it("reports a route that finds and renames a team by its id alone", async () => {
    const leaky = defineOperation({
      operationId: "leakyRenameTeam",
      method: "PUT",
      path: "/teams/{teamId}",
      summary: "A deliberately unscoped route",
      tags: [],
      auth: "required",
      permission: "users:update",
      params: z.object({ teamId: z.uuid() }),
      body: z.object({ name: z.string().max(100) }),
      response: z.object({ id: z.string() }),
    });
    // The mistake under test: the superuser client, the id alone, no tenant in the write.
    handlers.set(leaky, withApi(leaky, ({ params, body }) => db.team.update({ where: { id: params.teamId }, data: { name: body.name }, select: { id: true } })));
    try {
      const report = (await isolationFailures(leaky)).join("\n");
      expect(report).toMatch(/all of A's ids: expected 404: PUT \/teams\/[0-9a-f-]+ body .* → 200/);
      expect(report).toMatch(/changed A \(teams: 1:\w+ → 1:\w+\)/);
    } finally {
      handlers.delete(leaky);
    }
  });
});
