import { syncTables } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";

export interface SyncedChecksum {
  /** The ServiceNow table. */
  table: string;
  count: number;
  checksum: string;
}

/**
 * What an instance's synced copy holds, per ServiceNow table, in the simulator's checksum format
 * (lib/servicenow/simulator/checksum.ts: SHA-256 of "<sys_id>|<sys_updated_on>" lines sorted by
 * sys_id in code-point order), so tests and benchmarks compare the copy with the instance exactly.
 */
export async function syncedChecksums(organizationId: string, instanceId: string): Promise<Record<string, SyncedChecksum>> {
  const rows = await withTenant({ organizationId }, (tx) =>
    tx.$queryRaw<Array<{ table_name: string; count: number; checksum: string }>>`
      SELECT table_name, count(*)::int AS count,
             encode(sha256(convert_to(coalesce(string_agg(
               sys_id || '|' || to_char(sys_updated_on AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), E'\n' ORDER BY sys_id COLLATE "C"
             ), ''), 'UTF8')), 'hex') AS checksum
      FROM sn_records WHERE instance_id = ${instanceId}::uuid
      GROUP BY table_name`,
  );
  const byName = new Map(rows.map((r) => [r.table_name, r]));
  const empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  return Object.fromEntries(
    syncTables.map((t) => {
      const row = byName.get(t.name);
      return [t.table, { table: t.table, count: row?.count ?? 0, checksum: row?.checksum ?? empty }];
    }),
  );
}
