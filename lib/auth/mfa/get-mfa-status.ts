import { db } from "@/lib/db";
import type { MfaStatus } from "./schemas";
import { countUnusedBackupCodes } from "./backup-codes";

export async function getMfaStatus(userId: string): Promise<MfaStatus> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mfaEnabledAt: true } });
  const enabledAt = user?.mfaEnabledAt ?? null;
  return {
    enabled: enabledAt !== null,
    enabledAt: enabledAt?.toISOString() ?? null,
    backupCodesRemaining: enabledAt ? await countUnusedBackupCodes(userId) : 0,
  };
}
