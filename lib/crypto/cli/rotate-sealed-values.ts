import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { currentKey, open, seal, sealedKeyId } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";

const BATCH = 200;

export interface RotationCounts {
  /** Values re-sealed under the current key. */
  reencrypted: number;
  /** Values already under the current key: left as they were. */
  current: number;
  /** Values no configured key opens: left as they were, for a person to look at. */
  failed: number;
}

export interface RotationReport {
  keyId: string;
  instanceCredentials: RotationCounts;
  instanceTokens: RotationCounts;
  userMfaSecrets: RotationCounts;
}

const empty = (): RotationCounts => ({ reencrypted: 0, current: 0, failed: 0 });

/**
 * Re-seals every sealed value under the current ENCRYPTION_KEY, opening old ones with
 * ENCRYPTION_KEYS_PREVIOUS: instances' credentials and OAuth tokens (context: the instance id) and
 * users' TOTP secrets (context: the user id). Idempotent: values already under the current key are
 * skipped, so it can run again after an interruption. Each write is a compare-and-swap on the old
 * sealed value, so a value changed meanwhile (new credentials, a TOTP code just used) is not
 * overwritten; the next run picks it up. Returns counts only, never values.
 */
export async function rotateSealedValues(): Promise<RotationReport> {
  const keyId = currentKey().id;
  const report: RotationReport = { keyId, instanceCredentials: empty(), instanceTokens: empty(), userMfaSecrets: empty() };
  const perOrganization = new Map<string, number>();

  for (let afterId: string | undefined; ; ) {
    const rows = await db.serviceNowInstance.findMany({
      where: afterId ? { id: { gt: afterId } } : {},
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, organizationId: true, credentialsEnc: true, tokensEnc: true },
    });
    for (const row of rows) {
      const credentials = resealed(row.credentialsEnc, row.id, keyId, report.instanceCredentials);
      if (credentials) {
        const { count } = await db.serviceNowInstance.updateMany({
          where: { id: row.id, credentialsEnc: row.credentialsEnc },
          data: { credentialsEnc: credentials },
        });
        tally(report.instanceCredentials, count, perOrganization, row.organizationId);
      }
      const tokens = row.tokensEnc ? resealed(row.tokensEnc, row.id, keyId, report.instanceTokens) : null;
      if (tokens) {
        const { count } = await db.serviceNowInstance.updateMany({
          where: { id: row.id, tokensEnc: row.tokensEnc },
          data: { tokensEnc: tokens },
        });
        tally(report.instanceTokens, count, perOrganization, row.organizationId);
      }
    }
    if (rows.length < BATCH) break;
    afterId = rows.at(-1)!.id;
  }

  for (let afterId: string | undefined; ; ) {
    const rows = await db.user.findMany({
      where: { mfaSecretEnc: { not: null }, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, mfaSecretEnc: true },
    });
    for (const row of rows) {
      const secret = resealed(row.mfaSecretEnc!, row.id, keyId, report.userMfaSecrets);
      if (!secret) continue;
      const { count } = await db.user.updateMany({ where: { id: row.id, mfaSecretEnc: row.mfaSecretEnc }, data: { mfaSecretEnc: secret } });
      tally(report.userMfaSecrets, count);
    }
    if (rows.length < BATCH) break;
    afterId = rows.at(-1)!.id;
  }

  // One entry per organization whose instance credentials were re-encrypted: no values, only counts.
  for (const [organizationId, values] of perOrganization) {
    await db.$transaction((tx) =>
      appendAuditEvent(
        tx,
        { organizationId, actorType: "system", actorLabel: "crypto:rotate" },
        { action: "instance.credentials_reencrypted", targetType: "organization", targetId: organizationId, changes: { values, keyId } },
      ),
    );
  }
  return report;
}

/** The value sealed under the current key, or null when it already is or cannot be opened. */
function resealed(sealed: string, context: string, keyId: string, counts: RotationCounts): string | null {
  if (sealedKeyId(sealed) === keyId) {
    counts.current++;
    return null;
  }
  try {
    return seal(open(sealed, context), context);
  } catch {
    counts.failed++;
    return null;
  }
}

function tally(counts: RotationCounts, written: number, perOrganization?: Map<string, number>, organizationId?: string): void {
  // A lost compare-and-swap means the value changed under us, and was sealed with the current key.
  if (written === 0) {
    counts.current++;
    return;
  }
  counts.reencrypted++;
  if (perOrganization && organizationId) perOrganization.set(organizationId, (perOrganization.get(organizationId) ?? 0) + 1);
}
