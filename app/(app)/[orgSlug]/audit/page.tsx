import type { Metadata } from "next";
import { Lock, ScrollText } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { permissions } = await requirePageContext(orgSlug);
  const canRead = permissions.includes("audit:read");
  return (
    <div className="grid gap-8">
      <PageHeader title="Audit log" description="A record of who changed what in this organization, and when." />
      {canRead ? (
        <EmptyState
          icon={ScrollText}
          title="No audit events to show yet"
          description="Recording changes arrives with the audit log feature; from then on every change to instances, analyses, widgets, members and settings is listed here with its author and time."
        />
      ) : (
        <EmptyState
          icon={Lock}
          title="Your role cannot view the audit log"
          description="Your role in this organization does not include the audit log. Ask an organization admin if you need to know who changed something."
        />
      )}
    </div>
  );
}
