import { db } from "@/lib/db";
import { assertSuperAdmin } from "./assert-super-admin";

export interface PlatformOrganization {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
  deletedAt: Date | null;
  purgeAfter: Date | null;
  memberCount: number;
  instanceCount: number;
}

/**
 * Every organization on the platform, including those pending deletion, newest first, for a
 * Super Admin. This crosses tenants by design, so it uses `db` directly rather than withTenant
 * (whose row-level security would show one organization at most); in exchange it selects only
 * organization metadata and counts, never tenant content. The caller is re-checked here, so no
 * page, route or job can list organizations without being a Super Admin.
 */
export async function listPlatformOrganizations(actorId: string): Promise<PlatformOrganization[]> {
  await assertSuperAdmin(actorId);
  const rows = await db.organization.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      deletedAt: true,
      purgeAfter: true,
      _count: { select: { memberships: true, instances: true } },
    },
  });
  return rows.map(({ _count, ...org }) => ({ ...org, memberCount: _count.memberships, instanceCount: _count.instances }));
}
