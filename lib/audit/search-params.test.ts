import { describe, expect, it } from "vitest";
import { AuditLogFilters } from "./schemas";
import { hasFilters, parseAuditSearchParams } from "./search-params";

describe("parseAuditSearchParams", () => {
  it("turns the form's dates into instants of the organization's day, the end date inclusive", () => {
    const state = parseAuditSearchParams({ actor: " alice ", action: "member.", from: "2026-01-02", to: "2026-01-03", targetType: "" }, "Europe/Berlin");
    expect(state.errors).toEqual({});
    expect(state.filters).toEqual({
      actor: "alice",
      action: "member.",
      from: "2026-01-01T23:00:00.000Z",
      to: "2026-01-03T23:00:00.000Z",
    });
    expect(state.view).toBe("all");
    expect(state.pageQuery).toBe("actor=alice&action=member.&from=2026-01-02&to=2026-01-03");
    expect(new URLSearchParams(state.apiQuery).get("from")).toBe("2026-01-01T23:00:00.000Z");
    expect(hasFilters(state)).toBe(true);
    // What the API receives passes the API's own validation.
    expect(AuditLogFilters.safeParse(Object.fromEntries(new URLSearchParams(state.apiQuery))).success).toBe(true);
  });

  it("reports invalid fields, keeps what was typed, and applies only the valid ones", () => {
    const state = parseAuditSearchParams({ action: "drop table;", from: "yesterday", to: "2026-01-01", security: "yes", actor: "x".repeat(300) }, "UTC");
    expect(Object.keys(state.errors).sort()).toEqual(["action", "actor", "from", "security"]);
    expect(state.values.from).toBe("yesterday");
    expect(state.filters).toEqual({ to: "2026-01-02T00:00:00.000Z" });
  });

  it("rejects an end date before the start date", () => {
    const state = parseAuditSearchParams({ from: "2026-02-01", to: "2026-01-01" }, "UTC");
    expect(state.errors).toEqual({ to: "The end date is before the start date" });
    expect(state.filters).toEqual({ from: "2026-02-01T00:00:00.000Z" });
  });

  it("fixes security in the security view and leaves it out of the security-events API query", () => {
    const state = parseAuditSearchParams({ view: "security", actor: "bob" }, "UTC");
    expect(state.filters).toEqual({ actor: "bob", security: true });
    expect(state.apiQuery).toBe("actor=bob");
    expect(state.pageQuery).toBe("actor=bob&view=security");
    const all = parseAuditSearchParams({ security: "true", view: ["nonsense"] }, "UTC");
    expect(all.view).toBe("all");
    expect(all.apiQuery).toBe("security=true");
    expect(hasFilters(parseAuditSearchParams({}, "UTC"))).toBe(false);
  });
});
