import Link from "next/link";
import { ShieldAlert, ScrollText } from "lucide-react";
import type { AuditView } from "@/lib/audit/search-params";
import { cn } from "@/components/ui/cn";

/**
 * The two lists as links rather than client tabs: each is its own URL (shareable, back button,
 * rendered on the server) and keeps the current filters.
 */
export function AuditTabs({ orgSlug, view, query }: { orgSlug: string; view: AuditView; query: URLSearchParams }) {
  const all = new URLSearchParams(query);
  all.delete("view");
  const security = new URLSearchParams(all);
  security.delete("security");
  security.set("view", "security");
  const tabs = [
    { id: "all", label: "All events", icon: ScrollText, href: `/${orgSlug}/audit${all.size ? `?${all}` : ""}` },
    { id: "security", label: "Security events", icon: ShieldAlert, href: `/${orgSlug}/audit?${security}` },
  ] as const;
  return (
    <nav aria-label="Audit log views">
      <ul className="inline-flex flex-wrap items-center gap-1 rounded-lg bg-muted p-1 text-muted-foreground">
        {tabs.map((tab) => {
          const active = tab.id === view;
          return (
            <li key={tab.id}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors hover:text-foreground [&_svg]:size-4",
                  active && "bg-background text-foreground shadow-sm",
                )}
              >
                <tab.icon aria-hidden />
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
