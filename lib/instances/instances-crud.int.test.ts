import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMember, createUser } from "@/lib/testing/factories";
import { asCaller, call } from "./testing/instance-routes";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

const PASSWORD = "crud-Secret-Passw0rd";
const basicAuth = { type: "basic", username: "integration", password: PASSWORD } as const;
const validBody = (name = "Production GRC") => ({ name, url: "https://acme.service-now.com", auth: basicAuth });

type Json = Record<string, unknown>;
const errorPaths = (json: unknown) => ((json as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

async function counts(organizationId: string) {
  const [instances, audit] = await Promise.all([
    db.serviceNowInstance.count({ where: { organizationId } }),
    db.auditEvent.count({ where: { organizationId } }),
  ]);
  return { instances, audit };
}

describe("instances REST: create, read, list, update, delete", () => {
  it("goes through the whole life cycle with masked credentials and an audit entry per change", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);

    const created = await call(me, "create", { body: { ...validBody(), syncSchedule: { type: "cron", expression: "0 6 * * 1-5" } } });
    expect(created.status, created.text).toBe(201);
    const instance = created.json as Json;
    expect(instance).toMatchObject({
      name: "Production GRC",
      url: "https://acme.service-now.com",
      auth: { type: "basic", username: "integration", secret: "••••••••" },
      syncSchedule: { type: "cron", expression: "0 6 * * 1-5" },
      health: "unknown",
      lastSyncAt: null,
    });
    expect(new Date(instance.nextSyncAt as string).getUTCHours()).toBe(6);
    expect(created.text).not.toContain(PASSWORD);
    const id = instance.id as string;

    expect((await call(me, "get", { instanceId: id })).json).toEqual(instance);
    const list = await call(me, "list");
    expect(list.status).toBe(200);
    expect((list.json as { data: Json[] }).data.map((i) => i.id)).toEqual([id]);

    const renamed = await call(me, "update", { instanceId: id, body: { name: "Prod", syncSchedule: { type: "hourly" } } });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.json).toMatchObject({ name: "Prod", syncSchedule: { type: "hourly" }, auth: { username: "integration" } });
    const row = await db.serviceNowInstance.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ syncSchedule: "HOURLY", syncCron: null });
    expect(row.nextSyncAt?.getUTCMinutes()).toBe(0);

    // New credentials replace the old ones; the URL may change together with them.
    const moved = await call(me, "update", {
      instanceId: id,
      body: { url: "https://acme2.service-now.com/", auth: { type: "oauth", clientId: "ciq", clientSecret: "s3cr3t-client", username: "svc", password: "n3w-Passw0rd" } },
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json).toMatchObject({ url: "https://acme2.service-now.com", auth: { type: "oauth", clientId: "ciq", username: "svc" } });

    const removed = await call(me, "delete", { instanceId: id });
    expect(removed.status).toBe(204);
    expect((await call(me, "get", { instanceId: id })).status).toBe(404);
    expect((await call(me, "delete", { instanceId: id })).status).toBe(404);

    const audit = await db.auditEvent.findMany({ where: { organizationId: admin.organization.id, targetId: id }, orderBy: { seq: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["instance.created", "instance.updated", "instance.updated", "instance.deleted"]);
    expect(audit[0]).toMatchObject({ actorId: admin.user.id, userAgent: "instances-test", ip: "192.0.2.80" });
    expect(audit[1]!.changes).toMatchObject({ name: { from: "Production GRC", to: "Prod" } });
    expect(audit[2]).toMatchObject({ security: true, changes: { auth: { type: "oauth", replaced: true } } });
  });

  it("answers 409 for a second instance of the same name, on create and on rename, and writes nothing", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);
    expect((await call(me, "create", { body: validBody("One") })).status).toBe(201);
    const two = (await call(me, "create", { body: validBody("Two") })).json as Json;
    const before = await counts(admin.organization.id);

    const duplicate = await call(me, "create", { body: validBody("One") });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json).toMatchObject({ code: "conflict" });
    expect(errorPaths(duplicate.json)).toEqual(["name"]);
    const rename = await call(me, "update", { instanceId: two.id as string, body: { name: "One" } });
    expect(rename.status).toBe(409);
    expect(await counts(admin.organization.id)).toEqual(before);

    // The same name in another organization is fine.
    const other = await createMember("ORG_ADMIN");
    expect((await call(asCaller(other), "create", { body: validBody("One") })).status).toBe(201);
  });

  it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);
    const existing = (await call(me, "create", { body: validBody("Existing") })).json as Json;
    const before = await counts(admin.organization.id);
    // The schema's errors name the body field; the deployment's host policy (applied by the use
    // case, so forms get it too) names the input field.
    const cases: [string, unknown, string][] = [
      ["http to a remote host", { ...validBody(), url: "http://acme.service-now.com" }, "url"],
      ["a path", { ...validBody(), url: "https://acme.service-now.com/now/nav/ui" }, "body.url"],
      ["a query", { ...validBody(), url: "https://acme.service-now.com?sysparm=1" }, "body.url"],
      ["credentials in the URL", { ...validBody(), url: "https://admin:admin@acme.service-now.com" }, "body.url"],
      ["another host", { ...validBody(), url: "https://attacker.example.com" }, "url"],
      ["a look-alike host", { ...validBody(), url: "https://acme.service-now.com.attacker.example" }, "url"],
      ["not a URL", { ...validBody(), url: "acme" }, "body.url"],
      ["a number as URL", { ...validBody(), url: 42 }, "body.url"],
      ["a missing name", { url: "https://acme.service-now.com", auth: basicAuth }, "body.name"],
      ["an oversize name", { ...validBody("n".repeat(101)) }, "body.name"],
      ["an empty name", { ...validBody("   ") }, "body.name"],
      ["an unknown field", { ...validBody(), owner: "me" }, "body.owner"],
      ["an unknown auth field", { ...validBody(), auth: { ...basicAuth, token: "x" } }, "body.auth.token"],
      ["an unknown auth type", { ...validBody(), auth: { type: "kerberos", username: "u", password: "p" } }, "body.auth.type"],
      ["OAuth without a client secret", { ...validBody(), auth: { type: "oauth", clientId: "c", username: "u", password: "p" } }, "body.auth.clientSecret"],
      ["an empty password", { ...validBody(), auth: { ...basicAuth, password: "" } }, "body.auth.password"],
      ["an oversize password", { ...validBody(), auth: { ...basicAuth, password: "p".repeat(1025) } }, "body.auth.password"],
      ["a bad cron", { ...validBody(), syncSchedule: { type: "cron", expression: "61 * * * *" } }, "body.syncSchedule.expression"],
      ["a too frequent cron", { ...validBody(), syncSchedule: { type: "cron", expression: "* * * * *" } }, "body.syncSchedule.expression"],
      ["a cron with seconds", { ...validBody(), syncSchedule: { type: "cron", expression: "0 0 6 * * *" } }, "body.syncSchedule.expression"],
      ["an unknown schedule", { ...validBody(), syncSchedule: { type: "weekly" } }, "body.syncSchedule.type"],
      ["a taken name", { ...validBody("Existing") }, "name"],
    ];
    for (const [label, body, path] of cases) {
      const result = await call(me, "create", { body });
      const expected = label === "a taken name" ? 409 : 400;
      expect(result.status, `${label}: ${result.text}`).toBe(expected);
      expect(result.headers.get("content-type")).toContain("application/problem+json");
      expect(errorPaths(result.json), label).toContain(path);
    }
    const malformed = await call(me, "create", { body: "{not json" });
    expect(malformed.status).toBe(400);

    const updates: [string, unknown, string][] = [
      ["a new URL without credentials", { url: "https://other.service-now.com" }, "auth"],
      ["a bad URL", { url: "https://other.service-now.com/x" }, "body.url"],
      ["an unknown field", { health: "healthy" }, "body.health"],
      ["a wrong type", { name: 5 }, "body.name"],
    ];
    for (const [label, body, path] of updates) {
      const result = await call(me, "update", { instanceId: existing.id as string, body });
      expect(result.status, `${label}: ${result.text}`).toBe(400);
      expect(errorPaths(result.json), label).toContain(path);
    }
    expect((await call(me, "get", { instanceId: "not-a-uuid" })).status).toBe(400);
    expect((await call(me, "list", { query: "cursor=%%%" })).status).toBe(400);
    expect((await call(me, "list", { query: "limit=0" })).status).toBe(400);
    expect(await counts(admin.organization.id)).toEqual(before);
    const unchanged = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: existing.id as string } });
    expect(unchanged.url).toBe("https://acme.service-now.com");
  });

  it("pages the list with an opaque cursor", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);
    for (const name of ["C", "A", "B"]) expect((await call(me, "create", { body: validBody(name) })).status).toBe(201);
    const first = (await call(me, "list", { query: "limit=2" })).json as { data: Json[]; nextCursor: string };
    expect(first.data.map((i) => i.name)).toEqual(["A", "B"]);
    const second = (await call(me, "list", { query: `limit=2&cursor=${first.nextCursor}` })).json as { data: Json[]; nextCursor: null };
    expect(second.data.map((i) => i.name)).toEqual(["C"]);
    expect(second.nextCursor).toBeNull();
  });

  it("requires a verified email address to connect an instance or change its connection", async () => {
    const admin = await createMember("ORG_ADMIN");
    const created = (await call(asCaller(admin), "create", { body: validBody("Verified") })).json as Json;
    await db.user.update({ where: { id: admin.user.id }, data: { emailVerifiedAt: null } });
    const before = await counts(admin.organization.id);
    const create = await call(asCaller(admin), "create", { body: validBody("Unverified") });
    expect(create.status).toBe(403);
    expect(create.json).toMatchObject({ code: "email_not_verified" });
    const reconnect = await call(asCaller(admin), "update", { instanceId: created.id as string, body: { auth: basicAuth } });
    expect(reconnect.json).toMatchObject({ code: "email_not_verified" });
    // Renaming is not connecting.
    expect((await call(asCaller(admin), "update", { instanceId: created.id as string, body: { name: "Renamed" } })).status).toBe(200);
    expect((await counts(admin.organization.id)).instances).toBe(before.instances);
  });

  it("lets a Viewer read but not change instances", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const id = ((await call(asCaller(admin), "create", { body: validBody() })).json as Json).id as string;
    const me = asCaller(viewer);
    expect((await call(me, "get", { instanceId: id })).status).toBe(200);
    expect((await call(me, "health", { instanceId: id })).status).toBe(200);
    for (const [route, body] of [["create", validBody("V")], ["update", { name: "V" }], ["delete", undefined], ["test", undefined]] as const) {
      const result = await call(me, route, { instanceId: id, body });
      expect(result.status, route).toBe(403);
      expect(result.json).toMatchObject({ code: "forbidden" });
    }
    expect(await db.serviceNowInstance.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Production GRC" });
  });

  it("answers 404 to another organization for every instance route, lists nothing of it and changes nothing", async () => {
    const a = await createMember("ORG_ADMIN");
    const b = await createMember("ORG_ADMIN");
    const aId = ((await call(asCaller(a), "create", { body: validBody("A's instance") })).json as Json).id as string;
    const snapshot = async () => ({
      instance: await db.serviceNowInstance.findUniqueOrThrow({ where: { id: aId } }),
      checks: await db.instanceHealthCheck.count({ where: { instanceId: aId } }),
      audit: await db.auditEvent.count({ where: { organizationId: a.organization.id } }),
    });
    const before = await snapshot();
    const asB = asCaller(b);
    const cases = [
      ["get", undefined],
      ["update", { name: "Taken over" }],
      ["update", { auth: basicAuth, url: "https://attacker.service-now.com" }],
      ["delete", undefined],
      ["test", undefined],
      ["health", undefined],
    ] as const;
    for (const [route, body] of cases) {
      const result = await call(asB, route, { instanceId: aId, body });
      expect(result.status, `${route}: ${result.text}`).toBe(404);
      expect(result.text).not.toContain("A's instance");
    }
    expect(((await call(asB, "list")).json as { data: unknown[] }).data).toEqual([]);
    // A user of B naming A's organization is refused before anything is read.
    const outsider = await createUser();
    expect((await call({ user: outsider, organizationId: a.organization.id }, "get", { instanceId: aId })).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});
