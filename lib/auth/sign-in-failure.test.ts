import { describe, expect, it } from "vitest";
import { decodeSignInFailure, encodeSignInFailure } from "./sign-in-failure";

describe("sign-in failure codes", () => {
  it("round-trip through next-auth's error string", () => {
    const until = new Date("2026-05-01T10:15:00.000Z");
    for (const failure of [
      { reason: "invalid_credentials" },
      { reason: "mfa_required" },
      { reason: "mfa_invalid" },
      { reason: "account_locked", until },
      { reason: "rate_limited", retryAfterSeconds: 42 },
    ] as const) {
      expect(decodeSignInFailure(encodeSignInFailure(failure))).toEqual(failure);
    }
  });

  it("reads next-auth's own code and treats anything else as unavailable", () => {
    expect(decodeSignInFailure("CredentialsSignin")).toEqual({ reason: "invalid_credentials" });
    for (const raw of [null, "", "Callback", "account_locked:garbage", "TypeError: boom"]) {
      expect(decodeSignInFailure(raw)).toEqual({ reason: "unavailable" });
    }
  });
});
