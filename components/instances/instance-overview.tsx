import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { InstanceView } from "@/lib/instances/schemas";
import { describeSchedule } from "@/lib/instances/sync-schedule";
import { authLabel, formatDateTime } from "./format";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}

/** The connection's settings. Secrets appear only as the mask the API returns. */
export function InstanceOverview({ instance }: { instance: InstanceView }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Connection</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Item label="URL">
            <span className="font-mono text-xs">{instance.url}</span>
          </Item>
          <Item label="Authentication">
            {authLabel(instance.auth)} as {instance.auth.username}
            {instance.auth.clientId ? <span className="block text-xs text-muted-foreground">Client {instance.auth.clientId}</span> : null}
          </Item>
          <Item label={instance.auth.type === "oauth" ? "Password and client secret" : "Password"}>
            <span aria-label="stored, hidden">{instance.auth.secret}</span>
          </Item>
          <Item label="Sync schedule">{describeSchedule(instance.syncSchedule)}</Item>
          <Item label="Next scheduled sync">{instance.nextSyncAt ? formatDateTime(instance.nextSyncAt) : "—"}</Item>
          <Item label="Last sync">{instance.lastSyncAt ? formatDateTime(instance.lastSyncAt) : "Never"}</Item>
        </dl>
      </CardContent>
    </Card>
  );
}
