import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { assertCanGrantRole } from "@/lib/roles/grantable";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { auditRoleChange } from "./audit-role-change";
import { readMember } from "./list-members";
import type { Member } from "./schemas";

/** Gives a member one more role (their permissions become the union). Assigning a held role changes nothing. */
export async function assignRole(ctx: ActorContext, userId: string, roleId: string): Promise<Member> {
  authorize(ctx, "users:update");
  assertId(userId, "Member");
  assertId(roleId, "Role");
  return withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId }, select: { id: true, user: { select: { email: true } } } });
    if (!membership) throw notFound("Member");
    const role = await tx.role.findFirst({ where: { id: roleId }, select: { id: true, name: true, builtIn: true, permissions: true } });
    if (!role) throw notFound("Role");
    assertCanGrantRole(ctx, role);
    const held = await tx.membershipRole.findFirst({ where: { membershipId: membership.id, roleId }, select: { roleId: true } });
    if (!held) {
      await tx.membershipRole.create({ data: { organizationId: ctx.organizationId, membershipId: membership.id, roleId } });
      await auditRoleChange(tx, ctx, "member.role_added", { userId, email: membership.user.email, role });
    }
    return readMember(tx, userId);
  });
}
