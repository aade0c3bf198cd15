import { BackupCodesSchema, MfaCodeInput, MfaEnrollmentSchema, NoBody } from "@/lib/auth/mfa/schemas";
import { LogoutInput, RefreshInput, TokenLoginInput, TokenPairSchema } from "@/lib/auth/tokens/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";

const SMALL_BODY = 8 * 1024;

export const tokenLoginOperation = defineOperation({
  operationId: "login",
  method: "POST",
  path: "/auth/login",
  summary: "Sign in with email and password (and a 2FA code) for an access and refresh token",
  description:
    "For scripts and other non-browser clients. Answers 401 `unauthenticated` for wrong credentials, and for a missing or wrong " +
    "2FA code with an error on `code`; 423 `account_locked` after five failures; 429 when an address tries too often.",
  tags: ["Authentication"],
  auth: "public",
  body: TokenLoginInput,
  bodyLimit: SMALL_BODY,
  response: TokenPairSchema,
});

export const refreshTokensOperation = defineOperation({
  operationId: "refreshTokens",
  method: "POST",
  path: "/auth/refresh",
  summary: "Exchange a refresh token for a new token pair (the refresh token is single use)",
  description:
    "Presenting a refresh token that was already exchanged revokes its whole session (every access and refresh token of it) " +
    "and answers 401: sign in again.",
  tags: ["Authentication"],
  auth: "public",
  body: RefreshInput,
  bodyLimit: SMALL_BODY,
  response: TokenPairSchema,
});

export const logoutOperation = defineOperation({
  operationId: "logout",
  method: "POST",
  path: "/auth/logout",
  summary: "End the API session of a refresh token, or of the access token in the Authorization header",
  tags: ["Authentication"],
  auth: "public",
  body: LogoutInput,
  bodyLimit: SMALL_BODY,
});

export const startMfaEnrollmentOperation = defineOperation({
  operationId: "startMfaEnrollment",
  method: "POST",
  path: "/auth/mfa/enable",
  summary: "Start turning on two-factor authentication: a new TOTP secret and its QR code",
  description: "Nothing changes for sign-in until the enrollment is confirmed at /auth/mfa/verify.",
  tags: ["Authentication"],
  auth: "user",
  body: NoBody,
  bodyLimit: SMALL_BODY,
  response: MfaEnrollmentSchema,
});

export const confirmMfaEnrollmentOperation = defineOperation({
  operationId: "confirmMfaEnrollment",
  method: "POST",
  path: "/auth/mfa/verify",
  summary: "Confirm two-factor authentication with a current code; returns ten backup codes, once",
  tags: ["Authentication"],
  auth: "user",
  body: MfaCodeInput,
  bodyLimit: SMALL_BODY,
  response: BackupCodesSchema,
});

export const disableMfaOperation = defineOperation({
  operationId: "disableMfa",
  method: "POST",
  path: "/auth/mfa/disable",
  summary: "Turn two-factor authentication off with a current code or a backup code",
  tags: ["Authentication"],
  auth: "user",
  body: MfaCodeInput,
  bodyLimit: SMALL_BODY,
});

export const regenerateBackupCodesOperation = defineOperation({
  operationId: "regenerateBackupCodes",
  method: "POST",
  path: "/auth/mfa/backup-codes",
  summary: "Replace all backup codes with ten new ones (needs a current code); returns them once",
  tags: ["Authentication"],
  auth: "user",
  body: MfaCodeInput,
  bodyLimit: SMALL_BODY,
  response: BackupCodesSchema,
});

export const authTokenOperations: readonly ApiOperation[] = [
  tokenLoginOperation,
  refreshTokensOperation,
  logoutOperation,
  startMfaEnrollmentOperation,
  confirmMfaEnrollmentOperation,
  disableMfaOperation,
  regenerateBackupCodesOperation,
];
