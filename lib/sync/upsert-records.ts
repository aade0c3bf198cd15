import type { TenantTx } from "@/lib/tenancy/with-tenant";

/** A mapped record ready to store: its key, its timestamp and the product-shaped data. */
export interface RecordRow {
  sysId: string;
  sysUpdatedOn: Date;
  data: unknown;
}

export interface UpsertTarget {
  organizationId: string;
  instanceId: string;
  tableName: string;
  syncRunId: string;
  /**
   * Rewrite unchanged rows too, stamping them with this run (a full sync finds what it did not
   * see by last_sync_run_id). An incremental sync leaves unchanged rows alone.
   */
  touchUnchanged: boolean;
}

/**
 * Writes one page in one statement: insert new records, update changed ones, keyed by
 * (instance, table, sys_id), so a page written twice ends the same. The counts come from the same
 * statement, without reading the rows first (a lookup joined to the page can be planned as a scan
 * of every row of the table while its statistics lag behind a bulk load): `xmax = 0` marks a row
 * the INSERT created, and updated_at moves to this transaction's now() only when sys_updated_on or
 * the data changed, so a record read again unchanged is not counted as updated. (Each transaction
 * writes a page once, so no other write can have left that exact time.)
 * Runs inside withTenant: row-level security checks every row's organization.
 */
export async function upsertRecords(tx: TenantTx, target: UpsertTarget, rows: readonly RecordRow[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const payload = JSON.stringify(rows.map((r) => ({ sys_id: r.sysId, sys_updated_on: r.sysUpdatedOn.toISOString(), data: r.data })));
  const [counts] = await tx.$queryRaw<Array<{ inserted: number; updated: number }>>`
    WITH written AS (
      INSERT INTO sn_records AS s (organization_id, instance_id, table_name, sys_id, sys_updated_on, data, last_sync_run_id, created_at, updated_at)
      SELECT ${target.organizationId}::uuid, ${target.instanceId}::uuid, ${target.tableName}, r.sys_id, r.sys_updated_on, r.data,
             ${target.syncRunId}::uuid, now(), now()
      FROM jsonb_to_recordset(${payload}::jsonb) AS r(sys_id text, sys_updated_on timestamptz, data jsonb)
      ON CONFLICT (instance_id, table_name, sys_id) DO UPDATE SET
        sys_updated_on = EXCLUDED.sys_updated_on,
        data = EXCLUDED.data,
        last_sync_run_id = EXCLUDED.last_sync_run_id,
        updated_at = CASE WHEN (s.sys_updated_on, s.data) IS DISTINCT FROM (EXCLUDED.sys_updated_on, EXCLUDED.data)
                          THEN now() ELSE s.updated_at END
      WHERE ${target.touchUnchanged}::boolean OR (s.sys_updated_on, s.data) IS DISTINCT FROM (EXCLUDED.sys_updated_on, EXCLUDED.data)
      RETURNING (s.xmax = 0) AS inserted, s.updated_at = now()::timestamptz(3) AS changed
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted AND changed)::int AS updated
    FROM written`;
  return { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0 };
}
