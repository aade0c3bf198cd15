import { regenerateBackupCodesOperation } from "@/lib/api/operations/auth-tokens";
import { withApi } from "@/lib/api/with-api";
import { regenerateBackupCodes } from "@/lib/auth/mfa/regenerate-backup-codes";

export const POST = withApi(regenerateBackupCodesOperation, ({ ctx, body }) => regenerateBackupCodes(ctx, body.code));
