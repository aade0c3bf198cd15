import type { Metadata } from "next";
import { UserPlus } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { PageHeader } from "@/components/app-shell/page-header";
import { roleLabel } from "@/components/app-shell/role-label";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, organization, role } = await requirePageContext(orgSlug);
  return (
    <div className="grid gap-8">
      <PageHeader title="Team" description={`People in ${organization.name} and the roles that decide what they can do.`} />
      <Card>
        <CardHeader>
          <CardTitle>Your membership</CardTitle>
          <CardDescription>The account you are signed in with and its role in this organization.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center justify-between gap-3">
          <div className="grid min-w-0">
            {user.name ? <span className="truncate text-sm font-medium">{user.name}</span> : null}
            <span className="truncate text-sm text-muted-foreground">{user.email}</span>
          </div>
          <Badge variant="secondary">{roleLabel(role)}</Badge>
        </CardContent>
      </Card>
      <EmptyState
        icon={UserPlus}
        title="Inviting teammates is not available yet"
        description="Invitations, the member list and role changes arrive with the team feature. Once it ships, organization admins invite people from this page and choose their role."
      />
    </div>
  );
}
