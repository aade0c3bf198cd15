import { NonRetriableError, RetryAfterError } from "inngest";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { CredentialsUnavailableError } from "@/lib/instances/credentials";
import { ServiceNowError } from "@/lib/servicenow/client/errors";
import { stepError } from "./step-error";

describe("stepError", () => {
  it("fails at once on what retrying cannot fix", () => {
    for (const error of [
      new ServiceNowError("auth", "ServiceNow rejected the credentials", { status: 401 }),
      new ServiceNowError("forbidden", "no read access", { status: 403 }),
      new CredentialsUnavailableError(),
      new AppError("not_found", "Instance not found"),
    ]) {
      const translated = stepError(error);
      expect(translated, error.message).toBeInstanceOf(NonRetriableError);
      expect(translated.message).toBe(error.message);
    }
  });

  it("retries transient failures, and waits out a long Retry-After or an open circuit instead", () => {
    const server = stepError(new ServiceNowError("server", "HTTP 503", { status: 503 }));
    expect(server).not.toBeInstanceOf(NonRetriableError);
    expect(server).not.toBeInstanceOf(RetryAfterError);
    const limited = stepError(new ServiceNowError("rate_limited", "HTTP 429", { status: 429, retryAfterMs: 600_000 }));
    expect(limited).toBeInstanceOf(RetryAfterError);
    const wait = Date.parse((limited as RetryAfterError).retryAfter) - Date.now();
    expect(wait).toBeGreaterThan(590_000);
    expect(stepError(new ServiceNowError("circuit_open", "paused"))).toBeInstanceOf(RetryAfterError);
  });
});
