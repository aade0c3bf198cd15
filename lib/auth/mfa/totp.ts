import { authenticator } from "otplib";
import { open, seal } from "@/lib/crypto/secret-box";

const STEP_SECONDS = 30;
const ISSUER = "ComplianceIQ";

/**
 * What is sealed into users.mfa_secret_enc: the TOTP secret and the last time step a code was
 * accepted for. The schema has no column for that step, and keeping it inside the sealed value
 * lets a compare-and-swap on the column accept each code exactly once (RFC 6238 §5.2).
 */
interface TotpState {
  secret: string;
  lastStep?: number;
}

/** 160-bit secret (RFC 4226's recommendation), base32 for authenticator apps. */
export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

export function sealTotpState(userId: string, state: TotpState): string {
  return seal(JSON.stringify(state), userId);
}

export function openTotpState(userId: string, sealed: string): TotpState {
  const parsed: unknown = JSON.parse(open(sealed, userId));
  if (!parsed || typeof parsed !== "object" || typeof (parsed as TotpState).secret !== "string") {
    throw new Error("The sealed TOTP state is malformed");
  }
  return parsed as TotpState;
}

export function otpauthUri(email: string, secret: string): string {
  return authenticator.keyuri(email, ISSUER, secret);
}

/** The current code, for tests and for nothing else. */
export function currentTotpCode(secret: string, at = Date.now()): string {
  return authenticator.clone({ epoch: at }).generate(secret);
}

export const TOTP_CODE = /^\d{6}$/;

/**
 * If `code` is valid now (±1 step of 30 s, for clock drift) and newer than the last accepted code,
 * the sealed state to store in its place (compare-and-swap against `sealed`); otherwise null.
 */
export function acceptTotpCode(userId: string, sealed: string, code: string, at = Date.now()): string | null {
  if (!TOTP_CODE.test(code)) return null;
  const state = openTotpState(userId, sealed);
  const delta = authenticator.clone({ epoch: at, step: STEP_SECONDS, window: 1 }).checkDelta(code, state.secret);
  if (delta === null) return null;
  const step = Math.floor(at / 1000 / STEP_SECONDS) + delta;
  if (state.lastStep !== undefined && step <= state.lastStep) return null;
  return sealTotpState(userId, { secret: state.secret, lastStep: step });
}
