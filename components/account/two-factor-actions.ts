"use server";

import { headers } from "next/headers";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { getCurrentUser } from "@/lib/auth/current-user";
import { confirmMfaEnrollment } from "@/lib/auth/mfa/confirm-mfa-enrollment";
import { disableMfa } from "@/lib/auth/mfa/disable-mfa";
import { regenerateBackupCodes } from "@/lib/auth/mfa/regenerate-backup-codes";
import { type BackupCodes, type MfaEnrollment, MfaCodeInput } from "@/lib/auth/mfa/schemas";
import { startMfaEnrollment } from "@/lib/auth/mfa/start-mfa-enrollment";
import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { AppError } from "@/lib/errors";
import { type ActionResult, actionFailure } from "@/lib/actions/action-result";

async function currentCaller(): Promise<UserCaller> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  return { ...metaFromHeaders(await headers()), userId: user.id, email: user.email };
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function startTwoFactorAction(): Promise<ActionResult<MfaEnrollment>> {
  return run(async () => startMfaEnrollment(await currentCaller()));
}

export async function confirmTwoFactorAction(input: unknown): Promise<ActionResult<BackupCodes>> {
  return run(async () => confirmMfaEnrollment(await currentCaller(), MfaCodeInput.parse(input).code));
}

export async function regenerateBackupCodesAction(input: unknown): Promise<ActionResult<BackupCodes>> {
  return run(async () => regenerateBackupCodes(await currentCaller(), MfaCodeInput.parse(input).code));
}

export async function disableTwoFactorAction(input: unknown): Promise<ActionResult<null>> {
  return run(async () => {
    await disableMfa(await currentCaller(), MfaCodeInput.parse(input).code);
    return null;
  });
}
