import { afterEach, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { appUrl, originFromHeaders } from "./app-url";

vi.mock("@/lib/env", () => ({ env: vi.fn() }));
afterEach(() => {
  vi.mocked(env).mockReset();
  vi.unstubAllEnvs();
});

describe("appUrl", () => {
  it("prefers APP_URL over the request's origin", () => {
    vi.mocked(env).mockReturnValue({ APP_URL: "https://ciq.example.com/base" } as ReturnType<typeof env>);
    expect(appUrl("/verify-email?token=abc", "http://evil.test")).toBe("https://ciq.example.com/verify-email?token=abc");
  });

  it("falls back to NEXTAUTH_URL, then the request origin", () => {
    vi.mocked(env).mockReturnValue({} as ReturnType<typeof env>);
    vi.stubEnv("NEXTAUTH_URL", "https://auth.example.com");
    expect(appUrl("/x", "http://localhost:3000")).toBe("https://auth.example.com/x");
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(appUrl("/x", "http://localhost:3000")).toBe("http://localhost:3000/x");
  });
});

describe("originFromHeaders", () => {
  it("reads host and protocol, and ignores a malformed host", () => {
    expect(originFromHeaders(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(originFromHeaders(new Headers({ host: "internal:3000", "x-forwarded-host": "ciq.example.com", "x-forwarded-proto": "https" }))).toBe(
      "https://ciq.example.com",
    );
    expect(originFromHeaders(new Headers({ host: "evil.test/path?" }))).toBeUndefined();
  });
});
