"use client";

import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Mail, ShieldCheck, Users, UsersRound } from "lucide-react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

type Tab = "members" | "invitations" | "roles" | "teams";

const LABELS: Record<Tab, { label: string; icon: typeof Users }> = {
  members: { label: "Members", icon: Users },
  invitations: { label: "Invitations", icon: Mail },
  roles: { label: "Roles", icon: ShieldCheck },
  teams: { label: "Teams", icon: UsersRound },
};

/**
 * The tab lives in the URL (?tab=roles), so a reload or a shared link opens the same one. Every
 * panel is already rendered, so switching only rewrites the URL (no round trip to the server).
 */
export function TeamTabs({ active, counts, panels }: { active: Tab; counts: Record<Tab, number>; panels: Record<Tab, ReactNode> }) {
  const pathname = usePathname();
  return (
    <Tabs
      defaultValue={active}
      onValueChange={(value) => window.history.replaceState(null, "", value === "members" ? pathname : `${pathname}?tab=${value}`)}
    >
      <TabsList aria-label="Team sections">
        {(Object.keys(LABELS) as Tab[]).map((tab) => {
          const { label, icon: Icon } = LABELS[tab];
          return (
            <TabsTrigger key={tab} value={tab}>
              <Icon aria-hidden />
              {label}
              <span className="rounded-full bg-muted-foreground/10 px-1.5 text-xs tabular-nums">{counts[tab]}</span>
            </TabsTrigger>
          );
        })}
      </TabsList>
      {(Object.keys(LABELS) as Tab[]).map((tab) => (
        <TabsContent key={tab} value={tab}>
          {panels[tab]}
        </TabsContent>
      ))}
    </Tabs>
  );
}
