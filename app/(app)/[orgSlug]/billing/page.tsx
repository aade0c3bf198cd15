import type { Metadata } from "next";
import { CreditCard } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { organization } = await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader title="Billing" description={`The plan and invoices of ${organization.name}.`} />
      <EmptyState
        icon={CreditCard}
        title="No plan to manage yet"
        description="Plans have not been published and billing arrives in a later release, so there is nothing to pay or configure here yet."
      />
    </div>
  );
}
