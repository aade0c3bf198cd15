// A fingerprint of a table's current content, for tests that compare what a sync stored with what
// the instance holds: SHA-256 (hex) of the lines "<sys_id>|<sys_updated_on>", sorted as JavaScript
// sorts strings by default (UTF-16 code units; for 32-hex sys_ids simply by sys_id) and joined
// with "\n". An empty table hashes the empty string.
import { createHash } from "node:crypto";
import type { Store } from "./store";

export interface TableChecksum {
  table: string;
  count: number;
  checksum: string;
}

export function tableChecksum(store: Store, table: string): TableChecksum {
  const lines = store.rows(table).map((row) => `${row.sys_id ?? ""}|${row.sys_updated_on ?? ""}`);
  lines.sort();
  return { table, count: lines.length, checksum: createHash("sha256").update(lines.join("\n")).digest("hex") };
}
