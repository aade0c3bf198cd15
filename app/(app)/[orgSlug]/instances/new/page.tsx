import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/authorize";
import { getCurrentSession } from "@/lib/auth/current-user";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { InstanceForm } from "@/components/instances/instance-form";
import { createInstanceAction } from "../actions";

export const metadata: Metadata = { title: "Add instance" };

export default async function NewInstancePage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization } = await requirePageContext(orgSlug);
  if (!can(ctx, "instances:create")) notFound();
  const session = await getCurrentSession();
  const base = `/${organization.slug}/instances`;
  return (
    <div className="grid gap-8">
      <PageHeader
        title="Add a ServiceNow instance"
        description="Connect an instance with an integration user that can read the GRC tables. Test the connection once it is saved."
      />
      {session && !session.emailVerified ? (
        <p role="status" className="max-w-2xl rounded-lg border border-warning/30 bg-warning/10 p-4 text-sm">
          Verify your email address before connecting an instance: follow the link in the email we sent you.
        </p>
      ) : null}
      <InstanceForm mode="create" submit={createInstanceAction.bind(null, organization.slug)} cancelHref={base} detailBase={base} />
    </div>
  );
}
