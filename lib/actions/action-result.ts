import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * What every server action answers: the data, or a message with the form fields to mark (keyed by
 * field path, as the zod schemas name them). Actions answer instead of throwing because a thrown
 * error reaches the browser as an opaque digest.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors: Record<string, string> };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export interface FailureOptions {
  /**
   * How a validation failure is summed up. Forms that mark their fields say "check the highlighted
   * fields"; actions answered with a toast (no fields to mark) need the first issue itself.
   */
  validationMessage?: "check-fields" | "first-issue";
}

/** For the organization, team and invitation actions, whose refusals are mostly shown as toasts. */
export const FIRST_ISSUE_AS_MESSAGE: FailureOptions = { validationMessage: "first-issue" };

export function actionOk<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

/** Turns what a use case threw into a form answer; Next.js redirects pass through, the unexpected is logged, not shown. */
export function actionFailure(error: unknown, { validationMessage = "check-fields" }: FailureOptions = {}): ActionFailure {
  // Redirects (sign-in, 2FA enrollment) and other Next.js signals must reach Next.js.
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const fieldErrors = Object.fromEntries((error.errors ?? []).map((issue) => [issue.path, issue.message]));
    return { ok: false, code: error.code, message: error.message, fieldErrors };
  }
  if (error instanceof z.ZodError) {
    const fieldErrors: Record<string, string> = {};
    // The first issue of a field is the one to fix first (a required field is empty before it is too short).
    for (const issue of error.issues) fieldErrors[issue.path.map(String).join(".")] ??= issue.message;
    const first = Object.values(fieldErrors)[0];
    const message = validationMessage === "first-issue" && first ? first : "Check the highlighted fields";
    return { ok: false, code: "validation_failed", message, fieldErrors };
  }
  // Name and message only: an unexpected error's other properties can carry request data.
  logger.error("server action failed", error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return { ok: false, code: "internal_error", message: "Something went wrong. Try again in a moment.", fieldErrors: {} };
}

/** Runs an action body and answers ActionResult whatever happens. */
export async function runAction<T>(work: () => Promise<T>, options?: FailureOptions): Promise<ActionResult<T>> {
  try {
    return actionOk(await work());
  } catch (error) {
    return actionFailure(error, options);
  }
}
