"use client";

import type { ReactNode } from "react";
import type { AuditEventView } from "@/lib/audit/schemas";
import { formatInTimeZone } from "@/lib/audit/time-zone";
import { Badge } from "@/components/ui/badge";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { actorTypeLabel, changeRows, displayValue } from "./audit-format";

function Field({ label, children, mono = false }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[9rem_1fr] sm:gap-3">
      <dt className="text-xs font-medium text-muted-foreground sm:text-sm">{label}</dt>
      <dd className={mono ? "font-mono text-xs break-all" : "text-sm break-words"}>{children ?? "—"}</dd>
    </div>
  );
}

function Changes({ changes }: { changes: Record<string, unknown> | null }) {
  if (!changes || Object.keys(changes).length === 0) return <p className="text-sm text-muted-foreground">No details recorded.</p>;
  const rows = changeRows(changes);
  if (!rows) {
    return (
      <pre className="max-h-72 overflow-auto rounded-lg border bg-muted/50 p-3 font-mono text-xs whitespace-pre-wrap break-all">
        {JSON.stringify(changes, null, 2)}
      </pre>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">Changed fields with their values before and after</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">Field</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Before</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className="border-t align-top">
              <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium">{row.field}</th>
              <td className="px-3 py-2 break-all">
                <del className="text-destructive decoration-destructive/60">{displayValue(row.before)}</del>
              </td>
              <td className="px-3 py-2 break-all">
                <ins className="text-success no-underline">{displayValue(row.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditEventDialog({
  event,
  timeZone,
  onClose,
}: {
  event: AuditEventView | null;
  timeZone: string;
  onClose: () => void;
}) {
  return (
    <Dialog open={event !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      {event ? (
        <DialogContent className="max-h-[90dvh] max-w-2xl overflow-y-auto" closeLabel="Close event details">
          <DialogHeader>
            <DialogTitle className="flex flex-wrap items-center gap-2 font-mono text-base">
              {event.action}
              {event.security ? <Badge variant="warning">Security</Badge> : null}
            </DialogTitle>
            <DialogDescription>
              Event #{event.seq} · {formatInTimeZone(event.occurredAt, timeZone)} ({timeZone})
            </DialogDescription>
          </DialogHeader>
          <section aria-labelledby="audit-event-changes" className="grid gap-2">
            <h3 id="audit-event-changes" className="text-sm font-semibold">Changes</h3>
            <Changes changes={event.changes} />
          </section>
          <dl className="grid gap-2.5">
            <Field label="Time (UTC)" mono>{event.occurredAt}</Field>
            <Field label="Actor">
              {actorTypeLabel[event.actorType]}
              {event.actorLabel ? ` · ${event.actorLabel}` : ""}
            </Field>
            <Field label="Actor id" mono>{event.actorId}</Field>
            <Field label="Target">{[event.targetType, event.targetId].filter(Boolean).join(" · ") || null}</Field>
            <Field label="IP address" mono>{event.ip}</Field>
            <Field label="User agent">{event.userAgent}</Field>
            <Field label="Request id" mono>{event.requestId}</Field>
            <Field label="Event id" mono>{event.id}</Field>
            <Field label="Hash" mono>{event.hash}</Field>
            <Field label="Previous hash" mono>{event.prevHash ?? "— (first event)"}</Field>
          </dl>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
