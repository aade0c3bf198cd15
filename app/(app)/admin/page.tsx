import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/app-shell/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSuperAdmin } from "@/lib/platform/assert-super-admin";
import { listPlatformOrganizations } from "@/lib/platform/list-platform-organizations";
import { OrganizationsTable } from "./_components/organizations-table";

export const metadata: Metadata = { title: "Platform admin" };

export default async function PlatformAdminPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Fadmin");
  // Re-read from the database on every request; anyone else gets the ordinary 404.
  if (!(await isSuperAdmin(user.id))) notFound();
  const organizations = await listPlatformOrganizations(user.id);

  return (
    <div className="grid gap-6">
      <PageHeader
        title="Platform admin"
        description="Every organization on this deployment, including those pending deletion. Only counts are shown: what an organization holds stays inside it."
      />
      <OrganizationsTable
        organizations={organizations.map((o) => ({
          ...o,
          createdAt: o.createdAt.toISOString(),
          deletedAt: o.deletedAt?.toISOString() ?? null,
          purgeAfter: o.purgeAfter?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
