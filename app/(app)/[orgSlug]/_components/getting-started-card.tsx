import Link from "next/link";
import { ArrowRight, BarChart3, BookOpen, Building2, Server, Users, type LucideIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

interface Step {
  icon: LucideIcon;
  title: string;
  description: string;
  state: "done" | "available" | "later";
  href?: string;
  linkLabel?: string;
}

const stateBadge = {
  done: <Badge variant="success">Done</Badge>,
  available: <Badge>Available</Badge>,
  later: <Badge variant="secondary">Not available yet</Badge>,
} as const;

export function GettingStartedCard({ orgSlug, organizationName }: { orgSlug: string; organizationName: string }) {
  const steps: Step[] = [
    {
      icon: Building2,
      title: "Organization ready",
      description: `${organizationName} exists and you are a member of it.`,
      state: "done",
    },
    {
      icon: Server,
      title: "Connect a ServiceNow instance",
      description: "Arrives with the instances feature: ComplianceIQ then syncs controls, risks, policies, tests and issues.",
      state: "later",
      href: `/${orgSlug}/instances`,
      linkLabel: "Instances",
    },
    {
      icon: BarChart3,
      title: "Run your first analysis",
      description: "Control effectiveness, risk correlation, compliance gap and predictive failure, once data is synced.",
      state: "later",
      href: `/${orgSlug}/analysis`,
      linkLabel: "Analysis",
    },
    {
      icon: Users,
      title: "Invite your team",
      description: "Arrives with the team feature, with roles that decide who can run and export what.",
      state: "later",
      href: `/${orgSlug}/team`,
      linkLabel: "Team",
    },
    {
      icon: BookOpen,
      title: "Read the REST API reference",
      description: "Every endpoint the app uses is documented and callable from your own tools.",
      state: "available",
      href: "/docs/api",
      linkLabel: "API reference",
    },
  ];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Getting started</CardTitle>
        <CardDescription>What is ready today and what comes next for {organizationName}.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="divide-y">
          {steps.map((step) => (
            <li key={step.title} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
              <span className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-md bg-muted text-muted-foreground">
                <step.icon aria-hidden className="size-4" />
              </span>
              <div className="grid min-w-0 flex-1 gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-sm font-medium">{step.title}</h3>
                  {stateBadge[step.state]}
                </div>
                <p className="text-sm text-muted-foreground">{step.description}</p>
              </div>
              {step.href ? (
                <Link
                  href={step.href}
                  className="mt-1 inline-flex shrink-0 items-center gap-1 rounded text-sm font-medium text-primary hover:underline"
                >
                  {step.linkLabel}
                  <ArrowRight aria-hidden className="size-3.5" />
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
