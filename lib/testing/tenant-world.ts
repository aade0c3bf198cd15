import { randomBytes, randomUUID } from "node:crypto";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { ApiOperation } from "@/lib/api/define-operation";
import { enforcedSchemas } from "@/lib/api/parse-input";
import { hashToken, randomToken } from "@/lib/crypto/tokens";
import { buildDataset } from "@/lib/analysis/dataset/build-dataset";
import { encodeDataset } from "@/lib/analysis/input/dataset-codec";
import { ANALYSIS_FUNCTION_ID } from "@/lib/analysis/jobs/start-analysis";
import { db } from "@/lib/db";
import { saveInsight } from "@/lib/insights/save-insight";
import { controlSubject, createTestInsight, createTestInstance } from "@/lib/insights/testing/insight-factory";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { accessTokenFor, apiKeyFor } from "./api-credentials";
import { callRoute, type RouteHandler } from "./call-route";
import { createMember } from "./factories";
import { fillPath, pathParamNames } from "./route-registry";
import { objectShapeOf, validBody } from "./zod-sample";

type Member = Awaited<ReturnType<typeof createMember>>;

/** One organization with one resource of every kind, and credentials of its admin. */
export interface TenantWorld {
  admin: Member;
  /** A second member (Viewer): the `userId` of routes about members. */
  member: Member;
  /** Bearer API key of the admin with all permissions (auth "required" routes). */
  apiKey: string;
  /** Bearer access token of the admin (auth "user" routes), when a login route exists. */
  accessToken: string | null;
  /** Resource ids by the parameter name routes use for them (`teamId`, `roleId`, ...). */
  ids: Record<string, string>;
  userIds: string[];
  /** Strings of this organization that must never appear in another tenant's responses. */
  secrets: string[];
}

const suffix = () => randomBytes(4).toString("hex");

/** Parameter names that address the same kind of resource. */
const ALIASES: Record<string, string> = {
  organizationId: "orgId",
  memberId: "userId",
  eventId: "logId",
  auditEventId: "logId",
  apiKeyId: "keyId",
};

/** The fixture name of a path parameter or body field (`memberIds` → `userId`). */
export function fixtureName(key: string): string {
  const singular = key.replace(/Ids$/, "Id");
  return ALIASES[singular] ?? singular;
}

export const isIdKey = (key: string) => /Ids?$/.test(key);

/** A world built from the domain's own use cases where they are stable, else rows in its tenant scope. */
export async function createTenantWorld(handlers: Map<ApiOperation, RouteHandler>): Promise<TenantWorld> {
  const admin = await createMember("ORG_ADMIN");
  const member = await createMember("VIEWER", admin.organization.id);
  const organizationId = admin.organization.id;
  const apiKey = await apiKeyFor(admin.ctx, "cross-tenant caller");
  const accessToken = await accessTokenFor(admin.user.email, handlers);
  const fixtureKey = await createApiKey(admin.ctx, { name: `fixture ${suffix()}`, permissions: ["audit:read"] });

  const scope = { organizationId, userId: admin.user.id };
  const { role, team, invitation } = await withTenant(scope, async (tx) => {
    const role = await tx.role.create({ data: { organizationId, name: `Custom ${suffix()}`, permissions: ["audit:read", "instances:read"] } });
    const team = await tx.team.create({ data: { organizationId, name: `Team ${suffix()}` } });
    await tx.teamMember.create({ data: { organizationId, teamId: team.id, membershipId: member.membership.id } });
    const viewer = await tx.role.findFirstOrThrow({ where: { builtIn: "VIEWER" } });
    const invitation = await tx.invitation.create({
      data: {
        organizationId,
        email: `invitee-${suffix()}@example.test`,
        roleId: viewer.id,
        tokenHash: hashToken(randomToken()),
        invitedById: admin.user.id,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    return { role, team, invitation };
  });
  // An instance with a finished analysis job, its stored insight (a finding, a subject), a saved
  // report and an export of it, and a successful sync whose frozen input a replay can use.
  const instanceId = await createTestInstance(admin.ctx);
  const { job, syncRunId, frozen } = await withTenant(scope, async (tx) => {
    const job = await tx.jobRun.create({
      data: {
        organizationId,
        functionId: `complianceiq-${ANALYSIS_FUNCTION_ID}`,
        eventName: "analysis/run.requested",
        eventId: `xt-${randomUUID()}`,
        event: { data: { instanceId, engines: ["controls"] } },
        status: "SUCCEEDED",
        finishedAt: new Date(),
      },
    });
    const sync = await tx.syncRun.create({ data: { organizationId, instanceId, mode: "FULL", status: "SUCCEEDED", finishedAt: new Date() } });
    const { payload, sha256 } = encodeDataset(buildDataset({ instanceId, syncRunId: sync.id, asOf: Date.now(), records: {} }));
    await tx.analysisInput.create({
      data: { organizationId, instanceId, syncRunId: sync.id, dataAsOf: new Date(), counts: {}, sha256, sizeBytes: payload.length, payload },
    });
    return { job, syncRunId: sync.id, frozen: payload };
  });
  const insightId = await createTestInsight(organizationId, {
    instanceId,
    jobRunId: job.id,
    engine: "controls",
    keyFigures: { meanScore: 64.5, ineffective: 1 },
    subjects: [controlSubject(`CTRL${suffix()}`, 41, "ineffective")],
    findings: [{ severity: "high", title: `Control failed its access review ${suffix()}`, detail: "Failed 3 of its last 4 tests." }],
  });
  const savedReport = await saveInsight(admin.ctx, insightId, { name: `Saved ${suffix()}` });
  const exported = await withTenant(scope, (tx) =>
    tx.reportExport.create({
      data: {
        organizationId, insightId, format: "csv", status: "SUCCEEDED", fileName: `export-${suffix()}.csv`, content: frozen,
        sizeBytes: frozen.length, finishedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000),
      },
    }),
  );
  const session = await db.userSession.create({
    data: { userId: member.user.id, kind: "BROWSER", expiresAt: new Date(Date.now() + 86_400_000), ip: "192.0.2.44" },
  });
  const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId }, orderBy: { seq: "desc" }, select: { id: true } });

  const ids: Record<string, string> = {
    orgId: organizationId,
    userId: member.user.id,
    membershipId: member.membership.id,
    roleId: role.id,
    teamId: team.id,
    keyId: fixtureKey.apiKey.id,
    jobId: job.id,
    logId: event.id,
    invitationId: invitation.id,
    sessionId: session.id,
    instanceId,
    insightId,
    savedReportId: savedReport.id,
    syncRunId,
    exportId: exported.id,
  };
  const userIds = [admin.user.id, member.user.id];
  const secrets = [organizationId, admin.organization.slug, admin.user.email, member.user.email, admin.user.id, ...Object.values(ids)];
  return { admin, member, apiKey, accessToken, ids, userIds, secrets: [...new Set(secrets)] };
}

/** The caller's headers for an operation, as this world's admin. */
export function worldHeaders(world: TenantWorld, op: ApiOperation): Record<string, string> {
  const auth = String(op.auth);
  if (auth === "required") return { authorization: `Bearer ${world.apiKey}`, "x-forwarded-for": "203.0.113.20" };
  if (auth === "user") {
    if (!world.accessToken) throw new Error(`${op.operationId} needs an access token, but no POST /auth/login route is registered`);
    return { authorization: `Bearer ${world.accessToken}`, "x-forwarded-for": "203.0.113.20" };
  }
  return { "x-forwarded-for": "203.0.113.21" };
}

/**
 * A resource kind the world has no explicit fixture for, created through its own REST collection:
 * `{instanceId}` in `/instances/{instanceId}` → `POST /instances` with a valid generated body.
 * New resources thus get fixtures without editing the suite; when there is no such route, the
 * caller reports the parameter as uncovered.
 */
export async function createViaCollection(
  world: TenantWorld,
  name: string,
  operations: readonly ApiOperation[],
  handlers: Map<ApiOperation, RouteHandler>,
): Promise<string | null> {
  const withParam = operations.find((op) => pathParamNames(op).includes(name));
  if (!withParam) return null;
  const collection = withParam.path.slice(0, withParam.path.indexOf(`/{${name}}`));
  const create = operations.find((op) => op.method === "POST" && op.path === collection);
  const handler = create && handlers.get(create);
  if (!create || !handler) return null;
  const params = Object.fromEntries(pathParamNames(create).map((p) => [p, world.ids[fixtureName(p)] ?? ""]));
  const schema = enforcedSchemas(create).body;
  const body = schema ? validBody(schema, `${create.operationId} body`, (key) => (isIdKey(key) ? world.ids[fixtureName(key)] : undefined)) : undefined;
  const result = await callRoute(handler, { method: "POST", url: fillPath(create.path, params), params, body, headers: worldHeaders(world, create) });
  if (result.status >= 300) throw new Error(`Creating a ${name} fixture with ${create.operationId} answered ${result.status}: ${result.text.slice(0, 300)}`);
  const json = result.json as Record<string, unknown>;
  const id =
    (typeof json.id === "string" && json.id) ||
    (typeof json[name] === "string" && (json[name] as string)) ||
    Object.values(json).map((v) => (v && typeof v === "object" ? (v as { id?: unknown }).id : undefined)).find((v): v is string => typeof v === "string");
  if (!id) throw new Error(`${create.operationId} answered no id to use as a ${name} fixture: ${result.text.slice(0, 300)}`);
  world.ids[name] = id;
  world.secrets.push(id);
  return id;
}

/** Top-level body fields that carry ids (`roleId`, `userIds`), which the suite fills per tenant. */
export function bodyIdKeys(op: ApiOperation): string[] {
  const schema = enforcedSchemas(op).body;
  const shape = schema ? objectShapeOf(schema) : null;
  return shape ? Object.keys(shape).filter(isIdKey) : [];
}
