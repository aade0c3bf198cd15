import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, Lock } from "lucide-react";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PERMISSIONS } from "@/lib/permissions";
import { PageHeader } from "@/components/app-shell/page-header";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiKeysManager } from "./_components/api-keys-manager";

export const metadata: Metadata = { title: "API keys" };

const DESCRIPTION = "Keys let scripts and integrations call the ComplianceIQ REST API as this organization, with only the permissions you give them.";

export default async function ApiKeysPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx, organization, permissions } = await requirePageContext(orgSlug);
  const back = (
    <Link href={`/${organization.slug}/settings`} className={buttonClasses({ variant: "ghost", size: "sm" })}>
      <ArrowLeft aria-hidden />
      Settings
    </Link>
  );

  if (!permissions.includes("apikeys:manage")) {
    return (
      <div className="grid gap-8">
        <PageHeader title="API keys" description={DESCRIPTION} actions={back} />
        <EmptyState
          icon={Lock}
          title="Your role cannot manage API keys"
          description="Creating and revoking keys needs the apikeys:manage permission, which Organization Admins have. Ask one of them for a key with the permissions your integration needs."
        />
      </div>
    );
  }

  // Keys are few; one generous page is the whole list for any real organization.
  const { data: keys } = await listApiKeys(ctx, { limit: 200 });
  // A key can only hold permissions its creator holds, so only those are offered.
  const grantable = PERMISSIONS.filter((p) => permissions.includes(p));

  return (
    <div className="grid gap-6">
      <PageHeader title="API keys" description={DESCRIPTION} actions={back} />
      <ApiKeysManager orgSlug={organization.slug} keys={keys} grantable={grantable} />
    </div>
  );
}
