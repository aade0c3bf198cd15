import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { activeSession } from "@/lib/auth/sessions/active-session";
import { createUserSession } from "@/lib/auth/sessions/create-user-session";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createMember } from "@/lib/testing/factories";
import { changePassword } from "./change-password";

const NEW = "a quiet lighthouse keeper";

describe("changePassword", () => {
  it("needs the current password, ends the other sessions but not this one, audits and notifies", async () => {
    const { user, organization } = await createMember("VIEWER");
    const current = await createUserSession(user.id, "BROWSER", {}, 3_600_000);
    const other = await createUserSession(user.id, "BROWSER", {}, 3_600_000);
    const caller = { userId: user.id, sessionId: current.id, ip: "10.9.9.9" };

    await expect(changePassword(caller, { currentPassword: "wrong", newPassword: NEW })).rejects.toMatchObject({
      code: "validation_failed",
      errors: [{ path: "currentPassword", message: "The current password is incorrect" }],
    });
    await expect(changePassword(caller, { currentPassword: TEST_PASSWORD, newPassword: "qwerty123456789" })).rejects.toMatchObject({
      errors: [{ path: "newPassword", message: expect.stringMatching(/sequences|common/) }],
    });
    expect(await activeSession(other.id)).not.toBeNull();

    expect(await changePassword(caller, { currentPassword: TEST_PASSWORD, newPassword: NEW })).toEqual({ sessionsRevoked: 1 });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, NEW)).toBe(true);
    expect(await activeSession(current.id)).not.toBeNull();
    expect(await activeSession(other.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "user.password_changed", security: true } })).toBe(1);
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(notice.subject).toMatch(/password was changed/);
    expect(notice.text).toContain("10.9.9.9");
  });
});
