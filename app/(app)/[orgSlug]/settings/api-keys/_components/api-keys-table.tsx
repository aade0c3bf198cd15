"use client";

import type { ApiKeyView } from "@/lib/api-keys/schemas";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

const STATUS: Record<ApiKeyView["status"], { label: string; variant: BadgeVariant }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "warning" },
  revoked: { label: "Revoked", variant: "secondary" },
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function When({ iso, withTime = false, empty }: { iso: string | null; withTime?: boolean; empty: string }) {
  if (!iso) return <span className="text-muted-foreground">{empty}</span>;
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={dateTimeFormat.format(date)} className="whitespace-nowrap tabular-nums">
      {(withTime ? dateTimeFormat : dateFormat).format(date)}
    </time>
  );
}

export function ApiKeysTable({ orgSlug, keys }: { orgSlug: string; keys: ApiKeyView[] }) {
  const columns: DataTableColumn<ApiKeyView>[] = [
    {
      id: "name",
      header: "Key",
      className: "min-w-44",
      sortValue: (key) => key.name,
      cell: (key) => (
        <div className="grid min-w-0 gap-0.5">
          <span className="truncate font-medium">{key.name}</span>
          <code className="truncate font-mono text-xs text-muted-foreground">{key.prefix}_…</code>
        </div>
      ),
    },
    {
      id: "status",
      header: "Status",
      sortValue: (key) => STATUS[key.status].label,
      cell: (key) => <Badge variant={STATUS[key.status].variant}>{STATUS[key.status].label}</Badge>,
    },
    {
      id: "permissions",
      header: "Permissions",
      className: "min-w-56",
      cell: (key) => (
        <ul className="flex flex-wrap gap-1" aria-label={`Permissions of ${key.name}`}>
          {key.permissions.map((permission) => (
            <li key={permission}>
              <Badge variant="outline" className="font-mono text-[0.7rem]">
                {permission}
              </Badge>
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: "lastUsed",
      header: "Last used",
      sortValue: (key) => key.lastUsedAt,
      cell: (key) => (
        <div className="grid gap-0.5 text-xs">
          <When iso={key.lastUsedAt} withTime empty="Never" />
          {key.lastUsedIp ? <span className="font-mono text-muted-foreground">{key.lastUsedIp}</span> : null}
        </div>
      ),
    },
    {
      id: "expires",
      header: "Expires",
      sortValue: (key) => key.expiresAt,
      cell: (key) => (
        <span className="text-xs">
          <When iso={key.expiresAt} empty="Never" />
        </span>
      ),
    },
    {
      id: "created",
      header: "Created",
      sortValue: (key) => key.createdAt,
      cell: (key) => (
        <span className="text-xs">
          <When iso={key.createdAt} empty="" />
        </span>
      ),
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      align: "right",
      cell: (key) => (key.status === "revoked" ? null : <RevokeApiKeyButton orgSlug={orgSlug} apiKey={key} />),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={keys}
      getRowId={(key) => key.id}
      caption="API keys of this organization, newest first"
      initialSort={{ columnId: "created", direction: "desc" }}
      pageSizeOptions={[10, 25, 50]}
    />
  );
}
