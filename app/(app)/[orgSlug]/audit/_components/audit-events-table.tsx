"use client";

import { useState } from "react";
import { AlertCircle, ChevronDown, Eye, Loader2 } from "lucide-react";
import type { AuditEventPage } from "@/lib/audit/queries";
import type { AuditEventView } from "@/lib/audit/schemas";
import { formatInTimeZone } from "@/lib/audit/time-zone";
import { errorMessage } from "@/components/api/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { actorName, actorTypeLabel, targetName } from "./audit-format";
import { AuditEventDialog } from "./audit-event-dialog";
import { useAuditEvents } from "./use-audit-events";

const th = "h-10 px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-muted-foreground";

export function AuditEventsTable({
  orgSlug,
  timeZone,
  apiPath,
  apiQuery,
  firstPage,
  caption,
}: {
  orgSlug: string;
  timeZone: string;
  apiPath: string;
  apiQuery: string;
  firstPage: AuditEventPage;
  caption: string;
}) {
  const events = useAuditEvents({ orgSlug, apiPath, apiQuery, firstPage });
  const [selected, setSelected] = useState<AuditEventView | null>(null);
  const rows = events.data.pages.flatMap((page) => page.data);

  return (
    <div className="grid gap-3">
      <div className="relative overflow-x-auto rounded-lg border">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-muted/50">
            <tr className="border-b">
              <th scope="col" className={th}>Time ({timeZone})</th>
              <th scope="col" className={th}>Actor</th>
              <th scope="col" className={th}>Action</th>
              <th scope="col" className={th}>Target</th>
              <th scope="col" className={th}>IP address</th>
              <th scope="col" className={th}>
                <span className="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((event) => {
              const target = targetName(event);
              return (
                <tr key={event.id} className="border-b last:border-b-0 hover:bg-muted/40">
                  <td className="px-3 py-2.5 align-top font-mono text-xs whitespace-nowrap tabular-nums">
                    <time dateTime={event.occurredAt} title={`${event.occurredAt} (UTC)`}>
                      {formatInTimeZone(event.occurredAt, timeZone)}
                    </time>
                  </td>
                  <td className="max-w-56 px-3 py-2.5 align-top">
                    <div className="grid min-w-0">
                      <span className="truncate" title={actorName(event)}>{actorName(event)}</span>
                      <span className="text-xs text-muted-foreground">{actorTypeLabel[event.actorType]}</span>
                    </div>
                  </td>
                  <td className="px-3 py-2.5 align-top">
                    <div className="flex flex-wrap items-center gap-1.5">
                      <span className="font-mono text-xs font-medium">{event.action}</span>
                      {event.security ? <Badge variant="warning">Security</Badge> : null}
                    </div>
                  </td>
                  <td className="max-w-56 px-3 py-2.5 align-top">
                    {target ? (
                      <span className="block truncate font-mono text-xs" title={target}>{target}</span>
                    ) : (
                      <span className="text-muted-foreground">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2.5 align-top font-mono text-xs whitespace-nowrap">
                    {event.ip ?? <span className="text-muted-foreground">—</span>}
                  </td>
                  <td className="px-3 py-2 text-right align-top">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => setSelected(event)}
                      aria-label={`Details of ${event.action} at ${formatInTimeZone(event.occurredAt, timeZone)}`}
                    >
                      <Eye aria-hidden />
                      Details
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
        <span aria-live="polite">
          {rows.length} event{rows.length === 1 ? "" : "s"} shown{events.hasNextPage ? "" : " — the end of the log"}
        </span>
        {events.hasNextPage ? (
          <Button variant="outline" onClick={() => events.fetchNextPage()} disabled={events.isFetchingNextPage}>
            {events.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : <ChevronDown aria-hidden />}
            Load more
          </Button>
        ) : null}
      </div>
      {events.isFetchNextPageError ? (
        <p role="alert" className="flex items-center gap-2 text-sm text-destructive">
          <AlertCircle aria-hidden className="size-4" />
          Could not load more events: {errorMessage(events.error)}
        </p>
      ) : null}

      <AuditEventDialog event={selected} timeZone={timeZone} onClose={() => setSelected(null)} />
    </div>
  );
}
