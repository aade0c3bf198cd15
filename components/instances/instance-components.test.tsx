import { renderMarkup } from "@/lib/testing/render-markup";
import { describe, expect, it, vi } from "vitest";
import type { InstanceHealthView, InstanceView } from "@/lib/instances/schemas";
import { DeleteInstanceButton } from "./delete-instance-button";
import { InstanceForm } from "./instance-form";
import { InstanceHealthPanel } from "./instance-health-panel";
import { InstanceOverview } from "./instance-overview";
import { InstancesTable } from "./instances-table";
import { TestConnectionPanel } from "./test-connection-panel";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const instance = (overrides: Partial<InstanceView> = {}): InstanceView => ({
  id: "01a208e7-0000-7000-8000-000000000001",
  name: "Production GRC",
  url: "https://acme.service-now.com",
  auth: { type: "oauth", username: "integration", clientId: "ciq-client", secret: "••••••••" },
  syncSchedule: { type: "cron", expression: "0 6 * * 1-5" },
  nextSyncAt: "2026-01-05T06:00:00.000Z",
  lastSyncAt: null,
  health: "auth_failed",
  lastHealthAt: "2026-01-02T10:00:00.000Z",
  lastLatencyMs: 340,
  lastError: "ServiceNow rejected the credentials",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
  ...overrides,
});

const render = renderMarkup;

const noop = async () => ({ ok: false as const, message: "unused", fieldErrors: {} });

describe("instance components", () => {
  it("lists instances with a linked name, status badge, auth, schedule and last sync", () => {
    const html = render(<InstancesTable orgSlug="acme" instances={[instance(), instance({ id: "01a208e7-0000-7000-8000-000000000002", name: "Sandbox", health: "healthy", lastHealthAt: null })]} />);
    expect(html).toContain('href="/acme/instances/01a208e7-0000-7000-8000-000000000001"');
    expect(html).toContain("Auth failed");
    expect(html).toContain("Healthy");
    expect(html).toContain("OAuth 2.0");
    expect(html).toContain("Cron: 0 6 * * 1-5");
    expect(html).toContain("Never");
  });

  it("renders the create form with labelled fields and no values", () => {
    const html = render(<InstanceForm mode="create" submit={noop} cancelHref="/acme/instances" detailBase="/acme/instances" />);
    for (const label of ["Name", "URL", "User name", "Password", "How often to sync"]) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('type="radio"');
    expect(html).toContain("Connect instance");
    expect(html).toContain("npm run sn:sim");
  });

  it("renders the edit form without any secret, offering to replace the credentials", () => {
    const html = render(<InstanceForm mode="edit" instance={instance()} submit={noop} cancelHref="/x" detailBase="/acme/instances" />);
    expect(html).toContain('value="Production GRC"');
    expect(html).toContain("Replace credentials");
    expect(html).not.toContain('type="password"');
    expect(html).toContain("Save changes");
  });

  it("shows the connection with masked secrets only", () => {
    const html = render(<InstanceOverview instance={instance()} />);
    expect(html).toContain("••••••••");
    expect(html).toContain("Client ciq-client");
    expect(html).toContain("Password and client secret");
  });

  it("shows the test button only to those who may test", () => {
    const can = render(<TestConnectionPanel instanceId="i" canTest runTest={async () => ({ ok: false, message: "x" })} />);
    expect(can).toContain("Test connection");
    const cannot = render(<TestConnectionPanel instanceId="i" canTest={false} runTest={async () => ({ ok: false, message: "x" })} />);
    expect(cannot).not.toContain("Test connection</button>");
    expect(cannot).toContain("can view this instance but not test it");
  });

  it("shows current health, breaker, a latency chart and the history", () => {
    const initial: InstanceHealthView = {
      current: {
        health: "degraded",
        lastHealthAt: "2026-01-02T10:00:00.000Z",
        lastLatencyMs: 2400,
        lastError: null,
        breaker: { state: "half_open", consecutiveFailures: 3, openedAt: "2026-01-02T09:00:00.000Z", lastError: "timed out" },
      },
      data: [
        { id: "c1", checkedAt: "2026-01-02T10:00:00.000Z", health: "degraded", authOk: true, latencyMs: 2400, breakerState: "closed", error: null },
        { id: "c2", checkedAt: "2026-01-02T09:45:00.000Z", health: "down", authOk: false, latencyMs: null, breakerState: "open", error: "ECONNREFUSED" },
      ],
      nextCursor: "abc",
    };
    const html = render(<InstanceHealthPanel orgSlug="acme" instanceId="i" initial={initial} />);
    expect(html).toContain("Degraded");
    expect(html).toContain("Half-open");
    expect(html).toContain("3 consecutive failures");
    expect(html).toContain("2.4 s");
    expect(html).toContain("ECONNREFUSED");
    expect(html).toContain("Latency of 1 health checks");
    expect(html).toContain("Load older checks");
    const empty = render(<InstanceHealthPanel orgSlug="acme" instanceId="i" initial={{ ...initial, data: [], nextCursor: null }} />);
    expect(empty).toContain("No health checks yet");
  });

  it("asks before deleting", () => {
    const html = render(<DeleteInstanceButton instanceName="Production GRC" listHref="/acme/instances" remove={async () => ({ ok: true })} />);
    expect(html).toContain("Delete");
    // The dialog's content renders only once opened.
    expect(html).not.toContain("cannot be undone");
  });
});
