import { MeSchema, UpdateProfileInput } from "@/lib/accounts/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";

const tags = ["Users"];
// User-level, not organization-level: any signed-in person (session or access token) may read and
// rename themselves, whatever their roles; API keys are refused (403) because they are not people.
const who = "Needs a signed-in user (session cookie or access token) and no organization permission; API keys get 403.";

export const getMeOperation = defineOperation({
  operationId: "getMe",
  method: "GET",
  path: "/users/me",
  summary: "The signed-in user: profile, verification and 2FA status, and organizations with roles",
  description: who,
  tags,
  auth: "user",
  response: MeSchema,
});

export const updateMeOperation = defineOperation({
  operationId: "updateMe",
  method: "PUT",
  path: "/users/me",
  summary: "Change the signed-in user's name (the only editable profile field)",
  description: `${who} The email address cannot be changed; the password changes in account settings, with the current password.`,
  tags,
  auth: "user",
  body: UpdateProfileInput,
  bodyLimit: 8 * 1024,
  response: MeSchema,
});

export const meOperations: readonly ApiOperation[] = [getMeOperation, updateMeOperation];
