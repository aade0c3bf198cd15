import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { assertCanGrantRole } from "@/lib/roles/grantable";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertNotLastAdmin, lockAdminChanges } from "./admin-guard";
import { auditRoleChange } from "./audit-role-change";
import { readMember } from "./list-members";
import type { Member } from "./schemas";

/**
 * Takes one role away. A member keeps at least one role, and the last Organization Admin keeps
 * theirs. Taking a role away needs the same standing as giving it.
 */
export async function unassignRole(ctx: ActorContext, userId: string, roleId: string): Promise<Member> {
  authorize(ctx, "users:update");
  assertId(userId, "Member");
  assertId(roleId, "Role");
  return withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    await lockAdminChanges(tx, ctx.organizationId);
    const membership = await tx.membership.findFirst({
      where: { userId },
      select: { id: true, user: { select: { email: true } }, roles: { select: { role: { select: { id: true, name: true, builtIn: true, permissions: true } } } } },
    });
    if (!membership) throw notFound("Member");
    const role = membership.roles.find((r) => r.role.id === roleId)?.role;
    if (!role) throw notFound("Role assignment");
    assertCanGrantRole(ctx, role);
    if (membership.roles.length === 1) {
      throw new AppError("conflict", "A member keeps at least one role: assign another role first, or remove the member");
    }
    if (role.builtIn === "ORG_ADMIN") {
      await assertNotLastAdmin(tx, "This is the last Organization Admin; make someone else an admin first");
    }
    await tx.membershipRole.deleteMany({ where: { membershipId: membership.id, roleId } });
    await auditRoleChange(tx, ctx, "member.role_removed", { userId, email: membership.user.email, role });
    return readMember(tx, userId);
  });
}
