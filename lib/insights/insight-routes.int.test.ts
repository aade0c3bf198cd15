import { describe, expect, it, vi } from "vitest";
import * as insightRoute from "@/app/api/v1/insights/[insightId]/route";
import * as saveRoute from "@/app/api/v1/insights/[insightId]/save/route";
import * as subjectsRoute from "@/app/api/v1/insights/[insightId]/subjects/route";
import * as compareRoute from "@/app/api/v1/insights/compare/route";
import * as historyRoute from "@/app/api/v1/insights/instances/[instanceId]/history/route";
import * as latestRoute from "@/app/api/v1/insights/instances/[instanceId]/route";
import * as trendsRoute from "@/app/api/v1/insights/instances/[instanceId]/trends/route";
import * as savedReportRoute from "@/app/api/v1/insights/saved/[savedReportId]/route";
import * as savedRoute from "@/app/api/v1/insights/saved/route";
import * as searchRoute from "@/app/api/v1/insights/search/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { Permission } from "@/lib/permissions";
import { callRoute, type RouteCall, type RouteHandler } from "@/lib/testing/call-route";
import { createMember } from "@/lib/testing/factories";
import { controlSubject, createTestInsight, createTestInstance } from "./testing/insight-factory";

vi.hoisted(() => {
  process.env.RATE_LIMIT_PER_MINUTE = "1000000";
  process.env.RATE_LIMIT_ORG_PER_MINUTE = "1000000";
});

type Member = Awaited<ReturnType<typeof createMember>>;
type Json = Record<string, unknown>;

async function keyOf(member: Member, permissions: Permission[] = [...member.ctx.permissions]) {
  return (await createApiKey(member.ctx, { name: `insights ${permissions.length}`, permissions })).key;
}

const as = (key: string) => (handler: RouteHandler, call: RouteCall) =>
  callRoute(handler, { ...call, headers: { authorization: `Bearer ${key}`, "x-forwarded-for": "198.51.100.61" } });

async function organizationWithInsights() {
  const admin = await createMember("ORG_ADMIN");
  const instanceId = await createTestInstance(admin.ctx);
  const runs: string[] = [];
  for (const [month, score] of [["01", 60], ["02", 65], ["03", 72]] as const) {
    runs.push(
      await createTestInsight(admin.organization.id, {
        instanceId,
        engine: "controls",
        createdAt: new Date(`2026-${month}-01T00:00:00Z`),
        keyFigures: { meanScore: score },
        subjects: [controlSubject("CTRL1", score, "effective"), controlSubject("CTRL2", 20, "ineffective")],
        findings: [{ title: `Access review ${month} failed`, detail: "The quarterly access review failed." }],
      }),
    );
  }
  return { admin, instanceId, runs, call: as(await keyOf(admin)) };
}

describe("insight REST routes", () => {
  it("serves latest, history pages, trends, the insight, its subjects, compare and search", async () => {
    const { instanceId, runs, call } = await organizationWithInsights();
    const [jan, feb, mar] = runs as [string, string, string];

    const latest = await call(latestRoute.GET, { url: `/insights/instances/${instanceId}`, params: { instanceId } });
    expect(latest.status, latest.text).toBe(200);
    expect(latest.json).toMatchObject({ instanceId, engines: { controls: { id: mar, keyFigures: { meanScore: 72 } }, risks: null } });

    const page1 = await call(historyRoute.GET, { url: `/insights/instances/${instanceId}/history?limit=2`, params: { instanceId } });
    const first = page1.json as { data: { id: string }[]; nextCursor: string };
    expect(first.data.map((i) => i.id)).toEqual([mar, feb]);
    const page2 = await call(historyRoute.GET, { url: `/insights/instances/${instanceId}/history?limit=2&cursor=${first.nextCursor}`, params: { instanceId } });
    expect(page2.json).toEqual({ data: [expect.objectContaining({ id: jan })], nextCursor: null });
    const forged = await call(historyRoute.GET, { url: `/insights/instances/${instanceId}/history?cursor=abc!`, params: { instanceId } });
    expect(forged.status).toBe(400);

    const trends = await call(trendsRoute.GET, { url: `/insights/instances/${instanceId}/trends?engine=controls`, params: { instanceId } });
    expect((trends.json as { series: { points: { keyFigures: Json }[] }[] }).series[0]!.points.map((p) => p.keyFigures.meanScore)).toEqual([60, 65, 72]);

    const insight = await call(insightRoute.GET, { url: `/insights/${feb}`, params: { insightId: feb } });
    expect(insight.json).toMatchObject({ id: feb, engine: "controls", summary: { engine: "controls" } });

    const subjects = await call(subjectsRoute.GET, { url: `/insights/${feb}/subjects?tag=class:ineffective`, params: { insightId: feb } });
    expect(subjects.json).toMatchObject({ total: 1, nextOffset: null, data: [{ id: "CTRL2", status: "ineffective" }] });

    const compare = await call(compareRoute.GET, { url: `/insights/compare?a=${jan}&b=${mar}` });
    expect(compare.status, compare.text).toBe(200);
    // 72 − 60 = +12 mean score; CTRL1 moved 60 → 72.
    expect(compare.json).toMatchObject({
      mode: "insights",
      engines: [{ keyFigures: [{ name: "meanScore", delta: 12, direction: "better" }], subjects: { improved: [{ id: "CTRL1", delta: 12 }] } }],
    });

    const search = await call(searchRoute.GET, { url: "/insights/search?q=access+review" });
    expect((search.json as { data: { finding: { title: string } }[] }).data.map((h) => h.finding.title)).toEqual(["Access review 03 failed"]);
    const stopwords = await call(searchRoute.GET, { url: "/insights/search?q=the" });
    expect(stopwords.status).toBe(400);
    expect(stopwords.headers.get("content-type")).toBe("application/problem+json");
    expect((stopwords.json as { detail: string }).detail).toMatch(/no words to search for/);
    expect((await call(searchRoute.GET, { url: "/insights/search?q=" })).status).toBe(400);
  });

  it("saves (201), refuses a duplicate name (409), lists and deletes (204)", async () => {
    const { runs, call } = await organizationWithInsights();
    const id = runs[0]!;
    const saved = await call(saveRoute.POST, { method: "POST", url: `/insights/${id}/save`, params: { insightId: id }, body: { name: "Board pack" } });
    expect(saved.status, saved.text).toBe(201);
    const savedReportId = (saved.json as { id: string }).id;
    const again = await call(saveRoute.POST, { method: "POST", url: `/insights/${id}/save`, params: { insightId: id }, body: { name: "Board pack" } });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: "conflict", errors: [{ path: "name" }] });

    const list = await call(savedRoute.GET, { url: "/insights/saved" });
    expect(list.json).toEqual({ data: [expect.objectContaining({ id: savedReportId, name: "Board pack", insightId: id })], nextCursor: null });
    const removed = await call(savedReportRoute.DELETE, { method: "DELETE", url: `/insights/saved/${savedReportId}`, params: { savedReportId } });
    expect(removed.status).toBe(204);
    expect((await call(savedRoute.GET, { url: "/insights/saved" })).json).toEqual({ data: [], nextCursor: null });
  });

  it("answers 404 for another organization's ids and 403 without insights:read", async () => {
    const a = await organizationWithInsights();
    const b = await organizationWithInsights();
    const id = a.runs[0]!;
    const instanceId = a.instanceId;
    const foreign: [RouteHandler, RouteCall][] = [
      [latestRoute.GET, { url: `/insights/instances/${instanceId}`, params: { instanceId } }],
      [historyRoute.GET, { url: `/insights/instances/${instanceId}/history`, params: { instanceId } }],
      [trendsRoute.GET, { url: `/insights/instances/${instanceId}/trends`, params: { instanceId } }],
      [insightRoute.GET, { url: `/insights/${id}`, params: { insightId: id } }],
      [subjectsRoute.GET, { url: `/insights/${id}/subjects`, params: { insightId: id } }],
      [saveRoute.POST, { method: "POST", url: `/insights/${id}/save`, params: { insightId: id }, body: { name: "Stolen" } }],
      [compareRoute.GET, { url: `/insights/compare?a=${b.runs[0]}&b=${id}` }],
    ];
    for (const [handler, call] of foreign) expect((await b.call(handler, call)).status, call.url).toBe(404);

    const readsOnlyAudit = as(await keyOf(a.admin, ["audit:read"]));
    const forbidden = await readsOnlyAudit(insightRoute.GET, { url: `/insights/${id}`, params: { insightId: id } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toMatchObject({ code: "forbidden", detail: 'This action requires the "insights:read" permission' });
    expect((await readsOnlyAudit(searchRoute.GET, { url: "/insights/search?q=access" })).status).toBe(403);
  });
});
