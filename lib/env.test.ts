import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "./env";

const KEY = Buffer.alloc(32, 7).toString("base64");
const SECRET = "s".repeat(40);

describe("parseEnv", () => {
  afterEach(() => vi.restoreAllMocks());

  it("refuses production without AUTH_SECRET and names the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production", ENCRYPTION_KEY: KEY })).toThrow(
      /AUTH_SECRET: is required in production/,
    );
  });

  it("refuses production without ENCRYPTION_KEY", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET })).toThrow(/ENCRYPTION_KEY: is required/);
  });

  it("names a malformed variable with the reason", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET, ENCRYPTION_KEY: KEY, DATABASE_URL: "mysql://x" }),
    ).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short", ENCRYPTION_KEY: KEY })).toThrow(
      /AUTH_SECRET: AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("refuses production without the public URL that email links are built from", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET, ENCRYPTION_KEY: KEY })).toThrow(/APP_URL: is required in production/);
  });

  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: SECRET,
      ENCRYPTION_KEY: KEY,
      DATABASE_URL: "postgres://u@h/db",
      APP_URL: "https://ciq.example.com",
    });
    expect(env.DATABASE_URL).toBe("postgres://u@h/db");
    expect(env.RATE_LIMIT_PER_MINUTE).toBe(600);
  });

  it("generates development secrets once and reuses them", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ciq-env-"));
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    const first = parseEnv({ NODE_ENV: "development" });
    const second = parseEnv({ NODE_ENV: "development" });
    expect(first.AUTH_SECRET).toHaveLength(44);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(second.ENCRYPTION_KEY).toBe(first.ENCRYPTION_KEY);
    const stored = JSON.parse(readFileSync(path.join(dir, ".data", "secrets.json"), "utf8"));
    expect(stored.AUTH_SECRET).toBe(first.AUTH_SECRET);
  });
});
