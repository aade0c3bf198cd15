import {
  AcceptedSchema,
  EmailVerifiedSchema,
  ForgotPasswordInput,
  PasswordResetSchema,
  RegisteredSchema,
  RegisterInput,
  ResetPasswordInput,
  VerifyEmailInput,
} from "@/lib/accounts/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";

const SMALL_BODY = 8 * 1024;
const tags = ["Authentication"];

export const registerOperation = defineOperation({
  operationId: "register",
  method: "POST",
  path: "/auth/register",
  summary: "Create an account and its organization, with the new user as Organization Admin",
  description:
    "Emails a link to confirm the address; until then the account can sign in but cannot invite people, connect instances " +
    "or change billing. The password needs 12 to 128 characters, must not be a common password and must not contain the " +
    "email address (400 naming `password`). 409 when the address already has an account; at most 10 registrations a " +
    "minute per client address.",
  tags,
  auth: "public",
  body: RegisterInput,
  bodyLimit: SMALL_BODY,
  response: RegisteredSchema,
  successStatus: 201,
});

export const forgotPasswordOperation = defineOperation({
  operationId: "forgotPassword",
  method: "POST",
  path: "/auth/forgot-password",
  summary: "Email a password reset link (always 202, whether or not the address has an account)",
  description: "The link works once and expires in one hour. The answer and its timing do not reveal whether the account exists.",
  tags,
  auth: "public",
  body: ForgotPasswordInput,
  bodyLimit: SMALL_BODY,
  response: AcceptedSchema,
  successStatus: 202,
});

export const resetPasswordOperation = defineOperation({
  operationId: "resetPassword",
  method: "POST",
  path: "/auth/reset-password",
  summary: "Set a new password with the token of a reset link; signs the account out everywhere",
  description: "400 `invalid_token` for an unknown, expired or used token; 400 naming `password` for a weak password (the token stays usable).",
  tags,
  auth: "public",
  body: ResetPasswordInput,
  bodyLimit: SMALL_BODY,
  response: PasswordResetSchema,
});

export const verifyEmailOperation = defineOperation({
  operationId: "verifyEmail",
  method: "POST",
  path: "/auth/verify-email",
  summary: "Confirm an email address with the token of a verification link (single use, 24 hours)",
  tags,
  auth: "public",
  body: VerifyEmailInput,
  bodyLimit: SMALL_BODY,
  response: EmailVerifiedSchema,
});

export const authOperations: readonly ApiOperation[] = [registerOperation, forgotPasswordOperation, resetPasswordOperation, verifyEmailOperation];
