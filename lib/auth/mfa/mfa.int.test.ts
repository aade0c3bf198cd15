import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as regenerate } from "@/app/api/v1/auth/mfa/backup-codes/route";
import { POST as disable } from "@/app/api/v1/auth/mfa/disable/route";
import { POST as enable } from "@/app/api/v1/auth/mfa/enable/route";
import { POST as verify } from "@/app/api/v1/auth/mfa/verify/route";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import type { ApiRouteContext } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createMember } from "@/lib/testing/factories";

// No Next.js request scope here: the browser-session path finds no cookie, as for a signed-out caller.
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn(async () => null) }));
import { confirmMfaEnrollment } from "./confirm-mfa-enrollment";
import { startMfaEnrollment } from "./start-mfa-enrollment";
import { currentTotpCode, openTotpState } from "./totp";
import { verifySecondFactor } from "./verify-second-factor";

type Route = (request: Request, context: ApiRouteContext) => Promise<Response>;
const noParams = { params: Promise.resolve({}) };
const newIp = () => `10.${[...randomBytes(3)].join(".")}`;

function call(route: Route, body: unknown, headers: Record<string, string> = {}) {
  return route(
    new Request("http://localhost/api/v1/x", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": newIp(), ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    }),
    noParams,
  );
}

/** The secret the server stored, read the way an authenticator app would have scanned it. */
async function storedSecret(userId: string): Promise<string> {
  const { mfaSecretEnc } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mfaSecretEnc: true } });
  return openTotpState(userId, mfaSecretEnc!).secret;
}

/** Codes of the next 30-second step: a code, once accepted, is never accepted again. */
function nextStep() {
  vi.setSystemTime(Date.now() + 30_000);
}

async function accessTokenFor(email: string, code?: string): Promise<string> {
  const response = await call(login, { email, password: TEST_PASSWORD, ...(code ? { code } : {}) });
  expect(response.status).toBe(200);
  return (await response.json()).accessToken;
}

beforeEach(() => {
  // Only Date: the database driver's timers must keep running.
  vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
});
afterEach(() => vi.useRealTimers());

async function enrolledMember(role: "ORG_ADMIN" | "VIEWER" = "ORG_ADMIN") {
  const member = await createMember(role);
  const caller = { userId: member.user.id, email: member.user.email };
  const enrollment = await startMfaEnrollment(caller);
  const { backupCodes } = await confirmMfaEnrollment(caller, currentTotpCode(enrollment.secret));
  nextStep();
  return { ...member, caller, secret: enrollment.secret, backupCodes };
}

describe("enabling 2FA over REST", () => {
  it("starts with a QR code, confirms with a code from the stored secret, and returns ten backup codes once", async () => {
    const { user, organization } = await createMember();
    const second = await createMember();
    await db.membership.create({ data: { organizationId: second.organization.id, userId: user.id } });
    const bearer = { authorization: `Bearer ${await accessTokenFor(user.email)}` };

    const started = await call(enable, undefined, bearer);
    expect(started.status).toBe(200);
    const enrollment = await started.json();
    expect(enrollment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrollment.otpauthUri).toContain(`secret=${enrollment.secret}`);
    expect(enrollment.otpauthUri).toContain("issuer=ComplianceIQ");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaEnabledAt).toBeNull();
    expect(row.mfaSecretEnc).not.toContain(enrollment.secret);
    const secret = await storedSecret(user.id);
    expect(secret).toBe(enrollment.secret);

    expect((await call(verify, { code: "000000" }, bearer)).status).toBe(400);
    const confirmed = await call(verify, { code: currentTotpCode(secret) }, bearer);
    expect(confirmed.status).toBe(200);
    const { backupCodes } = await confirmed.json();
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    for (const code of backupCodes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabledAt).not.toBeNull();
    const stored = await db.mfaBackupCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(backupCodes[0].replace("-", ""));

    for (const organizationId of [organization.id, second.organization.id]) {
      const event = await db.auditEvent.findFirst({ where: { organizationId, action: "user.mfa_enabled" } });
      expect(event).toMatchObject({ security: true, actorId: user.id, targetId: user.id });
    }
    // Already on: starting again would silently replace the secret, so it is refused.
    expect((await call(enable, undefined, bearer)).status).toBe(409);
  });

  it("requires a user: no caller is 401 and an API key is refused", async () => {
    expect((await call(enable, undefined)).status).toBe(401);
    expect((await call(enable, undefined, { authorization: "Bearer ciq_000000000000_" + "a".repeat(43) })).status).toBe(403);
  });
});

describe("verifySecondFactor", () => {
  it("accepts a current TOTP code once, ±1 step, and rejects a replay and an old code", async () => {
    const { user, secret } = await enrolledMember();
    const code = currentTotpCode(secret);
    expect(await verifySecondFactor(user.id, code)).toBe("totp");
    expect(await verifySecondFactor(user.id, code)).toBeNull();

    nextStep();
    // The previous step's code is within the window but older than the last accepted one.
    expect(await verifySecondFactor(user.id, currentTotpCode(secret, Date.now() - 30_000))).toBeNull();
    expect(await verifySecondFactor(user.id, currentTotpCode(secret, Date.now() + 30_000))).toBe("totp");
    nextStep();
    nextStep();
    expect(await verifySecondFactor(user.id, currentTotpCode(secret, Date.now() - 90_000))).toBeNull();
    expect(await verifySecondFactor(user.id, "12345")).toBeNull();
  });

  it("accepts each backup code exactly once, in any case and without the hyphen", async () => {
    const { user, organization, backupCodes } = await enrolledMember();
    const [first, second] = backupCodes as [string, string];
    expect(await verifySecondFactor(user.id, first)).toBe("backup_code");
    expect(await verifySecondFactor(user.id, first)).toBeNull();
    expect(await verifySecondFactor(user.id, ` ${second.replace("-", "").toUpperCase()} `)).toBe("backup_code");
    expect(await db.mfaBackupCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
    const events = await db.auditEvent.findMany({ where: { organizationId: organization.id, action: "user.backup_code_used" }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.changes)).toEqual([{ remaining: 9 }, { remaining: 8 }]);
  });

  it("consumes a backup code once under concurrency", async () => {
    const { user, backupCodes } = await enrolledMember();
    const results = await Promise.all([verifySecondFactor(user.id, backupCodes[0]!), verifySecondFactor(user.id, backupCodes[0]!)]);
    expect(results.filter(Boolean)).toEqual(["backup_code"]);
  });

  it("accepts nothing for a user without 2FA, nor another user's backup code", async () => {
    const { user } = await createMember();
    const other = await enrolledMember();
    expect(await verifySecondFactor(user.id, "123456")).toBeNull();
    expect(await verifySecondFactor(user.id, other.backupCodes[0]!)).toBeNull();
    const second = await enrolledMember();
    expect(await verifySecondFactor(second.user.id, other.backupCodes[0]!)).toBeNull();
  });

  it("is the second step of the token sign-in", async () => {
    const { user, secret } = await enrolledMember();
    const missing = await call(login, { email: user.email, password: TEST_PASSWORD });
    expect(missing.status).toBe(401);
    expect((await missing.json()).errors).toEqual([expect.objectContaining({ path: "code" })]);
    expect(await accessTokenFor(user.email, currentTotpCode(secret))).toBeTruthy();
  });
});

describe("backup codes and disabling", () => {
  it("regenerates the codes with a current code: old ones stop working", async () => {
    const { user, organization, secret, backupCodes } = await enrolledMember();
    const bearer = { authorization: `Bearer ${await accessTokenFor(user.email, currentTotpCode(secret))}` };
    nextStep();
    expect((await call(regenerate, { code: "000000" }, bearer)).status).toBe(400);
    const response = await call(regenerate, { code: currentTotpCode(secret) }, bearer);
    expect(response.status).toBe(200);
    const fresh: string[] = (await response.json()).backupCodes;
    expect(fresh).toHaveLength(10);
    expect(await verifySecondFactor(user.id, backupCodes[1]!)).toBeNull();
    expect(await verifySecondFactor(user.id, fresh[0]!)).toBe("backup_code");
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "user.backup_codes_regenerated", security: true } })).toBe(1);
  });

  it("disables only with a valid code, clearing the secret and the codes", async () => {
    const { user, organization, secret } = await enrolledMember();
    const bearer = { authorization: `Bearer ${await accessTokenFor(user.email, currentTotpCode(secret))}` };
    nextStep();
    const refused = await call(disable, { code: "123456" }, bearer);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "code" }] });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabledAt).not.toBeNull();

    expect((await call(disable, { code: currentTotpCode(secret) }, bearer)).status).toBe(204);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ mfaEnabledAt: null, mfaSecretEnc: null });
    expect(await db.mfaBackupCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "user.mfa_disabled", security: true } })).toBe(1);
    // Signing in needs no code any more.
    expect(await accessTokenFor(user.email)).toBeTruthy();
  });

  it("disables with a backup code, for someone who lost the device", async () => {
    const { user, backupCodes } = await enrolledMember();
    const bearer = { authorization: `Bearer ${await accessTokenFor(user.email, backupCodes[0])}` };
    expect((await call(disable, { code: backupCodes[1] }, bearer)).status).toBe(204);
  });

  it("limits code guesses per user", async () => {
    const { user, secret } = await enrolledMember();
    const bearer = { authorization: `Bearer ${await accessTokenFor(user.email, currentTotpCode(secret))}` };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await call(disable, { code: String(100000 + i) }, bearer)).status);
    // The confirmation at enrollment was the first of ten tries this minute.
    expect(statuses).toEqual([...Array(9).fill(400), 429, 429]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabledAt).not.toBeNull();
  });
});

describe("an organization that requires 2FA", () => {
  it("refuses REST access to members without 2FA (403 mfa_enrollment_required) until they enable it", async () => {
    const { user, organization } = await createMember("VIEWER");
    await db.organization.update({ where: { id: organization.id }, data: { require2fa: true } });
    const token = await accessTokenFor(user.email);
    const jobs = () => listJobs(new Request("http://localhost/api/v1/jobs", { headers: { authorization: `Bearer ${token}` } }), noParams);
    const refused = await jobs();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "mfa_enrollment_required" });

    // Their own account stays reachable, so they can enroll with the same token.
    const bearer = { authorization: `Bearer ${token}` };
    const { secret } = await (await call(enable, undefined, bearer)).json();
    expect((await call(verify, { code: currentTotpCode(secret) }, bearer)).status).toBe(200);
    expect((await jobs()).status).toBe(200);
  });
});

describe("bad input on the 2FA routes", () => {
  const routes = { verify, disable, regenerate };
  const bodies: [string, unknown, string][] = [
    ["missing code", {}, "body.code"],
    ["wrong type", { code: 123456 }, "body.code"],
    ["oversize code", { code: "1".repeat(33) }, "body.code"],
    ["unknown field", { code: "123456", force: true }, "body.force"],
  ];

  it.each(Object.keys(routes).flatMap((name) => bodies.map((b) => [name, ...b] as const)))(
    "%s, %s → 400 naming the field, nothing changed",
    async (name, _label, body, path) => {
      const { user, secret } = await enrolledMember();
      const bearer = { authorization: `Bearer ${await accessTokenFor(user.email, currentTotpCode(secret))}` };
      const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      const codesBefore = await db.mfaBackupCode.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
      const response = await call(routes[name as keyof typeof routes], body, bearer);
      expect(response.status).toBe(400);
      expect((await response.json()).errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
      expect(await db.mfaBackupCode.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).toEqual(codesBefore);
    },
  );

  it("refuses a body on /auth/mfa/enable", async () => {
    const { user } = await createMember();
    const bearer = { authorization: `Bearer ${await accessTokenFor(user.email)}` };
    const response = await call(enable, { secret: "mine" }, bearer);
    expect(response.status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mfaSecretEnc).toBeNull();
  });
});
