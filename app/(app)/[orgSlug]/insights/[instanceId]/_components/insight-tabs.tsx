"use client";

import type { ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

/** Tabs per engine plus trends; the first engine with an insight is open first. */
export function InsightTabs({ tabs, initial }: { tabs: { id: string; label: string; content: ReactNode }[]; initial: string }) {
  return (
    <Tabs defaultValue={initial} className="grid gap-6">
      <TabsList aria-label="Insights by analysis">
        {tabs.map((t) => (
          <TabsTrigger key={t.id} value={t.id}>
            {t.label}
          </TabsTrigger>
        ))}
      </TabsList>
      {tabs.map((t) => (
        <TabsContent key={t.id} value={t.id}>
          {t.content}
        </TabsContent>
      ))}
    </Tabs>
  );
}
