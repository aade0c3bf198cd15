import { beforeEach, describe, expect, it, vi } from "vitest";
import { newIp } from "@/lib/accounts/testing/route-client";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createMember, createUser } from "@/lib/testing/factories";
import { authenticatePassword } from "./authenticate-password";
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from "./lockout";
import { verifySecondFactor } from "./mfa/verify-second-factor";
import { SignInError } from "./sign-in-error";
import { SIGN_INS_PER_IP_PER_MINUTE } from "./sign-in-rate-limit";

vi.mock("./mfa/verify-second-factor", () => ({ verifySecondFactor: vi.fn() }));

const meta = () => ({ ip: newIp(), userAgent: "vitest" });

async function failure(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInError);
  return error as SignInError;
}

const attempts = (userId: string) =>
  db.loginAttempt.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { result: true, ip: true, userAgent: true } });

beforeEach(() => vi.mocked(verifySecondFactor).mockReset());

describe("authenticatePassword", () => {
  it("signs in with the right password, case-insensitive email, and records the attempt and an audit event", async () => {
    const { user, organization } = await createMember("VIEWER");
    const from = meta();
    const account = await authenticatePassword({ email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD, meta: from });
    expect(account).toEqual({ userId: user.id, email: user.email, name: user.name });
    expect(await attempts(user.id)).toEqual([{ result: "SUCCESS", ip: from.ip, userAgent: "vitest" }]);
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "auth.login_succeeded", actorId: user.id } })).toBe(1);
  });

  it("gives an unknown email and a wrong password the same answer, and records both", async () => {
    const user = await createUser();
    const wrong = await failure(authenticatePassword({ email: user.email, password: "not the password", meta: meta() }));
    const unknownEmail = `nobody-${user.id}@example.test`;
    const unknown = await failure(authenticatePassword({ email: unknownEmail, password: TEST_PASSWORD, meta: meta() }));
    expect(wrong.failure).toEqual({ reason: "invalid_credentials" });
    expect(unknown.failure).toEqual(wrong.failure);
    expect([unknown.status, unknown.message]).toEqual([wrong.status, wrong.message]);
    expect((await attempts(user.id)).map((a) => a.result)).toEqual(["BAD_PASSWORD"]);
    expect(await db.loginAttempt.count({ where: { email: unknownEmail, userId: null, result: "UNKNOWN_USER" } })).toBe(1);
  });

  it("locks the account for 15 minutes after 5 failures in a row, even for the right password, then lets it in again", async () => {
    const { user, organization } = await createMember("ANALYST");
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      expect((await failure(authenticatePassword({ email: user.email, password: `wrong ${i}`, meta: meta() }))).failure.reason).toBe("invalid_credentials");
    }
    const before = Date.now();
    const fifth = await failure(authenticatePassword({ email: user.email, password: "wrong 5", meta: meta() }));
    expect(fifth.failure.reason).toBe("account_locked");
    expect(fifth.status).toBe(423);
    const lockedUntil = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!;
    expect(lockedUntil.getTime() - before).toBeGreaterThanOrEqual(LOCKOUT_MS - 1000);
    expect(lockedUntil.getTime() - before).toBeLessThanOrEqual(LOCKOUT_MS + 5000);
    expect(Number(fifth.headers?.["Retry-After"])).toBeGreaterThan(14 * 60);

    const right = await failure(authenticatePassword({ email: user.email, password: TEST_PASSWORD, meta: meta() }));
    expect(right.failure).toEqual({ reason: "account_locked", until: lockedUntil });
    expect((await attempts(user.id)).map((a) => a.result)).toEqual([...Array(5).fill("BAD_PASSWORD"), "LOCKED"]);
    const security = await db.auditEvent.findMany({ where: { organizationId: organization.id, security: true }, select: { action: true } });
    expect(security.filter((e) => e.action === "auth.login_failed")).toHaveLength(5);
    expect(security.filter((e) => e.action === "auth.account_locked")).toHaveLength(1);

    // Fifteen minutes later (the lock's end moved into the past):
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await authenticatePassword({ email: user.email, password: TEST_PASSWORD, meta: meta() })).userId).toBe(user.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("resets the failure count on success, so failures must be consecutive to lock", async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) await failure(authenticatePassword({ email: user.email, password: "nope", meta: meta() }));
    await authenticatePassword({ email: user.email, password: TEST_PASSWORD, meta: meta() });
    for (let i = 0; i < 4; i++) await failure(authenticatePassword({ email: user.email, password: "nope", meta: meta() }));
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 4, lockedUntil: null });
  });

  it("asks for the second factor, refuses a wrong one (counting it as a failure) and accepts a right one", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    const noCode = await failure(authenticatePassword({ email: user.email, password: TEST_PASSWORD, meta: meta() }));
    expect(noCode.failure.reason).toBe("mfa_required");
    expect(noCode.errors).toEqual([{ path: "code", message: expect.stringMatching(/Required/) }]);
    expect(verifySecondFactor).not.toHaveBeenCalled();

    vi.mocked(verifySecondFactor).mockResolvedValueOnce(null);
    const wrongCode = await failure(authenticatePassword({ email: user.email, password: TEST_PASSWORD, code: "000000", meta: meta() }));
    expect(wrongCode.failure.reason).toBe("mfa_invalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);

    // A wrong password never reaches the second factor.
    await failure(authenticatePassword({ email: user.email, password: "wrong", code: "123456", meta: meta() }));
    expect(verifySecondFactor).toHaveBeenCalledTimes(1);

    vi.mocked(verifySecondFactor).mockResolvedValueOnce("totp");
    const account = await authenticatePassword({ email: user.email, password: TEST_PASSWORD, code: " 123456 ", meta: meta() });
    expect(account.userId).toBe(user.id);
    expect(verifySecondFactor).toHaveBeenLastCalledWith(user.id, "123456");
    expect((await attempts(user.id)).map((a) => a.result)).toEqual(["MFA_REQUIRED", "MFA_FAILED", "BAD_PASSWORD", "SUCCESS"]);
  });

  it("limits sign-in attempts per IP address and records the refused ones", async () => {
    const user = await createUser();
    const ip = newIp();
    for (let i = 0; i < SIGN_INS_PER_IP_PER_MINUTE; i++) {
      await authenticatePassword({ email: `someone-${i}@example.test`, password: "x", meta: { ip } }).catch(() => undefined);
    }
    const limited = await failure(authenticatePassword({ email: user.email, password: TEST_PASSWORD, meta: { ip } }));
    expect(limited.failure.reason).toBe("rate_limited");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers?.["Retry-After"])).toBeGreaterThan(0);
    expect((await attempts(user.id)).map((a) => a.result)).toEqual(["RATE_LIMITED"]);
    // Another address is not affected.
    expect((await authenticatePassword({ email: user.email, password: TEST_PASSWORD, meta: meta() })).userId).toBe(user.id);
  });

  it("refuses an account without a password (OAuth only) and an oversize password without hashing it", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect((await failure(authenticatePassword({ email: user.email, password: "", meta: meta() }))).failure.reason).toBe("invalid_credentials");
    const other = await createUser();
    const started = performance.now();
    await failure(authenticatePassword({ email: other.email, password: "p".repeat(100_000), meta: meta() }));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
