import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SyncPanelClient } from "@/components/instances/sync-panel-client";
import { ToastProvider } from "@/components/ui/toast";
import { db } from "@/lib/db";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { createMember } from "@/lib/testing/factories";
import type { SyncRunView } from "./schemas";
import { connectedInstance, simulator, syncRunner } from "./testing/sync-harness";
import { cancelJobRoute, getJobRoute, getSyncHistory, postSync } from "./testing/sync-routes";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }),
}));

// Credentials only this test uses, so that finding one anywhere is a leak.
const USER = "ciq-sync-integration";
const PASSWORD = "Sync-Secret-Passw0rd-7d1e";
const CLIENT_ID = "ciq-sync-client";
const CLIENT_SECRET = "Client-Secret-c0ffee-4b2a";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    seed: 41,
    size: "small",
    quiet: true,
    users: [{ username: USER, password: PASSWORD }],
    oauthClients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }],
  });
});
afterAll(() => sim?.close());
afterEach(() => vi.restoreAllMocks());

const OAUTH = { type: "oauth", clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, username: USER, password: PASSWORD } as const;
type Json = Record<string, unknown>;

describe("sync REST routes", () => {
  it("starts a sync (202), refuses a second (409), pages the history and validates input", async () => {
    const admin = await connectedInstance(sim.url, OAUTH);
    const id = admin.instance.id;

    const started = await postSync(admin, id, { mode: "full" });
    expect(started.status, started.text).toBe(202);
    const { jobId, syncRunId } = started.json as { jobId: string; syncRunId: string };
    expect(Object.keys(started.json as Json).sort()).toEqual(["jobId", "syncRunId"]);

    const again = await postSync(admin, id, {});
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: "conflict", detail: `A sync of this instance is already running (job ${jobId})` });

    const running = await getSyncHistory(admin, id);
    expect(running.status).toBe(200);
    expect((running.json as { data: SyncRunView[] }).data[0]).toMatchObject({ id: syncRunId, jobId, mode: "full", status: "queued" });

    await syncRunner().drain();
    for (let i = 0; i < 2; i++) {
      expect((await postSync(admin, id, { mode: "incremental" })).status).toBe(202);
      await syncRunner().drain();
    }
    const first = await getSyncHistory(admin, id, "limit=2");
    const page1 = first.json as { data: SyncRunView[]; nextCursor: string };
    expect(page1.data.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const second = await getSyncHistory(admin, id, `limit=2&cursor=${page1.nextCursor}`);
    const page2 = second.json as { data: SyncRunView[]; nextCursor: string | null };
    expect(page2.data.map((r) => r.id)).toEqual([syncRunId]);
    expect(page2.nextCursor).toBeNull();
    expect(page2.data[0]!.tables.length).toBeGreaterThan(10);

    const job = await getJobRoute(admin, jobId);
    expect(job.json).toMatchObject({ status: "succeeded", progress: 100, result: { syncRunId, counts: page2.data[0]!.totals } });

    // Input mistakes are 400s naming the field; a bad cursor is a 400 too.
    const unknownField = await postSync(admin, id, { mode: "full", force: true });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.json)).toContain("force");
    const badMode = await postSync(admin, id, { mode: "everything" });
    expect(badMode.status).toBe(400);
    expect((badMode.json as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain("body.mode");
    expect((await postSync(admin, id, "not json")).status).toBe(400);
    expect((await getSyncHistory(admin, id, "cursor=%%%")).status).toBe(400);
    expect((await postSync(admin, "not-a-uuid", { mode: "full" })).status).toBe(400);
  }, 120_000);

  it("hides another organization's instance (404) and needs instances:update to start", async () => {
    const admin = await connectedInstance(sim.url, OAUTH);
    const stranger = await createMember("ORG_ADMIN");
    expect((await postSync(stranger, admin.instance.id, { mode: "full" })).status).toBe(404);
    expect((await getSyncHistory(stranger, admin.instance.id)).status).toBe(404);
    const viewer = await createMember("VIEWER", admin.organization.id);
    expect((await postSync(viewer, admin.instance.id, { mode: "full" })).status).toBe(403);
    expect((await getSyncHistory(viewer, admin.instance.id)).status).toBe(200);
    expect(await db.syncRun.count({ where: { instanceId: admin.instance.id } })).toBe(0);
  });
});

describe("credentials during a sync", () => {
  it("never appear in an API response, the rendered panel, a log line, a job, a step result or an audit entry", async () => {
    const logs: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logs.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
      });
    }
    const responses: string[] = [];
    const admin = await connectedInstance(sim.url, OAUTH);
    const broken = await connectedInstance(sim.url, { ...OAUTH, password: `${PASSWORD}-wrong` });

    // Long enough 503 bursts that a page step fails and is retried (the runner logs it), and a
    // revoked token that forces a new one mid-sync.
    await simulator("/__sim/faults", { body: { serverErrors: { every: 15, burst: 6, status: 503 }, expireTokens: { afterRequests: 12 } } }, sim);
    try {
      for (const target of [admin, broken]) {
        const started = await postSync(target, target.instance.id, { mode: "full" });
        responses.push(started.text);
        await syncRunner().drain();
        const { jobId } = started.json as { jobId: string };
        responses.push((await getJobRoute(target, jobId)).text, (await getSyncHistory(target, target.instance.id)).text);
        responses.push((await postSync(target, target.instance.id, { mode: "full", password: PASSWORD })).text);
        responses.push((await cancelJobRoute(target, jobId)).text);
      }
    } finally {
      await simulator("/__sim/faults", { method: "DELETE" }, sim);
    }
    const history = (JSON.parse(responses[2]!) as { data: SyncRunView[] }).data;
    expect(history[0], history[0]?.error ?? "").toMatchObject({ status: "succeeded" });
    const failed = (JSON.parse(responses[7]!) as { data: SyncRunView[] }).data[0]!;
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/refused the OAuth token request/);
    expect(logs.some((line) => line.includes("failed (attempt"))).toBe(true);

    const html = renderToStaticMarkup(
      createElement(
        QueryClientProvider,
        { client: new QueryClient() },
        createElement(
          ToastProvider,
          null,
          createElement(SyncPanelClient, {
            orgSlug: "acme",
            instanceId: admin.instance.id,
            initial: { data: [...history, failed], nextCursor: null },
            canSync: true,
            canCancel: true,
          }),
        ),
      ),
    );
    expect(html).toContain("Succeeded");
    expect(html).toContain("Failed");

    const organizations = [admin.organization.id, broken.organization.id];
    const stored = await Promise.all([
      db.auditEvent.findMany({ where: { organizationId: { in: organizations } } }),
      db.jobRun.findMany({ where: { organizationId: { in: organizations } }, include: { steps: true } }),
      db.syncRun.findMany({ where: { organizationId: { in: organizations } } }),
      db.snQuarantine.findMany({ where: { organizationId: { in: organizations } } }),
      db.serviceNowInstance.findMany({ where: { organizationId: { in: organizations } }, select: { lastError: true, username: true } }),
    ]);
    expect(stored[0].some((e) => e.action === "instance.sync_completed")).toBe(true);
    expect(stored[0].some((e) => e.action === "instance.sync_failed")).toBe(true);

    const issued = sim.state.auth as unknown as { accessTokens: Map<string, unknown>; refreshTokens: Map<string, unknown> };
    const secrets = [
      PASSWORD,
      CLIENT_SECRET,
      Buffer.from(`${USER}:${PASSWORD}`).toString("base64"),
      ...issued.accessTokens.keys(),
      ...issued.refreshTokens.keys(),
    ];
    expect(secrets.length).toBeGreaterThan(4);
    const haystacks = { responses: responses.join("\n"), html, logs: logs.join("\n"), stored: JSON.stringify(stored, (_k, v) => (typeof v === "bigint" ? String(v) : v)) };
    // The haystacks hold what could leak: the user name (not a secret) is in the audit trail.
    expect(haystacks.stored).toContain(USER);
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of secrets) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
    }
  }, 180_000);
});
