import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/authorize";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { AppError } from "@/lib/errors";
import { getInstance } from "@/lib/instances/get-instance";
import { PageHeader } from "@/components/app-shell/page-header";
import { InstanceForm } from "@/components/instances/instance-form";
import { updateInstanceAction } from "../../actions";

export const metadata: Metadata = { title: "Edit instance" };

export default async function EditInstancePage({ params }: { params: Promise<{ orgSlug: string; instanceId: string }> }) {
  const { orgSlug, instanceId } = await params;
  const { ctx, organization } = await requirePageContext(orgSlug);
  if (!can(ctx, "instances:update")) notFound();
  const instance = await getInstance(ctx, instanceId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const base = `/${organization.slug}/instances`;
  return (
    <div className="grid gap-8">
      <PageHeader title={`Edit ${instance.name}`} description="Changing the URL or the credentials resets the health until the next check." />
      <InstanceForm
        mode="edit"
        instance={instance}
        submit={updateInstanceAction.bind(null, organization.slug, instance.id)}
        cancelHref={`${base}/${instance.id}`}
        detailBase={base}
      />
    </div>
  );
}
