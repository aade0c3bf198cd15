import { AppError } from "@/lib/errors";
import { COMMON_PASSWORDS_TEXT } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits";

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean));
  return common;
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };
const SEQUENCES = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb"];

/**
 * Why a new password is not acceptable, or null when it is. Length counts characters (a passphrase
 * in any script is fine); the rest catches what attackers try first: the common list (also after
 * stripping the digits and symbols people pad a word with, and undoing l33t spelling), repeats and
 * keyboard runs, and the user's own email address.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.normalize("NFKC").toLowerCase();
  if (containsEmail(lower, context.email)) return "Do not use your email address in your password";
  if (new Set(lower).size < 5 || isSequence(lower)) return "Avoid repeated characters and keyboard sequences";
  if (variants(lower).some((v) => commonPasswords().has(v))) {
    return "This password is too common: avoid well-known passwords and single words padded with numbers";
  }
  return null;
}

/** For use cases: a validation_failed error naming the field, like a zod error would. */
export function assertAcceptablePassword(password: string, context: { email?: string }, path = "password"): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError("validation_failed", `${path}: ${problem}`, { errors: [{ path, message: problem }] });
}

function variants(lower: string): string[] {
  const forms = [lower, [...lower].map((c) => LEET[c] ?? c).join("")];
  return forms.flatMap((form) => {
    const core = form.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    return [form, core, core.replace(/[\s._-]+/g, "")];
  });
}

function containsEmail(lower: string, email: string | undefined): boolean {
  const local = email?.toLowerCase().split("@")[0] ?? "";
  const untagged = local.split("+")[0] ?? "";
  const parts = [local, untagged, untagged.replace(/[._-]/g, "")];
  return parts.some((part) => part.length >= 3 && (lower.includes(part) || lower.replace(/[\s._+-]/g, "").includes(part)));
}

const RUNS = SEQUENCES.flatMap((seq) => {
  const run = seq.repeat(Math.ceil(PASSWORD_MAX_LENGTH / seq.length) + 1);
  return [run, [...run].reverse().join("")];
});
const MIN_RUN = 6;

/** Mostly a keyboard, alphabet or digit run: less than six characters remain once runs are removed. */
function isSequence(lower: string): boolean {
  let rest = "";
  for (let i = 0; i < lower.length; ) {
    let end = i;
    for (let j = lower.length; j >= i + MIN_RUN; j--) {
      const piece = lower.slice(i, j);
      if (RUNS.some((run) => run.includes(piece))) {
        end = j;
        break;
      }
    }
    if (end > i) i = end;
    else rest += lower[i++];
  }
  return rest.length < MIN_RUN;
}
