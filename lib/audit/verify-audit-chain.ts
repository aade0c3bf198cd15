import { withTenant } from "@/lib/tenancy/with-tenant";
import { auditHash } from "./audit-hash";

export interface AuditChainReport {
  valid: boolean;
  checked: number;
  /** The first event whose hash, predecessor or sequence number does not match. */
  firstBroken: { id: string | null; seq: string; reason: string } | null;
}

const BATCH = 1000;

/**
 * Recomputes an organization's chain from the first event: each hash over its content and the
 * previous hash, with no gap in the sequence (a deleted row shows up as a gap or a broken link).
 */
export async function verifyAuditChain(organizationId: string): Promise<AuditChainReport> {
  let previousHash: string | null = null;
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const from = expectedSeq;
    const rows = await withTenant({ organizationId }, (tx) =>
      tx.auditEvent.findMany({ where: { seq: { gte: from } }, orderBy: { seq: "asc" }, take: BATCH }),
    );
    for (const row of rows) {
      const broken = (reason: string): AuditChainReport => ({
        valid: false,
        checked,
        firstBroken: { id: row.id, seq: row.seq.toString(), reason },
      });
      if (row.seq !== expectedSeq) {
        return { valid: false, checked, firstBroken: { id: null, seq: expectedSeq.toString(), reason: `Event ${expectedSeq} is missing` } };
      }
      if (row.prevHash !== previousHash) return broken("Its previous-hash does not match the event before it");
      if (auditHash(row) !== row.hash) return broken("Its content does not match its hash");
      previousHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (rows.length < BATCH) return { valid: true, checked, firstBroken: null };
  }
}
