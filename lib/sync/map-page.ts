import type { ServiceNowRecord } from "@/lib/servicenow/client/table-page";
import type { SyncTable } from "@/lib/servicenow/mapping/registry";
import type { RecordRow } from "./upsert-records";

export interface QuarantinedRecord {
  sysId: string | null;
  reason: string;
  raw: ServiceNowRecord;
}

export interface MappedPage {
  rows: RecordRow[];
  quarantined: QuarantinedRecord[];
  /** Greatest sys_updated_on among the valid records, or null. */
  maxSeen: Date | null;
}

/**
 * Validates and maps one page. A record that fails is set aside with its reason; the rest go on.
 * A sys_id seen twice in one page (a misbehaving server) keeps its last version: one statement may
 * not write the same row twice.
 */
export function mapPage(mapping: SyncTable, records: readonly ServiceNowRecord[]): MappedPage {
  const rows = new Map<string, RecordRow>();
  const quarantined: QuarantinedRecord[] = [];
  let maxSeen: Date | null = null;
  for (const record of records) {
    const result = mapping.map(record);
    if (!result.ok) {
      const sysId = typeof record.sys_id === "string" && record.sys_id.length <= 64 ? record.sys_id : null;
      quarantined.push({ sysId, reason: result.reason.slice(0, 2000), raw: record });
      continue;
    }
    const { sysId, updatedAt } = result.value;
    rows.set(sysId, { sysId, sysUpdatedOn: updatedAt, data: result.value });
    if (maxSeen === null || updatedAt > maxSeen) maxSeen = updatedAt;
  }
  return { rows: [...rows.values()], quarantined, maxSeen };
}
