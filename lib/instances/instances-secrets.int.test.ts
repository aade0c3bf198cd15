import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { createMember } from "@/lib/testing/factories";
import { checkInstanceHealth, healthJobContext } from "./check-instance-health";
import { openCredentials, openTokens } from "./credentials";
import { instanceClient } from "./instance-client";
import { asCaller, call } from "./testing/instance-routes";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));
// Every log line is printed (and captured below), debug included.
vi.mock("@/lib/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/env")>();
  return { ...original, env: () => ({ ...original.env(), LOG_LEVEL: "debug" }) };
});

const USER = "integration.user";
const PASSWORD = "Sup3r-Secret-Pa55word!";
const CLIENT_ID = "ciq-secret-test";
const CLIENT_SECRET = "Client-Secret-Value-9f8e7d";
const SECOND_PASSWORD = "An0ther-Pa55word-Never-Shown";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    size: "small",
    quiet: true,
    users: [{ username: USER, password: PASSWORD }],
    oauthClients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }],
  });
});
afterAll(() => sim?.close());

// Everything the process prints while the routes run.
const printed: string[] = [];
beforeAll(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
});

describe("instance credentials", () => {
  it("never appear in any instance route's response, in audit entries, health records or logs", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);
    const responses: string[] = [];
    const record = async (result: Awaited<ReturnType<typeof call>>, status: number) => {
      expect(result.status, result.text).toBe(status);
      responses.push(result.text, JSON.stringify([...result.headers.entries()]));
      return result.json as Record<string, unknown>;
    };

    const created = await record(
      await call(me, "create", {
        body: { name: "Secret-keeping", url: sim.url, auth: { type: "oauth", clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, username: USER, password: PASSWORD } },
      }),
      201,
    );
    const id = created.id as string;
    await record(await call(me, "list"), 200);
    await record(await call(me, "get", { instanceId: id }), 200);
    const tested = await record(await call(me, "test", { instanceId: id }), 200);
    expect(tested.ok).toBe(true);
    // The job's check with the stored tokens, then with credentials that fail.
    expect(await checkInstanceHealth(healthJobContext(admin.organization.id), id)).toMatchObject({ health: "healthy" });
    const row = await db.serviceNowInstance.findUniqueOrThrow({ where: { id } });
    const tokens = openTokens(id, row.tokensEnc);
    expect(tokens?.refreshToken).toBeTruthy();

    await record(await call(me, "update", { instanceId: id, body: { name: "Renamed", syncSchedule: { type: "daily" } } }), 200);
    await record(await call(me, "update", { instanceId: id, body: { auth: { type: "basic", username: USER, password: SECOND_PASSWORD } } }), 200);
    const failed = await record(await call(me, "test", { instanceId: id }), 200);
    expect(failed).toMatchObject({ ok: false, health: "auth_failed" });
    await checkInstanceHealth(healthJobContext(admin.organization.id), id);
    await record(await call(me, "health", { instanceId: id }), 200);
    // A bad request echoes nothing of what was sent either.
    await record(await call(me, "update", { instanceId: id, body: { auth: { type: "basic", username: USER, password: PASSWORD, extra: PASSWORD } } }), 400);
    await record(await call(me, "create", { body: { name: "x".repeat(200), url: sim.url, auth: { type: "basic", username: USER, password: PASSWORD } } }), 400);

    const secrets = [PASSWORD, CLIENT_SECRET, SECOND_PASSWORD, tokens!.accessToken, tokens!.refreshToken!];
    const basicHeader = Buffer.from(`${USER}:${PASSWORD}`).toString("base64");
    secrets.push(basicHeader);

    const audit = await db.$queryRaw<{ j: string }[]>`SELECT row_to_json(a)::text AS j FROM audit_events a WHERE organization_id = ${admin.organization.id}::uuid`;
    expect(audit.length).toBeGreaterThanOrEqual(6);
    const checks = await db.$queryRaw<{ j: string }[]>`SELECT row_to_json(c)::text AS j FROM instance_health_checks c WHERE instance_id = ${id}::uuid`;
    expect(checks.length).toBeGreaterThanOrEqual(4);
    const readable = await db.$queryRaw<{ j: string }[]>`
      SELECT (row_to_json(i)::jsonb - 'credentials_enc' - 'tokens_enc')::text AS j FROM servicenow_instances i WHERE id = ${id}::uuid`;
    expect(readable[0]!.j).toContain("last_error");

    await record(await call(me, "delete", { instanceId: id }), 204);

    const everything = { responses: responses.join("\n"), audit: audit.map((r) => r.j).join("\n"), checks: checks.map((r) => r.j).join("\n"), instance: readable[0]!.j, logs: printed.join("\n") };
    expect(everything.logs.length).toBeGreaterThan(0);
    for (const [where, text] of Object.entries(everything)) {
      for (const secret of secrets) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
    }
  });

  it("are sealed at rest, bound to their instance: a blob copied onto another instance does not open", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);
    const auth = { type: "basic", username: USER, password: PASSWORD };
    const a = (await call(me, "create", { body: { name: "A", url: sim.url, auth } })).json as { id: string };
    const b = (await call(me, "create", { body: { name: "B", url: "https://b.service-now.com", auth: { ...auth, password: "other-password" } } })).json as { id: string };
    const rowA = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: a.id } });
    expect(rowA.credentialsEnc).not.toContain(PASSWORD);
    expect(rowA.credentialsEnc).not.toContain(USER);
    expect(rowA.credentialsEnc).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(openCredentials(a.id, rowA.credentialsEnc)).toMatchObject({ password: PASSWORD });

    // Someone with database access moves A's credentials onto B (which points elsewhere).
    await db.serviceNowInstance.update({ where: { id: b.id }, data: { credentialsEnc: rowA.credentialsEnc } });
    expect(() => openCredentials(b.id, rowA.credentialsEnc)).toThrow(/cannot be decrypted/);
    await expect(instanceClient(admin.ctx, b.id)).rejects.toThrow(/cannot be decrypted/);
    const result = await call(me, "test", { instanceId: b.id });
    expect(result.json).toMatchObject({ ok: false, health: "auth_failed", auth: { error: expect.stringMatching(/enter them again/) } });
    expect(result.text).not.toContain(PASSWORD);
  });
});
