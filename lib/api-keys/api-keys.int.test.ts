import { describe, expect, it } from "vitest";
import { DELETE as revokeRoute } from "@/app/api/v1/api-keys/[keyId]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/api-keys/route";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { POST as startPing } from "@/app/api/v1/jobs/ping/route";
import type { ActorContext } from "@/lib/auth/context";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

const noParams = { params: Promise.resolve({}) };

function withKey(key: string, ip = "192.0.2.10") {
  return { authorization: `Bearer ${key}`, "x-forwarded-for": ip };
}

const jobsWith = (key: string, ip?: string) => listJobs(new Request("http://localhost/api/v1/jobs", { headers: withKey(key, ip) }), noParams);

function pingWith(key: string) {
  return startPing(
    new Request("http://localhost/api/v1/jobs/ping", {
      method: "POST",
      headers: { ...withKey(key), "content-type": "application/json" },
      body: JSON.stringify({ steps: 1, delayMs: 0 }),
    }),
    noParams,
  );
}

function postKey(key: string, body: unknown) {
  return createRoute(
    new Request("http://localhost/api/v1/api-keys", {
      method: "POST",
      headers: { ...withKey(key), "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    noParams,
  );
}

async function adminWithKey() {
  const admin = await createMember("ORG_ADMIN");
  const { key } = await createApiKey(admin.ctx, { name: "Admin automation", permissions: ["apikeys:manage", "jobs:read"] });
  return { ...admin, adminKey: key };
}

describe("API keys as bearer credentials", () => {
  it("act in their organization with exactly their permissions", async () => {
    const { ctx, organization } = await createMember("ORG_ADMIN");
    const { key, apiKey } = await createApiKey(ctx, { name: "Reader", permissions: ["jobs:read"] });
    expect(key).toMatch(/^ciq_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(apiKey.prefix + "_")).toBe(true);

    expect((await jobsWith(key)).status).toBe(200);
    const refused = await pingWith(key);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "forbidden" });
    expect(await db.jobRun.count({ where: { organizationId: organization.id } })).toBe(0);

    const writer = await createApiKey(ctx, { name: "Pinger", permissions: ["jobs:create"] });
    expect((await pingWith(writer.key)).status).toBe(202);
    expect((await jobsWith(writer.key)).status).toBe(403);
  });

  it("are refused (401) when wrong, revoked or expired", async () => {
    const { ctx } = await createMember("ORG_ADMIN");
    const { key, apiKey } = await createApiKey(ctx, { name: "Short-lived", permissions: ["jobs:read"] });
    expect((await jobsWith(key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"))).status).toBe(401);
    expect((await jobsWith("ciq_nothex")).status).toBe(401);

    await db.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await jobsWith(key)).status).toBe(401);
    await db.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: null } });
    expect((await jobsWith(key)).status).toBe(200);

    await revokeApiKey(ctx, apiKey.id);
    const revoked = await jobsWith(key);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ code: "unauthenticated" });
  });

  it("records last use at most once a minute, and a new IP as a security event once per IP", async () => {
    const { ctx, organization } = await createMember("ORG_ADMIN");
    const { key, apiKey } = await createApiKey(ctx, { name: "Server", permissions: ["jobs:read"] });
    const newIpEvents = () =>
      db.auditEvent.findMany({ where: { organizationId: organization.id, action: "api_key.used_from_new_ip" }, orderBy: { seq: "asc" } });

    await jobsWith(key, "192.0.2.1");
    const first = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(first.lastUsedIp).toBe("192.0.2.1");
    expect(first.lastUsedAt).not.toBeNull();
    await jobsWith(key, "192.0.2.1");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(first.lastUsedAt);

    await jobsWith(key, "192.0.2.2");
    await jobsWith(key, "192.0.2.1");
    await jobsWith(key, "192.0.2.2");
    const events = await newIpEvents();
    expect(events.map((e) => [e.ip, e.security, e.actorType, e.targetId])).toEqual([
      ["192.0.2.1", true, "API_KEY", apiKey.id],
      ["192.0.2.2", true, "API_KEY", apiKey.id],
    ]);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedIp).toBe("192.0.2.2");
    expect(await verifyAuditChain(organization.id)).toMatchObject({ valid: true });
  });
});

describe("managing API keys over REST", () => {
  it("creates a key once, lists it without any secret, and revokes it", async () => {
    const { adminKey, organization } = await adminWithKey();
    const created = await postKey(adminKey, { name: "CI export", permissions: ["jobs:read"], expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(created.status).toBe(201);
    const { key, apiKey } = await created.json();
    expect(apiKey).toMatchObject({ name: "CI export", permissions: ["jobs:read"], status: "active", lastUsedAt: null });

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    // The secret itself (base64url, may contain "_") is never stored, only its hash.
    expect(row.secretHash).not.toContain(key.slice("ciq_".length + 13));
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.createdById).toBeNull();
    const event = await db.auditEvent.findFirst({ where: { organizationId: organization.id, action: "api_key.created", targetId: apiKey.id } });
    expect(event).toMatchObject({ security: true, actorType: "API_KEY" });
    expect(JSON.stringify(event?.changes)).not.toContain(key);

    const list = await listRoute(new Request("http://localhost/api/v1/api-keys", { headers: withKey(adminKey) }), noParams);
    const text = await list.text();
    expect(list.status).toBe(200);
    expect(text).not.toContain(row.secretHash);
    expect(text).not.toMatch(/secretHash|"key"/);
    expect(JSON.parse(text).data.map((k: { name: string }) => k.name)).toEqual(["CI export", "Admin automation"]);

    const revoked = await revokeRoute(
      new Request(`http://localhost/api/v1/api-keys/${apiKey.id}`, { method: "DELETE", headers: withKey(adminKey) }),
      { params: Promise.resolve({ keyId: apiKey.id }) },
    );
    expect(revoked.status).toBe(204);
    expect((await jobsWith(key)).status).toBe(401);
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "api_key.revoked", targetId: apiKey.id } })).toBe(1);
  });

  it("cannot grant more than the creator holds", async () => {
    const { ctx, organization } = await adminWithKey();
    // An analyst with apikeys:manage through a custom role, but no audit:read.
    const analyst = await createMember("ANALYST", organization.id);
    const analystCtx: ActorContext = { ...analyst.ctx, permissions: [...analyst.ctx.permissions, "apikeys:manage"] };
    await expect(createApiKey(analystCtx, { name: "Escalation", permissions: ["jobs:read", "audit:read"] })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("audit:read"),
    });
    // A key with apikeys:manage creates keys only within its own permissions, too.
    const narrow = await createApiKey(ctx, { name: "Narrow", permissions: ["apikeys:manage"] });
    const response = await postKey(narrow.key, { name: "Wider", permissions: ["apikeys:manage", "jobs:read"] });
    expect(response.status).toBe(403);
    expect(await db.apiKey.count({ where: { organizationId: organization.id, name: { in: ["Escalation", "Wider"] } } })).toBe(0);
  });

  it("hides other organizations' keys: 404 on revoke, absent from lists, unchanged", async () => {
    const a = await adminWithKey();
    const b = await adminWithKey();
    const { apiKey } = await createApiKey(a.ctx, { name: "A's key", permissions: ["jobs:read"] });
    await expect(revokeApiKey(b.ctx, apiKey.id)).rejects.toMatchObject({ status: 404 });
    const response = await revokeRoute(
      new Request(`http://localhost/api/v1/api-keys/${apiKey.id}`, { method: "DELETE", headers: withKey(b.adminKey) }),
      { params: Promise.resolve({ keyId: apiKey.id }) },
    );
    expect(response.status).toBe(404);
    expect((await listApiKeys(b.ctx, { limit: 50 })).data.map((k) => k.id)).not.toContain(apiKey.id);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).revokedAt).toBeNull();
  });

  it("requires apikeys:manage", async () => {
    const viewer = await createMember("VIEWER");
    await expect(createApiKey(viewer.ctx, { name: "x", permissions: ["jobs:read"] })).rejects.toMatchObject({ status: 403 });
    await expect(listApiKeys(viewer.ctx, { limit: 10 })).rejects.toMatchObject({ status: 403 });
  });

  it("pages with a cursor and refuses a forged one", async () => {
    const { ctx, adminKey } = await adminWithKey();
    for (const name of ["one", "two", "three"]) await createApiKey(ctx, { name, permissions: ["jobs:read"] });
    const get = (query: string) => listRoute(new Request(`http://localhost/api/v1/api-keys${query}`, { headers: withKey(adminKey) }), noParams);
    const first = await (await get("?limit=2")).json();
    const second = await (await get(`?limit=2&cursor=${first.nextCursor}`)).json();
    expect([...first.data, ...second.data].map((k: { name: string }) => k.name)).toEqual(["three", "two", "one", "Admin automation"]);
    expect(second.nextCursor).toBeNull();
    const forged = Buffer.from(JSON.stringify({ id: "nope" })).toString("base64url");
    expect((await get(`?cursor=${forged}`)).status).toBe(400);
  });
});

describe("bad input on the API key routes", () => {
  const future = () => new Date(Date.now() + 86_400_000).toISOString();
  const cases: [string, unknown, string][] = [
    ["missing name", { permissions: ["jobs:read"] }, "body.name"],
    ["blank name", { name: "   ", permissions: ["jobs:read"] }, "body.name"],
    ["oversize name", { name: "x".repeat(101), permissions: ["jobs:read"] }, "body.name"],
    ["wrong type", { name: "x", permissions: "jobs:read" }, "body.permissions"],
    ["no permissions", { name: "x", permissions: [] }, "body.permissions"],
    ["unknown permission", { name: "x", permissions: ["root:all"] }, "body.permissions.0"],
    ["duplicate permission", { name: "x", permissions: ["jobs:read", "jobs:read"] }, "body.permissions"],
    ["past expiry", { name: "x", permissions: ["jobs:read"], expiresAt: "2001-01-01T00:00:00Z" }, "body.expiresAt"],
    ["malformed expiry", { name: "x", permissions: ["jobs:read"], expiresAt: "tomorrow" }, "body.expiresAt"],
    ["unknown field", { name: "x", permissions: ["jobs:read"], expiresAt: future(), secret: "mine" }, "body.secret"],
  ];

  it.each(cases)("POST /api-keys, %s → 400 naming the field, nothing written", async (_name, body, path) => {
    const { adminKey, organization } = await adminWithKey();
    const before = await db.apiKey.count({ where: { organizationId: organization.id } });
    const response = await postKey(adminKey, body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await db.apiKey.count({ where: { organizationId: organization.id } })).toBe(before);
  });

  it("DELETE /api-keys/{keyId} with a malformed id → 400", async () => {
    const { adminKey } = await adminWithKey();
    const response = await revokeRoute(
      new Request("http://localhost/api/v1/api-keys/nope", { method: "DELETE", headers: withKey(adminKey) }),
      { params: Promise.resolve({ keyId: "nope" }) },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ path: "params.keyId" })]);
  });

  it("GET /api-keys with a bad limit or an unknown parameter → 400", async () => {
    const { adminKey } = await adminWithKey();
    for (const query of ["?limit=0", "?limit=abc", "?limit=201", "?secret=1"]) {
      const response = await listRoute(new Request(`http://localhost/api/v1/api-keys${query}`, { headers: withKey(adminKey) }), noParams);
      expect(response.status).toBe(400);
    }
  });
});
