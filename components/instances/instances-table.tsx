"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { InstanceView } from "@/lib/instances/schemas";
import { describeSchedule } from "@/lib/instances/sync-schedule";
import { authLabel, formatDateTime, formatLatency, healthLabel } from "./format";
import { InstanceStatusBadge } from "./instance-status-badge";

export function InstancesTable({ orgSlug, instances }: { orgSlug: string; instances: InstanceView[] }) {
  const columns: DataTableColumn<InstanceView>[] = [
    {
      id: "name",
      header: "Name",
      sortValue: (i) => i.name,
      className: "min-w-40",
      cell: (i) => (
        <div className="grid min-w-0 gap-0.5">
          <Link
            href={`/${orgSlug}/instances/${i.id}`}
            className="truncate font-medium underline-offset-4 hover:underline focus-visible:underline"
          >
            {i.name}
          </Link>
          <span className="truncate font-mono text-xs text-muted-foreground">{i.url}</span>
        </div>
      ),
    },
    {
      id: "status",
      header: "Status",
      sortValue: (i) => healthLabel[i.health],
      cell: (i) => (
        <div className="grid justify-items-start gap-0.5">
          <InstanceStatusBadge health={i.health} />
          {i.lastHealthAt ? (
            <span className="text-xs text-muted-foreground" suppressHydrationWarning>
              {formatLatency(i.lastLatencyMs)} · {formatDateTime(i.lastHealthAt)}
            </span>
          ) : null}
        </div>
      ),
    },
    {
      id: "auth",
      header: "Authentication",
      sortValue: (i) => authLabel(i.auth),
      cell: (i) => (
        <div className="grid gap-0.5 text-sm">
          <span>{authLabel(i.auth)}</span>
          <span className="truncate text-xs text-muted-foreground">{i.auth.username}</span>
        </div>
      ),
    },
    {
      id: "schedule",
      header: "Sync schedule",
      sortValue: (i) => describeSchedule(i.syncSchedule),
      cell: (i) => <span className="text-sm">{describeSchedule(i.syncSchedule)}</span>,
    },
    {
      id: "lastSync",
      header: "Last sync",
      sortValue: (i) => i.lastSyncAt,
      cell: (i) =>
        i.lastSyncAt ? (
          <time dateTime={i.lastSyncAt} className="text-sm whitespace-nowrap" suppressHydrationWarning>
            {formatDateTime(i.lastSyncAt)}
          </time>
        ) : (
          <span className="text-sm text-muted-foreground">Never</span>
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={instances}
      getRowId={(i) => i.id}
      caption="ServiceNow instances of this organization"
      initialSort={{ columnId: "name", direction: "asc" }}
    />
  );
}
