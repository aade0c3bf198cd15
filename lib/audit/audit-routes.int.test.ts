import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { organizationWithLog } from "@/lib/testing/audit-events";
import { callRoute, type RouteHandler } from "@/lib/testing/call-route";
import { createMember } from "@/lib/testing/factories";
import { GET as listLogsRoute } from "@/app/api/v1/audit/logs/route";
import { GET as getLogRoute } from "@/app/api/v1/audit/logs/[logId]/route";
import { GET as exportRoute } from "@/app/api/v1/audit/logs/export/route";
import { GET as securityRoute } from "@/app/api/v1/audit/security-events/route";
import { GET as verifyRoute } from "@/app/api/v1/audit/verify/route";
import { GET as pageExportRoute } from "@/app/(app)/[orgSlug]/audit/export/route";
import type { AuditEventView } from "./schemas";

// The REST routes and the page's download authenticate a session user here; the registry-driven
// suites (lib/api/bad-input, lib/tenancy/cross-tenant) cover them with real API keys as well.
vi.mock("@/lib/auth/current-user", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));

beforeAll(() => {
  vi.stubEnv("RATE_LIMIT_PER_MINUTE", "100000");
  vi.stubEnv("RATE_LIMIT_ORG_PER_MINUTE", "100000");
});

beforeEach(() => vi.mocked(getCurrentUser).mockReset());

type Member = Awaited<ReturnType<typeof createMember>>;

function signIn(member: Member) {
  vi.mocked(getCurrentUser).mockResolvedValue({ id: member.user.id, email: member.user.email, name: null });
  return { "x-organization-id": member.organization.id };
}

describe("audit REST routes", () => {
  it("lists with filters and cursor through the query string, and rejects bad filters with 400 naming them", async () => {
    const { admin } = await organizationWithLog();
    const headers = signIn(admin);
    const first = await callRoute(listLogsRoute as RouteHandler, { url: "/audit/logs?limit=2&action=member.&security=true", headers });
    expect(first.status).toBe(200);
    const page = first.json as { data: AuditEventView[]; nextCursor: string | null };
    expect(page.data.map((e) => e.action)).toEqual(["member.role_changed"]);
    expect(page.nextCursor).toBeNull();

    const paged = await callRoute(listLogsRoute as RouteHandler, { url: "/audit/logs?limit=3", headers });
    const next = (paged.json as { nextCursor: string }).nextCursor;
    const second = await callRoute(listLogsRoute as RouteHandler, { url: `/audit/logs?limit=3&cursor=${next}`, headers });
    expect((second.json as { data: AuditEventView[] }).data.map((e) => e.action)).toEqual(["auth.login_failed", "member.role_changed", "member.invited"]);

    const bad = await callRoute(listLogsRoute as RouteHandler, {
      url: `/audit/logs?from=yesterday&security=yes&action=${encodeURIComponent("a b")}&actor=${"x".repeat(201)}&limit=0`,
      headers,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    const paths = (bad.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(["query.action", "query.actor", "query.from", "query.limit", "query.security"]);

    const tampered = await callRoute(listLogsRoute as RouteHandler, { url: "/audit/logs?cursor=eyJpZCI6IngifQ", headers });
    expect(tampered).toMatchObject({ status: 400, json: { code: "invalid_cursor" } });
  });

  it("gets one event, 404 for another organization's and 400 for a malformed id", async () => {
    const { admin, seeded } = await organizationWithLog();
    const other = await createMember("ORG_ADMIN");
    const id = seeded[0]!.id;
    expect(await callRoute(getLogRoute as RouteHandler, { url: `/audit/logs/${id}`, params: { logId: id }, headers: signIn(admin) })).toMatchObject({
      status: 200,
      json: { id, action: "team.created" },
    });
    expect(await callRoute(getLogRoute as RouteHandler, { url: `/audit/logs/${id}`, params: { logId: id }, headers: signIn(other) })).toMatchObject({
      status: 404,
      json: { code: "not_found" },
    });
    expect(await callRoute(getLogRoute as RouteHandler, { url: "/audit/logs/x", params: { logId: "x" }, headers: signIn(admin) })).toMatchObject({
      status: 400,
      json: { errors: [{ path: "params.logId" }] },
    });
  });

  it("lists security events and answers 403 problem+json to a viewer", async () => {
    const { admin } = await organizationWithLog();
    const security = await callRoute(securityRoute as RouteHandler, { url: "/audit/security-events?actor=alice", headers: signIn(admin) });
    expect((security.json as { data: AuditEventView[] }).data.map((e) => e.action)).toEqual(["user.mfa_enabled"]);
    const unknownParam = await callRoute(securityRoute as RouteHandler, { url: "/audit/security-events?security=false", headers: signIn(admin) });
    expect(unknownParam).toMatchObject({ status: 400, json: { errors: [{ path: "query.security", message: "Unknown field" }] } });

    const viewer = await createMember("VIEWER", admin.organization.id);
    const forbidden = await callRoute(securityRoute as RouteHandler, { url: "/audit/security-events", headers: signIn(viewer) });
    expect(forbidden).toMatchObject({ status: 403, json: { code: "forbidden" } });
  });

  it("verifies the chain and names the first broken link after tampering in the database", async () => {
    const { admin, seeded } = await organizationWithLog();
    const headers = signIn(admin);
    expect(await callRoute(verifyRoute as RouteHandler, { url: "/audit/verify", headers })).toMatchObject({
      status: 200,
      json: { valid: true, checked: 8, firstBroken: null },
    });
    const target = seeded[3]!;
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRaw`UPDATE audit_events SET ip = '192.0.2.1' WHERE id = ${target.id}::uuid`;
    });
    expect(await callRoute(verifyRoute as RouteHandler, { url: "/audit/verify", headers })).toMatchObject({
      status: 200,
      json: { valid: false, checked: 4, firstBroken: { id: target.id, seq: target.seq.toString(), reason: "Its content does not match its hash" } },
    });
  });

  it("downloads the filtered CSV with download headers, and reports bad filters as problem+json", async () => {
    const { admin } = await organizationWithLog();
    const headers = signIn(admin);
    const csv = await callRoute(exportRoute as RouteHandler, { url: "/audit/logs/export?security=true", headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.headers.get("cache-control")).toBe("private, no-store");
    expect(csv.headers.get("x-request-id")).toBeTruthy();
    const lines = csv.text.split("\r\n");
    expect(lines.slice(1, -1).map((line) => line.split(",")[7])).toEqual(["user.mfa_enabled", "auth.login_failed", "member.role_changed"]);

    const bad = await callRoute(exportRoute as RouteHandler, { url: "/audit/logs/export?limit=5", headers });
    expect(bad).toMatchObject({ status: 400, json: { errors: [{ path: "query.limit", message: "Unknown field" }] } });
  });
});

describe("the audit page's CSV download", () => {
  const download = (slug: string, query = "") =>
    pageExportRoute(new Request(`http://localhost/${slug}/audit/export${query}`), { params: Promise.resolve({ orgSlug: slug }) });

  it("exports with the page's filters (dates in the organization's zone) for a member of the organization in the URL", async () => {
    const { admin, orgId } = await organizationWithLog();
    await db.organization.update({ where: { id: orgId }, data: { timeZone: "America/New_York" } });
    signIn(admin);
    // 2026-01-03 in New York is 05:00Z on the 3rd to 05:00Z on the 4th: only the role change (10:00Z on the 3rd).
    const response = await download(admin.organization.slug, "?from=2026-01-03&to=2026-01-03&action=member.");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-/);
    const lines = (await response.text()).split("\r\n").slice(1, -1);
    expect(lines.map((line) => line.split(",")[7])).toEqual(["member.role_changed"]);
  });

  it("answers problem+json: 401 signed out, 404 for another organization's slug, 403 for a viewer, 400 for a bad date", async () => {
    const { admin } = await organizationWithLog();
    const outsider = await createMember("ORG_ADMIN");
    vi.mocked(getCurrentUser).mockResolvedValue(null);
    expect((await download(admin.organization.slug)).status).toBe(401);
    signIn(outsider);
    const hidden = await download(admin.organization.slug);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("content-type")).toBe("application/problem+json");
    signIn(await createMember("VIEWER", admin.organization.id));
    expect((await download(admin.organization.slug)).status).toBe(403);
    signIn(admin);
    const bad = await download(admin.organization.slug, "?from=someday");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "query.from" }] });
  });
});
