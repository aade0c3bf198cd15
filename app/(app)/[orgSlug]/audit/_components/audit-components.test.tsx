import { renderMarkup } from "@/lib/testing/render-markup";
import { describe, expect, it } from "vitest";
import type { AuditEventView } from "@/lib/audit/schemas";
import { parseAuditSearchParams } from "@/lib/audit/search-params";
import { AuditEventsTable } from "./audit-events-table";
import { AuditFilters } from "./audit-filters";
import { AuditTabs } from "./audit-tabs";
import { changeRows, displayValue } from "./audit-format";

const event = (overrides: Partial<AuditEventView>): AuditEventView => ({
  id: "01a208e7-0000-7000-8000-000000000001",
  seq: "7",
  occurredAt: "2026-01-02T23:30:05.000Z",
  actorType: "user",
  actorId: "01a208e7-0000-7000-8000-0000000000aa",
  actorLabel: "alice@example.test",
  action: "member.role_changed",
  targetType: "membership",
  targetId: "m-1",
  changes: { role: { from: "Viewer", to: "Analyst" } },
  ip: "203.0.113.9",
  userAgent: "Firefox",
  requestId: "req-1",
  security: true,
  prevHash: "a".repeat(64),
  hash: "b".repeat(64),
  ...overrides,
});

const render = renderMarkup;

describe("audit page components", () => {
  it("renders rows with times in the organization's zone, the actor, a security badge and a details button", () => {
    const html = render(
      <AuditEventsTable
        orgSlug="acme"
        timeZone="Europe/Berlin"
        apiPath="/api/v1/audit/logs"
        apiQuery=""
        caption="Audit events, newest first"
        firstPage={{ data: [event({}), event({ id: "01a208e7-0000-7000-8000-000000000002", security: false, ip: null, actorType: "system", actorLabel: null, actorId: null })], nextCursor: "abc" }}
      />,
    );
    expect(html).toContain("Time (Europe/Berlin)");
    expect(html).toContain("2026-01-03 00:30:05");
    expect(html).toContain("alice@example.test");
    expect(html).toContain(">Security<");
    expect(html).toContain("membership m-1");
    expect(html).toContain("Load more");
    expect(html).toContain('aria-label="Details of member.role_changed at 2026-01-03 00:30:05"');
    expect(html).toContain("<caption");
    // A system event with no label shows its type rather than an empty cell.
    expect(html).toMatch(/>System<\/span>/);
  });

  it("says when the end of the log is reached", () => {
    const html = render(
      <AuditEventsTable orgSlug="acme" timeZone="UTC" apiPath="/api/v1/audit/logs" apiQuery="" caption="c" firstPage={{ data: [event({})], nextCursor: null }} />,
    );
    expect(html).not.toContain("Load more");
    expect(html).toContain("the end of the log");
  });

  it("labels every filter, keeps typed values, and marks invalid fields with their message", () => {
    const state = parseAuditSearchParams({ actor: "bob", from: "yesterday" }, "Europe/Berlin");
    const html = render(<AuditFilters orgSlug="acme" state={state} timeZone="Europe/Berlin" />);
    for (const id of ["actor", "action", "targetType", "targetId", "from", "to"]) {
      expect(html).toContain(`for="audit-filter-${id}"`);
      expect(html).toContain(`id="audit-filter-${id}"`);
    }
    expect(html).toContain('value="bob"');
    expect(html).toMatch(/id="audit-filter-from"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="audit-filter-from"/);
    expect(html).toContain("Use a date such as 2026-01-31");
    expect(html).toContain("(Europe/Berlin)");
    expect(html).toContain('name="security"');
  });

  it("links the two views, keeping filters and marking the current one", () => {
    const html = render(<AuditTabs orgSlug="acme" view="security" query={new URLSearchParams("actor=bob&view=security")} />);
    expect(html).toContain('href="/acme/audit?actor=bob"');
    expect(html).toContain('href="/acme/audit?actor=bob&amp;view=security"');
    expect(html).toMatch(/aria-current="page"[^>]*>.*Security events/);
  });

  it("reads from/to changes as a diff and anything else as JSON", () => {
    expect(changeRows({ role: { from: "Viewer", to: "Analyst" }, name: { before: "a", after: "b" } })).toEqual([
      { field: "role", before: "Viewer", after: "Analyst" },
      { field: "name", before: "a", after: "b" },
    ]);
    expect(changeRows({ name: "Ops" })).toBeNull();
    expect(changeRows({})).toBeNull();
    expect(changeRows(null)).toBeNull();
    expect(displayValue(null)).toBe("—");
    expect(displayValue(["a"])).toBe('["a"]');
  });
});
