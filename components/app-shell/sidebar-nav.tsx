"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  BarChart3,
  CreditCard,
  FileText,
  LayoutDashboard,
  Lightbulb,
  PanelsTopLeft,
  ScrollText,
  Server,
  Settings,
  Users,
} from "lucide-react";
import { cn } from "@/components/ui/cn";

const sections = [
  { segment: "", label: "Dashboard", icon: LayoutDashboard },
  { segment: "instances", label: "Instances", icon: Server },
  { segment: "analysis", label: "Analysis", icon: BarChart3 },
  { segment: "insights", label: "Insights", icon: Lightbulb },
  { segment: "widgets", label: "Widgets", icon: PanelsTopLeft },
  { segment: "reports", label: "Reports", icon: FileText },
  { segment: "team", label: "Team", icon: Users },
  { segment: "billing", label: "Billing", icon: CreditCard },
  { segment: "settings", label: "Settings", icon: Settings },
  { segment: "audit", label: "Audit log", icon: ScrollText },
] as const;

function isActive(pathname: string, href: string, exact: boolean) {
  return exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function SidebarNav({ orgSlug, onNavigate }: { orgSlug: string; onNavigate?: () => void }) {
  const pathname = usePathname() ?? "";
  const base = `/${orgSlug}`;
  return (
    <nav aria-label="Main">
      <ul className="grid gap-0.5">
        {sections.map(({ segment, label, icon: Icon }) => {
          const href = segment ? `${base}/${segment}` : base;
          // The dashboard is the organization root, so only an exact match makes it current.
          const active = isActive(pathname, href, segment === "");
          return (
            <li key={label}>
              <Link
                href={href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  // Inset focus ring: the scrolling sidebar would clip one drawn outside the link.
                  "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors focus-visible:-outline-offset-2",
                  active
                    ? "bg-accent text-foreground"
                    : "text-muted-foreground hover:bg-accent/60 hover:text-foreground",
                )}
              >
                <Icon aria-hidden className={cn("size-4 shrink-0", active && "text-primary")} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
