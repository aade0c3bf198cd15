import { type SyncTableName, syncTables } from "@/lib/servicenow/mapping/registry";
import type { TenantTx } from "@/lib/tenancy/with-tenant";
import type { DatasetRecords } from "../dataset/build-dataset";

/** Rows per query: keyset pages on the primary key keep memory and each statement small. */
const BATCH = 20_000;

/**
 * Reads every synced record of one instance, table by table, in keyset pages over the primary key
 * (instance_id, table_name, sys_id). Run it in one REPEATABLE READ transaction so all pages come
 * from the same snapshot.
 */
export async function loadSyncedRecords(
  tx: TenantTx,
  instanceId: string,
  onTable?: (table: SyncTableName, done: number, total: number) => void,
): Promise<DatasetRecords> {
  const records: Record<string, unknown[]> = {};
  for (const [index, { name }] of syncTables.entries()) {
    const rows: unknown[] = [];
    let after = "";
    for (;;) {
      const page = await tx.$queryRaw<{ sys_id: string; data: unknown }[]>`
        SELECT sys_id, data FROM sn_records
        WHERE instance_id = ${instanceId}::uuid AND table_name = ${name} AND sys_id > ${after}
        ORDER BY sys_id LIMIT ${BATCH}`;
      for (const row of page) rows.push(row.data);
      if (page.length < BATCH) break;
      after = page[page.length - 1]!.sys_id;
    }
    records[name] = rows;
    onTable?.(name, index + 1, syncTables.length);
  }
  return records as DatasetRecords;
}
