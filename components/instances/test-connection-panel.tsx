"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { CircleCheck, CircleX, Loader2, PlugZap } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ConnectionTest } from "@/lib/instances/schemas";
import { breakerLabel, formatLatency } from "./format";
import { InstanceStatusBadge } from "./instance-status-badge";
import { instanceHealthKey } from "./use-instance-health";

export type ConnectionTestResult = { ok: true; data: ConnectionTest } | { ok: false; message: string };

function Outcome({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  const Icon = ok ? CircleCheck : CircleX;
  return (
    <span className={ok ? "inline-flex items-center gap-1.5 text-success" : "inline-flex items-center gap-1.5 text-destructive"}>
      <Icon aria-hidden className="size-4 shrink-0" />
      <span className="text-foreground">{children}</span>
    </span>
  );
}

/** The Test connection button and its per-table results. */
export function TestConnectionPanel({
  instanceId,
  canTest,
  runTest,
}: {
  instanceId: string;
  canTest: boolean;
  runTest: () => Promise<ConnectionTestResult>;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onTest() {
    setError(null);
    startTransition(async () => {
      const outcome = await runTest();
      if (outcome.ok) setResult(outcome.data);
      else setError(outcome.message);
      await queryClient.invalidateQueries({ queryKey: instanceHealthKey(instanceId) });
      router.refresh();
    });
  }

  const readable = result ? result.tables.filter((t) => t.ok).length : 0;

  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid max-w-2xl gap-1.5">
            <CardTitle>Connection test</CardTitle>
            <CardDescription>
              Signs in with the stored credentials, then reads one record of each GRC table the sync reads.
            </CardDescription>
            {canTest ? null : <p className="text-xs text-muted-foreground">Your role can view this instance but not test it.</p>}
          </div>
          {canTest ? (
            <Button onClick={onTest} disabled={pending}>
              {pending ? <Loader2 aria-hidden className="animate-spin" /> : <PlugZap aria-hidden />}
              {pending ? "Testing…" : "Test connection"}
            </Button>
          ) : null}
        </div>
      </CardHeader>
      <CardContent className="grid gap-4" aria-live="polite">
        {error ? (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        {result ? (
          <>
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
              <Outcome ok={result.ok}>{result.ok ? "Connection works" : "Connection has problems"}</Outcome>
              <Outcome ok={result.auth.ok}>{result.auth.ok ? "Authenticated" : "Authentication failed"}</Outcome>
              <span>
                {readable} of {result.tables.length} tables readable
              </span>
              <InstanceStatusBadge health={result.health} />
              {result.breaker ? (
                <span className="text-muted-foreground">Circuit breaker: {breakerLabel[result.breaker.state] ?? result.breaker.state}</span>
              ) : null}
            </div>
            {result.auth.error ? <p className="text-sm text-destructive">{result.auth.error}</p> : null}
            <div className="relative overflow-x-auto rounded-lg border">
              <table className="w-full text-sm">
                <caption className="sr-only">Read access per ServiceNow table</caption>
                <thead className="bg-muted/50 text-xs text-muted-foreground">
                  <tr className="border-b">
                    <th scope="col" className="h-9 px-3 text-left font-medium">Table</th>
                    <th scope="col" className="h-9 px-3 text-left font-medium">Result</th>
                    <th scope="col" className="h-9 px-3 text-right font-medium">HTTP</th>
                    <th scope="col" className="h-9 px-3 text-right font-medium">Latency</th>
                  </tr>
                </thead>
                <tbody>
                  {result.tables.map((t) => (
                    <tr key={t.table} className="border-b align-top last:border-b-0">
                      <td className="px-3 py-2">
                        <div className="grid gap-0.5">
                          <span className="font-mono text-xs">{t.table}</span>
                          <span className="text-xs text-muted-foreground">{t.name}</span>
                        </div>
                      </td>
                      <td className="px-3 py-2">
                        <Outcome ok={t.ok}>{t.ok ? "Readable" : (t.error ?? "Not readable")}</Outcome>
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{t.status ?? "—"}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatLatency(t.latencyMs)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : pending ? null : (
          <p className="text-sm text-muted-foreground">
            {canTest ? "Run a test to see authentication and read access per table." : "No test run in this session."}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
