import { redirect } from "next/navigation";
import { afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";
import type { ActorContext } from "@/lib/auth/context";
import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import { defineOperation } from "./define-operation";
import { asMember } from "@/lib/testing/memberships";
import { withApi } from "./with-api";

vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn() }));
vi.mock("@/lib/organizations/queries", () => ({ findMembership: vi.fn(), listOrganizationsForUser: vi.fn() }));

const ORG_ID = "0198f3b2-0000-7000-8000-0000000000a1";
const THING_ID = "0198f3b2-0000-7000-8000-00000000c0de";

const createThing = defineOperation({
  operationId: "createThing",
  method: "POST",
  path: "/things/{thingId}",
  summary: "Create a thing",
  tags: ["Things"],
  auth: "required",
  permission: "jobs:create",
  params: z.object({ thingId: z.uuid() }),
  query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
  body: z.object({ name: z.string().min(1), steps: z.array(z.string()).max(3) }),
  bodyLimit: 256,
  response: z.object({ id: z.uuid(), name: z.string(), createdAt: z.date() }),
  successStatus: 201,
});

const handler = vi.fn();
const POST = withApi(createThing, handler);

const ping = defineOperation({
  operationId: "ping",
  method: "GET",
  path: "/ping",
  summary: "Ping",
  tags: ["Meta"],
  auth: "public",
});
const publicHandler = vi.fn();
const GET = withApi(ping, publicHandler);

const context = (params: Record<string, string> = { thingId: THING_ID }) => ({ params: Promise.resolve(params) });

function postThing(body: unknown, { headers = {}, query = "" }: { headers?: Record<string, string>; query?: string } = {}) {
  return POST(
    new Request(`http://localhost/api/v1/things/${THING_ID}${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    context(),
  );
}

const pingFrom = (ip: string, headers: Record<string, string> = {}) =>
  GET(new Request("http://localhost/api/v1/ping", { headers: { "x-forwarded-for": ip, ...headers } }), context({}));

beforeAll(() => {
  vi.stubEnv("REDIS_URL", "");
  vi.stubEnv("RATE_LIMIT_PER_MINUTE", "5");
});

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(getCurrentUser).mockResolvedValue({ id: `user-${crypto.randomUUID()}`, email: "a@example.com", name: null });
  vi.mocked(listOrganizationsForUser).mockResolvedValue([asMember({ id: ORG_ID, name: "Acme", slug: "acme" }, "ANALYST")]);
  handler.mockImplementation(async ({ params, body }) => ({
    id: params.thingId,
    name: body.name,
    createdAt: new Date("2026-01-02T03:04:05.678Z"),
  }));
});

afterEach(() => vi.restoreAllMocks());

describe("withApi", () => {
  it("runs the handler with the caller and parsed input and serialises the result", async () => {
    const response = await postThing({ name: "Audit", steps: ["a"] }, { headers: { "x-request-id": "trace-1.a_B" }, query: "?dryRun=true" });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-request-id")).toBe("trace-1.a_B");
    expect(response.headers.get("ratelimit-limit")).toBe("5");
    expect(response.headers.get("ratelimit-remaining")).toBe("4");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ id: THING_ID, name: "Audit", createdAt: "2026-01-02T03:04:05.678Z" });
    expect(handler).toHaveBeenCalledWith(
      expect.objectContaining({
        ctx: expect.objectContaining({ organizationId: ORG_ID, actorType: "user", requestId: "trace-1.a_B" }),
        params: { thingId: THING_ID },
        query: { dryRun: "true" },
        body: { name: "Audit", steps: ["a"] },
        requestId: "trace-1.a_B",
      }),
    );
  });

  it("sends only the fields the response schema lists", async () => {
    handler.mockResolvedValue({ id: THING_ID, name: "x", createdAt: new Date(), passwordHash: "secret" });
    expect(await (await postThing({ name: "x", steps: [] })).json()).not.toHaveProperty("passwordHash");
  });

  it("generates a request id when the incoming one is not a sane token", async () => {
    const response = await postThing({ name: "x", steps: [] }, { headers: { "x-request-id": "bad id\u0007" } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects an unknown body field, naming it", async () => {
    const response = await postThing({ name: "x", steps: [], admin: true });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({ code: "validation_failed", errors: [{ path: "body.admin", message: "Unknown field" }] });
    expect(problem.requestId).toBe(response.headers.get("x-request-id"));
    expect(handler).not.toHaveBeenCalled();
  });

  it("rejects a wrong type, naming the field", async () => {
    const problem = await (await postThing({ name: "x", steps: "all" })).json();
    expect(problem.errors).toEqual([{ path: "body.steps", message: expect.stringMatching(/expected array/) }]);
  });

  it("reports params, query and body mistakes together", async () => {
    const response = await POST(
      new Request("http://localhost/api/v1/things/nope?dryRun=maybe&color=red", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ steps: [] }),
      }),
      context({ thingId: "nope" }),
    );
    const paths = (await response.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(["params.thingId", "query.dryRun", "query.color", "body.name"]);
  });

  it("answers 400 for malformed JSON, 415 for another content type and 413 over the body limit", async () => {
    expect(await (await postThing('{"name":')).json()).toMatchObject({ status: 400, code: "bad_request" });
    const form = await postThing("name=x", { headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const big = await postThing({ name: "x".repeat(300), steps: [] });
    expect(await big.json()).toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("answers 401 without a session and 403 without the permission", async () => {
    vi.mocked(getCurrentUser).mockResolvedValueOnce(null);
    expect((await postThing({ name: "x", steps: [] })).status).toBe(401);

    vi.mocked(listOrganizationsForUser).mockResolvedValue([asMember({ id: ORG_ID, name: "Acme", slug: "acme" }, "VIEWER")]);
    const forbidden = await postThing({ name: "x", steps: [], unknown: 1 });
    expect(await forbidden.json()).toMatchObject({ status: 403, code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes the handler's AppError through as a problem", async () => {
    handler.mockRejectedValue(new AppError("conflict", "A thing with this name exists"));
    expect(await (await postThing({ name: "x", steps: [] })).json()).toMatchObject({
      status: 409,
      detail: "A thing with this name exists",
    });
  });

  it("hides unexpected errors behind a logged 500 with the request id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    handler.mockRejectedValue(new Error("relation \"things\" does not exist"));
    const response = await postThing({ name: "x", steps: [] }, { headers: { "x-request-id": "req-500" } });
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 500, code: "internal_error", requestId: "req-500" });
    expect(problem.detail).not.toMatch(/relation/);
    expect(log.mock.calls[0]?.[0]).toContain("req-500");
  });

  it("treats a result its response schema rejects as a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    handler.mockResolvedValue({ id: "not-a-uuid" });
    expect((await postThing({ name: "x", steps: [] })).status).toBe(500);
  });

  it("lets Next.js control-flow errors through", async () => {
    handler.mockImplementation(() => redirect("/login"));
    await expect(postThing({ name: "x", steps: [] })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });
});

describe("withApi on a public route", () => {
  it("answers 204 without a response schema and rejects unknown query parameters", async () => {
    const ok = await pingFrom("198.51.100.1");
    expect(ok.status).toBe(204);
    expect(await ok.text()).toBe("");
    expect(publicHandler).toHaveBeenCalledWith(expect.objectContaining({ ctx: null }));
    expect(getCurrentUser).not.toHaveBeenCalled();

    const typo = await GET(new Request("http://localhost/api/v1/ping?limt=5"), context({}));
    expect(await typo.json()).toMatchObject({ status: 400, errors: [{ path: "query.limt" }] });
  });

  it("limits per client IP and answers 429 with Retry-After and RateLimit-* headers", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await pingFrom("198.51.100.2")).status);
    expect(statuses).toEqual([204, 204, 204, 204, 204]);
    const limited = await pingFrom("198.51.100.2, 10.0.0.1", { "x-request-id": "req-429" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("ratelimit-limit")).toBe("5");
    expect(limited.headers.get("x-request-id")).toBe("req-429");
    expect(await limited.json()).toMatchObject({ code: "rate_limited", requestId: "req-429" });
    expect((await pingFrom("198.51.100.3")).status).toBe(204);
  });
});

describe("withApi types", () => {
  it("types the handler's input and result from the operation", () => {
    withApi(createThing, ({ ctx, params, query, body }) => {
      expectTypeOf(ctx).toEqualTypeOf<ActorContext>();
      expectTypeOf(params).toEqualTypeOf<{ thingId: string }>();
      expectTypeOf(query.dryRun).toEqualTypeOf<"true" | "false" | undefined>();
      expectTypeOf(body).toEqualTypeOf<{ name: string; steps: string[] }>();
      return { id: params.thingId, name: body.name, createdAt: new Date() };
    });
    withApi(ping, ({ ctx, body }) => {
      expectTypeOf(ctx).toBeNull();
      expectTypeOf(body).toBeUndefined();
    });
    // @ts-expect-error the result must match the response schema
    withApi(createThing, () => ({ id: THING_ID }));
  });

  it("requires a permission on authenticated operations and refuses one on public operations", () => {
    const base = { operationId: "x", method: "GET", path: "/x", summary: "x", tags: [] } as const;
    // @ts-expect-error an authenticated operation must name its permission
    defineOperation({ ...base, auth: "required" });
    // @ts-expect-error a public operation checks no permission
    defineOperation({ ...base, auth: "public", permission: "jobs:read" });
    // @ts-expect-error a user operation acts on the caller's own account, with no permission to check
    defineOperation({ ...base, auth: "user", permission: "jobs:read" });
    expect(true).toBe(true);
  });
});

describe("withApi on a user route (the caller's own account)", () => {
  const setNote = defineOperation({
    operationId: "setNote",
    method: "POST",
    path: "/me/note",
    summary: "Set a note",
    tags: ["Me"],
    auth: "user",
    body: z.object({ note: z.string().max(5) }),
    response: z.object({ userId: z.string() }),
  });
  const userHandler = vi.fn();
  const SET_NOTE = withApi(setNote, userHandler);
  const send = (body: unknown, headers: Record<string, string> = {}) =>
    SET_NOTE(
      new Request("http://localhost/api/v1/me/note", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
      context({}),
    );

  beforeEach(() => {
    userHandler.mockImplementation(async ({ ctx }) => ({ userId: ctx.userId }));
  });

  it("gives the handler the signed-in user, without choosing an organization", async () => {
    const response = await send({ note: "hi" }, { "x-request-id": "req-user" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const user = await vi.mocked(getCurrentUser).mock.results[0]?.value;
    expect(await response.json()).toEqual({ userId: user.id });
    expect(userHandler).toHaveBeenCalledWith(
      expect.objectContaining({ ctx: { userId: user.id, email: user.email, requestId: "req-user" }, body: { note: "hi" } }),
    );
    expect(listOrganizationsForUser).not.toHaveBeenCalled();
  });

  it("answers 401 without a session, 403 for an API key and 400 for bad input", async () => {
    vi.mocked(getCurrentUser).mockResolvedValueOnce(null);
    expect((await send({ note: "hi" })).status).toBe(401);
    const key = await send({ note: "hi" }, { authorization: `Bearer ciq_0123456789ab_${"a".repeat(43)}` });
    expect(await key.json()).toMatchObject({ status: 403, code: "forbidden" });
    expect(await (await send({ note: "too long" })).json()).toMatchObject({ status: 400, errors: [{ path: "body.note" }] });
    expect(userHandler).not.toHaveBeenCalled();
  });

  it("types the handler's caller as a user", () => {
    withApi(setNote, ({ ctx }) => {
      expectTypeOf(ctx).toEqualTypeOf<UserCaller>();
      return { userId: ctx.userId };
    });
    expect(true).toBe(true);
  });
});
