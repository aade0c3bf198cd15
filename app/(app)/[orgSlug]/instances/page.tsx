import type { Metadata } from "next";
import Link from "next/link";
import { Lock, Plus, Server } from "lucide-react";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { listInstances } from "@/lib/instances/list-instances";
import { PageHeader } from "@/components/app-shell/page-header";
import { InstancesTable } from "@/components/instances/instances-table";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Instances" };

// A page shows up to this many; the REST list pages through any number.
const PAGE_LIMIT = 200;

export default async function InstancesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization } = await requirePageContext(orgSlug);
  const canCreate = can(ctx, "instances:create");
  const addButton = canCreate ? (
    <Link href={`/${organization.slug}/instances/new`} className={buttonClasses()}>
      <Plus aria-hidden />
      Add instance
    </Link>
  ) : null;

  if (!can(ctx, "instances:read")) {
    return (
      <div className="grid gap-8">
        <PageHeader title="Instances" description="The ServiceNow GRC and IRM instances this organization reads from." />
        <EmptyState
          icon={Lock}
          title="Your role cannot view instances"
          description="Ask an organization admin for a role with the instances:read permission."
        />
      </div>
    );
  }

  const { data: instances } = await listInstances(ctx, { limit: PAGE_LIMIT });
  return (
    <div className="grid gap-8">
      <PageHeader
        title="Instances"
        description="The ServiceNow GRC and IRM instances this organization reads from."
        actions={instances.length > 0 ? addButton : null}
      />
      {instances.length === 0 ? (
        <EmptyState
          icon={Server}
          title="No ServiceNow instances connected yet"
          description={
            <>
              {canCreate
                ? "Add an instance with its URL (https://<name>.service-now.com) and the credentials of an integration user with read access to the GRC tables. "
                : "Ask a member whose role can connect instances to add one. "}
              Once connected, ComplianceIQ syncs controls, risks, policies, control tests and issues on a schedule. To try it
              without a ServiceNow instance, run the local simulator with <code className="font-mono">npm run sn:sim</code> and
              connect to http://localhost:8710 as admin / admin.
            </>
          }
          action={addButton}
        />
      ) : (
        <InstancesTable orgSlug={organization.slug} instances={instances} />
      )}
    </div>
  );
}
