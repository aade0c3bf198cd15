import { describe, expect, it } from "vitest";
import { CircuitBreaker, getCircuitBreaker, readCircuitBreaker } from "./circuit-breaker";
import { ServiceNowError } from "./errors";

const down = () => Promise.reject(new ServiceNowError("server", "HTTP 502", { status: 502 }));
const up = () => Promise.resolve("ok");

function setup() {
  let now = 1_000_000;
  const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 10_000 });
  return { breaker, clock: () => now, advance: (ms: number) => (now += ms) };
}

describe("CircuitBreaker", () => {
  it("opens after N consecutive failed requests and then refuses without calling", async () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i++) await expect(breaker.execute(down, clock)).rejects.toMatchObject({ kind: "server" });
    expect(breaker.snapshot()).toMatchObject({ state: "open", consecutiveFailures: 3, openedAt: new Date(1_000_000) });
    expect(breaker.snapshot().lastError).toMatchObject({ kind: "server", status: 502, message: "HTTP 502" });

    let called = false;
    const refused = breaker.execute(async () => {
      called = true;
      return "ok";
    }, clock);
    await expect(refused).rejects.toMatchObject({ kind: "circuit_open", retryAfterMs: 10_000 });
    expect(called).toBe(false);
  });

  it("a success in between resets the count", async () => {
    const { breaker, clock } = setup();
    await breaker.execute(down, clock).catch(() => {});
    await breaker.execute(down, clock).catch(() => {});
    await breaker.execute(up, clock);
    await breaker.execute(down, clock).catch(() => {});
    expect(breaker.snapshot()).toMatchObject({ state: "closed", consecutiveFailures: 1 });
  });

  it("does not count answers that prove the instance is up (404, 403)", async () => {
    const { breaker, clock } = setup();
    const missing = () => Promise.reject(new ServiceNowError("not_found", "HTTP 404", { status: 404 }));
    for (let i = 0; i < 5; i++) await breaker.execute(missing, clock).catch(() => {});
    expect(breaker.snapshot()).toMatchObject({ state: "closed", consecutiveFailures: 0 });
  });

  it("lets one trial through after the cool-down and closes on its success", async () => {
    const { breaker, clock, advance } = setup();
    for (let i = 0; i < 3; i++) await breaker.execute(down, clock).catch(() => {});
    advance(10_000);

    let release: (value: string) => void = () => {};
    const trial = breaker.execute(() => new Promise<string>((resolve) => (release = resolve)), clock);
    expect(breaker.snapshot().state).toBe("half_open");
    // While the trial is in flight, everyone else is still refused.
    await expect(breaker.execute(up, clock)).rejects.toMatchObject({ kind: "circuit_open" });
    release("ok");
    await expect(trial).resolves.toBe("ok");
    expect(breaker.snapshot()).toMatchObject({ state: "closed", consecutiveFailures: 0, openedAt: null });
  });

  it("re-opens at once when the trial fails", async () => {
    const { breaker, clock, advance } = setup();
    for (let i = 0; i < 3; i++) await breaker.execute(down, clock).catch(() => {});
    advance(10_000);
    await expect(breaker.execute(down, clock)).rejects.toMatchObject({ kind: "server" });
    expect(breaker.snapshot()).toMatchObject({ state: "open", consecutiveFailures: 4, openedAt: new Date(1_010_000) });
    advance(5_000);
    await expect(breaker.execute(up, clock)).rejects.toMatchObject({ kind: "circuit_open" });
  });

  it("frees the trial slot when the caller aborts", async () => {
    const { breaker, clock, advance } = setup();
    for (let i = 0; i < 3; i++) await breaker.execute(down, clock).catch(() => {});
    advance(10_000);
    await breaker.execute(() => Promise.reject(new DOMException("stop", "AbortError")), clock).catch(() => {});
    await expect(breaker.execute(up, clock)).resolves.toBe("ok");
  });
});

describe("breaker registry", () => {
  it("keeps one breaker per instance id and reads it without creating one", () => {
    expect(readCircuitBreaker("registry-test")).toBeNull();
    const breaker = getCircuitBreaker("registry-test", { failureThreshold: 2 });
    expect(getCircuitBreaker("registry-test")).toBe(breaker);
    expect(breaker.options).toEqual({ failureThreshold: 2, cooldownMs: 60_000 });
    expect(readCircuitBreaker("registry-test")).toMatchObject({ state: "closed", consecutiveFailures: 0 });
  });
});
