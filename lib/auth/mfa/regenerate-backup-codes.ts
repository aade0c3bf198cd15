import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { db } from "@/lib/db";
import { appendUserAuditEvents } from "./append-user-audit-events";
import { replaceBackupCodes } from "./backup-codes";
import type { BackupCodes } from "./schemas";
import { requireSecondFactor } from "./require-second-factor";

/** Ten new backup codes replace all old ones (used or not); needs a current code. */
export async function regenerateBackupCodes(caller: UserCaller, code: string): Promise<BackupCodes> {
  const user = await requireSecondFactor(caller, code);
  return db.$transaction(async (tx) => {
    const backupCodes = await replaceBackupCodes(tx, caller.userId);
    await appendUserAuditEvents(tx, { ...caller, label: user.email }, { action: "user.backup_codes_regenerated", security: true });
    return { backupCodes };
  });
}
