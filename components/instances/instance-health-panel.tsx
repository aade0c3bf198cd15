"use client";

import { Activity, Loader2 } from "lucide-react";
import { errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { InstanceHealthView } from "@/lib/instances/schemas";
import { breakerLabel, formatDateTime, formatLatency } from "./format";
import { InstanceStatusBadge } from "./instance-status-badge";
import { LatencyChart } from "./latency-chart";
import { useInstanceHealth } from "./use-instance-health";

/** Current health, the circuit breaker, a latency chart and the check history (older pages on demand). */
export function InstanceHealthPanel({
  orgSlug,
  instanceId,
  initial,
}: {
  orgSlug: string;
  instanceId: string;
  initial: InstanceHealthView;
}) {
  const query = useInstanceHealth(orgSlug, instanceId, initial);
  const pages = query.data?.pages ?? [initial];
  const current = pages[0]!.current;
  const checks = pages.flatMap((page) => page.data);

  return (
    <Card>
      <CardHeader>
        <CardTitle>Health</CardTitle>
        <CardDescription>
          Checked every 15 minutes: the latency of one authenticated request, whether sign-in worked, and the last error.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <dl className="grid gap-4 text-sm sm:grid-cols-4">
          <div className="grid gap-1">
            <dt className="text-xs text-muted-foreground">Status</dt>
            <dd>
              <InstanceStatusBadge health={current.health} />
            </dd>
          </div>
          <div className="grid gap-1">
            <dt className="text-xs text-muted-foreground">Last checked</dt>
            <dd suppressHydrationWarning>{current.lastHealthAt ? formatDateTime(current.lastHealthAt) : "Never"}</dd>
          </div>
          <div className="grid gap-1">
            <dt className="text-xs text-muted-foreground">Latency</dt>
            <dd className="tabular-nums">{formatLatency(current.lastLatencyMs)}</dd>
          </div>
          <div className="grid gap-1">
            <dt className="text-xs text-muted-foreground">Circuit breaker</dt>
            <dd>
              {current.breaker ? (breakerLabel[current.breaker.state] ?? current.breaker.state) : "Closed (no requests yet)"}
              {current.breaker && current.breaker.consecutiveFailures > 0 ? (
                <span className="block text-xs text-muted-foreground">
                  {current.breaker.consecutiveFailures} consecutive failure{current.breaker.consecutiveFailures === 1 ? "" : "s"}
                </span>
              ) : null}
            </dd>
          </div>
        </dl>
        {current.lastError ? (
          <p className="rounded-lg border border-destructive/30 bg-destructive/5 p-3 text-sm">
            <span className="font-medium">Last error: </span>
            {current.lastError}
          </p>
        ) : null}

        {checks.length === 0 ? (
          <EmptyState
            icon={Activity}
            headingLevel="h3"
            title="No health checks yet"
            description="The first scheduled check runs within 15 minutes. Test the connection to check now."
          />
        ) : (
          <>
            <LatencyChart checks={checks} />
            <div className="relative overflow-x-auto rounded-lg border">
              <table className="w-full text-sm">
                <caption className="sr-only">Health checks, newest first</caption>
                <thead className="bg-muted/50 text-xs text-muted-foreground">
                  <tr className="border-b">
                    <th scope="col" className="h-9 px-3 text-left font-medium">Checked</th>
                    <th scope="col" className="h-9 px-3 text-left font-medium">Status</th>
                    <th scope="col" className="h-9 px-3 text-left font-medium">Sign-in</th>
                    <th scope="col" className="h-9 px-3 text-right font-medium">Latency</th>
                    <th scope="col" className="h-9 px-3 text-left font-medium">Breaker</th>
                    <th scope="col" className="h-9 px-3 text-left font-medium">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {checks.map((check) => (
                    <tr key={check.id} className="border-b align-top last:border-b-0">
                      <td className="px-3 py-2 whitespace-nowrap" suppressHydrationWarning>
                        <time dateTime={check.checkedAt}>{formatDateTime(check.checkedAt)}</time>
                      </td>
                      <td className="px-3 py-2">
                        <InstanceStatusBadge health={check.health} />
                      </td>
                      <td className="px-3 py-2">{check.authOk ? "OK" : "Failed"}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatLatency(check.latencyMs)}</td>
                      <td className="px-3 py-2">{check.breakerState.replace("_", "-")}</td>
                      <td className="max-w-md px-3 py-2 text-xs break-words text-muted-foreground">{check.error ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {query.isError ? (
              <p role="alert" className="text-sm text-destructive">
                Could not load more checks: {errorMessage(query.error)}
              </p>
            ) : null}
            {query.hasNextPage ? (
              <Button
                variant="outline"
                className="justify-self-start"
                onClick={() => void query.fetchNextPage()}
                disabled={query.isFetchingNextPage}
              >
                {query.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
                Load older checks
              </Button>
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}
