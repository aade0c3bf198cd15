import { describe, expect, it } from "vitest";
import { ServiceNowError } from "@/lib/servicenow/client/errors";
import { CredentialsUnavailableError } from "./credentials";
import { healthOfFailure, healthOfSuccess, isConnectionFailure, safeErrorMessage } from "./health-status";

const snError = (kind: ConstructorParameters<typeof ServiceNowError>[0], status: number | null = null) =>
  new ServiceNowError(kind, `${kind} happened`, { status });

describe("health classification", () => {
  it("grades a successful check by its latency", () => {
    expect(healthOfSuccess(120)).toBe("HEALTHY");
    expect(healthOfSuccess(2_000)).toBe("HEALTHY");
    expect(healthOfSuccess(2_001)).toBe("DEGRADED");
  });

  it.each([
    [snError("auth", 401), "AUTH_FAILED", true],
    [snError("forbidden", 403), "DEGRADED", false],
    [snError("invalid_table", 400), "DEGRADED", false],
    [snError("not_found", 404), "DEGRADED", false],
    [snError("rate_limited", 429), "DEGRADED", true],
    [snError("bad_request", 302), "DOWN", false],
    [snError("bad_request", 400), "DEGRADED", false],
    [snError("server", 503), "DOWN", true],
    [snError("timeout"), "DOWN", true],
    [snError("network"), "DOWN", true],
    [snError("malformed_response", 200), "DOWN", true],
    [new CredentialsUnavailableError(), "AUTH_FAILED", true],
    [new Error("boom"), "DOWN", true],
  ] as const)("classifies %s", (error, health, connection) => {
    expect(healthOfFailure(error)).toBe(health);
    expect(isConnectionFailure(error)).toBe(connection);
  });

  it("keeps an open circuit's cause: paused after refused credentials is still an auth failure", () => {
    const open = snError("circuit_open");
    const snapshot = (kind: string) => ({ state: "open" as const, consecutiveFailures: 5, openedAt: new Date(), lastError: { kind, status: 401, message: "x", at: new Date() } });
    expect(healthOfFailure(open, snapshot("auth"))).toBe("AUTH_FAILED");
    expect(healthOfFailure(open, snapshot("network"))).toBe("DOWN");
    expect(isConnectionFailure(open)).toBe(true);
  });

  it("never passes on the text of an unexpected error", () => {
    expect(safeErrorMessage(new Error("password=hunter2"))).toBe("Unexpected error while contacting the instance");
    expect(safeErrorMessage(snError("server", 500))).toBe("server happened");
  });
});
