import type { Metadata } from "next";
import Link from "next/link";
import { Download, Lock, ScrollText, SearchX } from "lucide-react";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listSecurityEvents } from "@/lib/audit/list-security-events";
import { auditOrganization } from "@/lib/audit/queries";
import { AUDIT_PAGE_SIZE, hasFilters, parseAuditSearchParams } from "@/lib/audit/search-params";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AuditEventsTable } from "./_components/audit-events-table";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTabs } from "./_components/audit-tabs";
import { VerifyIntegrity } from "./_components/verify-integrity";

export const metadata: Metadata = { title: "Audit log" };

const DESCRIPTION = "A tamper-evident record of who changed what in this organization, and when.";

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug } = await params;
  const { ctx, organization, permissions } = await requirePageContext(orgSlug);
  if (!permissions.includes("audit:read")) {
    return (
      <div className="grid gap-8">
        <PageHeader title="Audit log" description={DESCRIPTION} />
        <EmptyState
          icon={Lock}
          title="Your role cannot view the audit log"
          description="Viewing the audit log needs the audit:read permission, which Organization Admins and Organization Members have. Ask an organization admin if you need to know who changed something."
          action={
            <Link href={`/${organization.slug}`} className={buttonClasses({ variant: "outline" })}>
              Back to the dashboard
            </Link>
          }
        />
      </div>
    );
  }

  const { timeZone } = await auditOrganization(ctx);
  const state = parseAuditSearchParams(await searchParams, timeZone);
  const security = state.view === "security";
  const list = security ? listSecurityEvents : listAuditEvents;
  const firstPage = await list(ctx, { filters: state.filters, limit: AUDIT_PAGE_SIZE });
  const exportHref = `/${organization.slug}/audit/export${state.pageQuery ? `?${state.pageQuery}` : ""}`;
  const filtered = hasFilters(state);

  return (
    <div className="grid gap-6">
      <PageHeader
        title="Audit log"
        description={DESCRIPTION}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <VerifyIntegrity orgSlug={organization.slug} />
            <a href={exportHref} download className={buttonClasses({ variant: "outline" })}>
              <Download aria-hidden />
              Export CSV
            </a>
          </div>
        }
      />
      <AuditTabs orgSlug={organization.slug} view={state.view} query={new URLSearchParams(state.pageQuery)} />
      <AuditFilters orgSlug={organization.slug} state={state} timeZone={timeZone} />
      {firstPage.data.length === 0 ? (
        filtered ? (
          <EmptyState
            icon={SearchX}
            title="No events match these filters"
            description="Widen the date range, shorten the actor or action, or clear the filters to see the whole log."
            action={
              <Link href={`/${organization.slug}/audit${security ? "?view=security" : ""}`} className={buttonClasses({ variant: "outline" })}>
                Clear filters
              </Link>
            }
          />
        ) : (
          <EmptyState
            icon={ScrollText}
            title={security ? "No security events yet" : "No audit events yet"}
            description={
              security
                ? "Failed sign-ins, account lockouts, two-factor changes, role changes and new API keys are listed here as they happen."
                : "Every change is recorded here with its author and time: inviting or removing members, changing roles, creating teams or API keys, changing settings, and sign-in problems."
            }
          />
        )
      ) : (
        <AuditEventsTable
          // A new filter set starts a new list rather than appending to the old one.
          key={`${state.view}?${state.apiQuery}`}
          orgSlug={organization.slug}
          timeZone={timeZone}
          apiPath={security ? "/api/v1/audit/security-events" : "/api/v1/audit/logs"}
          apiQuery={state.apiQuery}
          firstPage={firstPage}
          caption={security ? "Security events, newest first" : "Audit events, newest first"}
        />
      )}
    </div>
  );
}
