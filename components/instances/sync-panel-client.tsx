"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { DatabaseZap, Loader2, RefreshCw, Square } from "lucide-react";
import { errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { SyncModeValue } from "@/lib/sync/schemas";
import { isActiveSync } from "./sync-format";
import { SyncHistoryTable } from "./sync-history-table";
import { SyncProgress } from "./sync-progress";
import { type SyncHistoryPage, useCancelSync, useStartSync, useSyncHistory } from "./use-sync-history";

export interface SyncPanelClientProps {
  orgSlug: string;
  instanceId: string;
  initial: SyncHistoryPage;
  canSync: boolean;
  canCancel: boolean;
}

/** Sync now / Full sync, the running sync's live progress with Cancel, and the history. */
export function SyncPanelClient({ orgSlug, instanceId, initial, canSync, canCancel }: SyncPanelClientProps) {
  const router = useRouter();
  const query = useSyncHistory(orgSlug, instanceId, initial);
  const start = useStartSync(orgSlug, instanceId);
  const cancel = useCancelSync(orgSlug, instanceId);
  const runs = query.data?.pages.flatMap((page) => page.data) ?? initial.data;
  const active = runs.find(isActiveSync);

  // When a sync ends, the rest of the page (last sync time, health) may have changed too.
  const wasActive = useRef(Boolean(active));
  useEffect(() => {
    if (wasActive.current && !active) router.refresh();
    wasActive.current = Boolean(active);
  }, [active, router]);

  const startSync = (mode: SyncModeValue) => start.mutate(mode);
  const busy = Boolean(active) || start.isPending;

  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid max-w-2xl gap-1.5">
            <CardTitle>Sync</CardTitle>
            <CardDescription>
              Copies the GRC tables into ComplianceIQ. <strong className="font-medium text-foreground">Sync now</strong> reads
              what changed since the last sync; a <strong className="font-medium text-foreground">full sync</strong> reads
              everything and removes records the instance no longer has.
            </CardDescription>
            {canSync ? null : <p className="text-xs text-muted-foreground">Your role can view syncs but not start them.</p>}
          </div>
          {canSync ? (
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => startSync("incremental")} disabled={busy}>
                {start.isPending && start.variables === "incremental" ? <Loader2 aria-hidden className="animate-spin" /> : <RefreshCw aria-hidden />}
                Sync now
              </Button>
              <Button variant="outline" onClick={() => startSync("full")} disabled={busy}>
                {start.isPending && start.variables === "full" ? <Loader2 aria-hidden className="animate-spin" /> : <DatabaseZap aria-hidden />}
                Full sync
              </Button>
            </div>
          ) : null}
        </div>
      </CardHeader>
      <CardContent className="grid gap-4">
        {active ? (
          <div className="grid gap-2">
            <SyncProgress run={active} />
            {canCancel && active.jobId ? (
              <Button
                variant="outline"
                size="sm"
                className="justify-self-start"
                onClick={() => cancel.mutate(active.jobId as string)}
                disabled={cancel.isPending}
              >
                {cancel.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Square aria-hidden />}
                Cancel sync
              </Button>
            ) : null}
          </div>
        ) : null}

        {runs.length === 0 ? (
          <EmptyState
            icon={RefreshCw}
            headingLevel="h3"
            title="Not synced yet"
            description={
              canSync
                ? "Test the connection, then choose Sync now to copy this instance's controls, risks, tests and issues. Later syncs read only what changed."
                : "An administrator of this organization can start the first sync, or set a schedule on the instance."
            }
          />
        ) : (
          <SyncHistoryTable runs={runs} />
        )}

        {query.isError ? (
          <p role="alert" className="text-sm text-destructive">
            Could not refresh the sync history: {errorMessage(query.error)}
          </p>
        ) : null}
        {query.hasNextPage ? (
          <Button variant="outline" className="justify-self-start" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Load older syncs
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}
