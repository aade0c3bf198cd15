"use client";

import { Building2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

export interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
  deletedAt: string | null;
  purgeAfter: string | null;
  memberCount: number;
  instanceCount: number;
}

// A fixed locale and zone, so the server's render and the browser's hydration print the same text.
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

const columns: DataTableColumn<OrganizationRow>[] = [
  {
    id: "name",
    header: "Organization",
    className: "min-w-48",
    sortValue: (o) => o.name,
    cell: (o) => (
      <div className="grid min-w-0 gap-0.5">
        <span className="truncate font-medium">{o.name}</span>
        <span className="truncate font-mono text-xs text-muted-foreground">{o.slug}</span>
      </div>
    ),
  },
  {
    id: "status",
    header: "Status",
    sortValue: (o) => o.deletedAt ?? "",
    cell: (o) =>
      o.deletedAt ? (
        <Badge variant="warning" title={`Deleted ${formatDate(o.deletedAt)}`}>
          {o.purgeAfter ? `Purged after ${formatDate(o.purgeAfter)}` : "Deleted"}
        </Badge>
      ) : (
        <Badge variant="success">Active</Badge>
      ),
  },
  { id: "members", header: "Members", align: "right", sortValue: (o) => o.memberCount, cell: (o) => <span className="tabular-nums">{o.memberCount}</span> },
  { id: "instances", header: "Instances", align: "right", sortValue: (o) => o.instanceCount, cell: (o) => <span className="tabular-nums">{o.instanceCount}</span> },
  {
    id: "created",
    header: "Created (UTC)",
    sortValue: (o) => o.createdAt,
    cell: (o) => (
      <time dateTime={o.createdAt} className="whitespace-nowrap tabular-nums">
        {formatDate(o.createdAt)}
      </time>
    ),
  },
];

export function OrganizationsTable({ organizations }: { organizations: OrganizationRow[] }) {
  return (
    <DataTable
      caption="Organizations on this platform"
      columns={columns}
      rows={organizations}
      getRowId={(o) => o.id}
      initialSort={{ columnId: "created", direction: "desc" }}
      pageSizeOptions={[25, 50, 100]}
      emptyState={<EmptyState icon={Building2} title="No organizations yet" description="Organizations appear here as people register." />}
    />
  );
}
