import { describe, expect, it } from "vitest";
import { stem } from "@/lib/analysis/text/stem-lite";
import { words } from "@/lib/analysis/text/tokenize";

describe("words", () => {
  it("lower-cases and drops stop words, numbers and single letters", () => {
    expect(words("The organization shall review 12 user accounts (a) every [frequency].")).toEqual([
      "review", "user", "accounts", "every", "frequency",
    ]);
  });

  it("splits on punctuation and keeps alphanumeric codes", () => {
    expect(words("Multi-factor authentication; SHA256/TLS1.2")).toEqual(["multi", "factor", "authentication", "sha256", "tls1"]);
  });

  it("keeps letters beyond ASCII inside words", () => {
    expect(words("Überprüfung der Zugriffsrechte — Datenschutz")).toEqual(["überprüfung", "der", "zugriffsrechte", "datenschutz"]);
  });
});

describe("stem", () => {
  it("brings word families onto one term", () => {
    for (const family of [
      ["authentication", "authenticator", "authenticate", "authenticated"],
      ["manage", "managed", "management", "manager"],
      ["privilege", "privileged", "privileges"],
      ["log", "logs", "logging"],
      ["configure", "configured", "configuration"],
      ["policy", "policies"],
      ["process", "processes"],
    ]) {
      expect(new Set(family.map(stem)).size, family.join(",")).toBe(1);
    }
  });

  it("keeps words whose final s is not a plural, and short words", () => {
    expect(stem("access")).toBe("access");
    expect(stem("status")).toBe("status");
    expect(stem("analysis")).toBe("analysis");
    expect(stem("key")).toBe("key");
  });
});

describe("words and stem together", () => {
  it("bring one phrase written two ways onto the same terms", () => {
    expect(words("Managed accounts; account management").map(stem)).toEqual(["manag", "account", "account", "manag"]);
  });
});
