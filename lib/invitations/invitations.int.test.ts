import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findMembership } from "@/lib/organizations/queries";
import { createMember, createUser } from "@/lib/testing/factories";
import { acceptInvitation, acceptInvitationAsNewUser } from "./accept-invitation";
import { inviteMember } from "./create-invitation";
import { findInvitationByToken } from "./find-invitation";
import { listInvitations, resendInvitation, revokeInvitation } from "./manage-invitation";

async function roleId(organizationId: string, builtIn: "ORG_ADMIN" | "VIEWER" | "ANALYST" | "ORG_MEMBER") {
  return (await db.role.findUniqueOrThrow({ where: { organizationId_builtIn: { organizationId, builtIn } } })).id;
}

/** The token of the newest invitation email to this address, read from the outbox. */
async function tokenFromOutbox(email: string) {
  const message = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
  expect(token).toBeTruthy();
  return { token: token!, message };
}

const freshEmail = () => `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe("invitations", () => {
  it("emails a link that lets a new user register with the invited email and join with the role", async () => {
    const admin = await createMember("ORG_ADMIN");
    const email = freshEmail();
    const invitation = await inviteMember(admin.ctx, { email: email.toUpperCase(), roleId: await roleId(admin.organization.id, "VIEWER") });
    expect(invitation).toMatchObject({ email, status: "pending", emailSent: true, role: { name: "Viewer" } });
    const { token, message } = await tokenFromOutbox(email);
    expect(message.subject).toContain(admin.organization.name);
    expect(message.html).toContain("Accept invitation");
    // Only the hash is stored.
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -4);

    const preview = await findInvitationByToken(token);
    expect(preview).toMatchObject({ status: "pending", email, accountExists: false, roleName: "Viewer" });

    // Registration's password policy applies here too.
    await expect(acceptInvitationAsNewUser(token, { name: "New Person", password: "password1234" }, {})).rejects.toMatchObject({ code: "validation_failed" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    const joined = await acceptInvitationAsNewUser(token, { name: "New Person", password: "a long enough password" }, {});
    expect(joined.organization.id).toBe(admin.organization.id);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const membership = await findMembership(user.id, { id: admin.organization.id });
    expect(membership?.builtInRoles).toEqual(["VIEWER"]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { organizationId: admin.organization.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["invitation.created", "invitation.accepted"]));
    // Single use.
    await expect(acceptInvitation(token, { userId: user.id, email: user.email })).rejects.toMatchObject({ code: "invalid_token" });
  });

  it("lets an existing user accept when signed in with the invited email, and refuses another account", async () => {
    const admin = await createMember("ORG_ADMIN");
    const invitee = await createUser(undefined, { verified: false });
    const stranger = await createUser();
    await inviteMember(admin.ctx, { email: invitee.email, roleId: await roleId(admin.organization.id, "ANALYST") });
    const { token } = await tokenFromOutbox(invitee.email);
    expect((await findInvitationByToken(token))?.accountExists).toBe(true);
    await expect(acceptInvitationAsNewUser(token, { name: "X", password: "a long enough password" }, {})).rejects.toMatchObject({ code: "conflict" });

    await expect(acceptInvitation(token, { userId: stranger.id, email: stranger.email })).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining(invitee.email) });
    expect(await findMembership(stranger.id, { id: admin.organization.id })).toBeNull();

    await acceptInvitation(token, { userId: invitee.id, email: invitee.email, ip: "203.0.113.9" });
    expect((await findMembership(invitee.id, { id: admin.organization.id }))?.builtInRoles).toEqual(["ANALYST"]);
    // The link proved the mailbox.
    expect((await db.user.findUniqueOrThrow({ where: { id: invitee.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("rejects expired, revoked and unknown links, and creates nothing", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await roleId(admin.organization.id, "VIEWER");
    const expiredEmail = freshEmail();
    const expired = await inviteMember(admin.ctx, { email: expiredEmail, roleId: viewer });
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { token: expiredToken } = await tokenFromOutbox(expiredEmail);
    await expect(acceptInvitationAsNewUser(expiredToken, { name: "X", password: "a long enough password" }, {})).rejects.toMatchObject({
      code: "invalid_token",
      message: expect.stringContaining("expired"),
    });

    const revokedEmail = freshEmail();
    const revoked = await inviteMember(admin.ctx, { email: revokedEmail, roleId: viewer });
    const { token: revokedToken } = await tokenFromOutbox(revokedEmail);
    expect((await revokeInvitation(admin.ctx, revoked.id)).status).toBe("revoked");
    await expect(acceptInvitationAsNewUser(revokedToken, { name: "X", password: "a long enough password" }, {})).rejects.toMatchObject({
      code: "invalid_token",
      message: expect.stringContaining("revoked"),
    });
    await expect(revokeInvitation(admin.ctx, revoked.id)).rejects.toMatchObject({ code: "conflict" });

    await expect(acceptInvitationAsNewUser("not-a-real-token-aaaaaaaaaaaaaaaaaaaaa", { name: "X", password: "a long enough password" }, {})).rejects.toMatchObject({ code: "invalid_token" });
    expect(await db.user.count({ where: { email: { in: [expiredEmail, revokedEmail] } } })).toBe(0);
  });

  it("resends with a new link at most once a minute; the old link stops working", async () => {
    const admin = await createMember("ORG_ADMIN");
    const email = freshEmail();
    const invitation = await inviteMember(admin.ctx, { email, roleId: await roleId(admin.organization.id, "VIEWER") });
    const { token: first } = await tokenFromOutbox(email);
    await expect(resendInvitation(admin.ctx, invitation.id)).rejects.toMatchObject({ code: "rate_limited", headers: { "Retry-After": expect.any(String) } });
    await db.invitation.update({ where: { id: invitation.id }, data: { lastSentAt: new Date(Date.now() - 61_000) } });
    const resent = await resendInvitation(admin.ctx, invitation.id);
    expect(resent.lastSentAt.getTime()).toBeGreaterThan(Date.now() - 5000);
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(2);
    const { token: second } = await tokenFromOutbox(email);
    expect(second).not.toBe(first);
    expect(await findInvitationByToken(first)).toBeNull();
    expect((await findInvitationByToken(second))?.status).toBe("pending");
    expect((await listInvitations(admin.ctx)).map((i) => i.id)).toContain(invitation.id);
  });

  it("refuses duplicates, members, roles above the inviter, viewers and unverified inviters", async () => {
    const admin = await createMember("ORG_ADMIN");
    const email = freshEmail();
    const viewerRole = await roleId(admin.organization.id, "VIEWER");
    await inviteMember(admin.ctx, { email, roleId: viewerRole });
    await expect(inviteMember(admin.ctx, { email, roleId: viewerRole })).rejects.toMatchObject({ code: "conflict" });
    const member = await createMember("VIEWER", admin.organization.id);
    await expect(inviteMember(admin.ctx, { email: member.user.email, roleId: viewerRole })).rejects.toMatchObject({ code: "conflict" });
    await expect(inviteMember(member.ctx, { email: freshEmail(), roleId: viewerRole })).rejects.toMatchObject({ code: "forbidden" });

    // A custom role that may invite, but holds no admin permissions, cannot offer the admin role.
    const inviterRole = await db.role.create({ data: { organizationId: admin.organization.id, name: "Inviter", permissions: ["users:create", "users:read"] } });
    const inviter = await createMember("VIEWER", admin.organization.id);
    await db.membershipRole.create({ data: { organizationId: admin.organization.id, membershipId: inviter.membership.id, roleId: inviterRole.id } });
    const inviterCtx = { ...inviter.ctx, permissions: [...inviter.ctx.permissions, "users:create" as const] };
    await expect(inviteMember(inviterCtx, { email: freshEmail(), roleId: await roleId(admin.organization.id, "ORG_ADMIN") })).rejects.toMatchObject({
      code: "forbidden",
    });

    const unverified = await createMember("ORG_ADMIN");
    await db.user.update({ where: { id: unverified.user.id }, data: { emailVerifiedAt: null } });
    const target = freshEmail();
    await expect(inviteMember(unverified.ctx, { email: target, roleId: await roleId(unverified.organization.id, "VIEWER") })).rejects.toMatchObject({
      code: "email_not_verified",
    });
    expect(await db.invitation.count({ where: { email: target } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: target } })).toBe(0);
  });

  it("escapes the organization name in the HTML part", async () => {
    const admin = await createMember("ORG_ADMIN");
    await db.organization.update({ where: { id: admin.organization.id }, data: { name: `<script>alert("x")</script> & Co` } });
    const email = freshEmail();
    await inviteMember(admin.ctx, { email, roleId: await roleId(admin.organization.id, "VIEWER") });
    const { message } = await tokenFromOutbox(email);
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(message.text).toContain(`<script>alert("x")</script> & Co`);
  });
});
