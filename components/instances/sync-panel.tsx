import { encodeCursor } from "@/lib/api/pagination";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { listSyncHistory } from "@/lib/sync/list-sync-history";
import type { InstanceSectionProps } from "./section-props";
import { SYNC_HISTORY_PAGE_SIZE } from "./sync-format";
import { SyncPanelClient } from "./sync-panel-client";

/**
 * The instance page's sync section: rendered with the first page of the history on the server,
 * then kept live by the client (components/instances/sync-panel-client.tsx).
 */
export async function SyncPanel({ orgSlug, instance, permissions }: InstanceSectionProps) {
  const { ctx } = await requirePageContext(orgSlug);
  const { data, nextId } = await listSyncHistory(ctx, instance.id, { limit: SYNC_HISTORY_PAGE_SIZE });
  return (
    <SyncPanelClient
      orgSlug={orgSlug}
      instanceId={instance.id}
      initial={{ data, nextCursor: nextId ? encodeCursor({ id: nextId }) : null }}
      canSync={permissions.includes("instances:update")}
      canCancel={permissions.includes("jobs:cancel")}
    />
  );
}
