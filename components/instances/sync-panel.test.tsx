import { renderMarkup } from "@/lib/testing/render-markup";
import { describe, expect, it, vi } from "vitest";
import type { SyncRunView, SyncTableView } from "@/lib/sync/schemas";
import { SyncPanelClient, type SyncPanelClientProps } from "./sync-panel-client";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const table = (name: string, overrides: Partial<SyncTableView> = {}): SyncTableView => ({
  name, table: `sn_${name}`, total: 100, fetched: 100, inserted: 100, updated: 0, deleted: 0, quarantined: 0, done: true, ...overrides,
});

const run = (overrides: Partial<SyncRunView> = {}): SyncRunView => ({
  id: "01a208e7-0000-7000-8000-000000000010",
  jobId: "01a208e7-0000-7000-8000-000000000020",
  mode: "incremental",
  status: "succeeded",
  progress: 100,
  createdAt: "2026-11-20T10:00:00.000Z",
  startedAt: "2026-11-20T10:00:01.000Z",
  finishedAt: "2026-11-20T10:01:31.000Z",
  durationMs: 90_000,
  error: null,
  totals: { fetched: 200, inserted: 150, updated: 40, deleted: 3, quarantined: 7 },
  tables: [table("entities"), table("controls")],
  ...overrides,
});

function render(props: Partial<SyncPanelClientProps> & { runs?: SyncRunView[] }): string {
  const { runs = [], ...rest } = props;
  return renderMarkup(
    <SyncPanelClient orgSlug="acme" instanceId="01a208e7-0000-7000-8000-000000000001" initial={{ data: runs, nextCursor: null }} canSync canCancel {...rest} />,
  );
}

describe("SyncPanelClient", () => {
  it("says what to do before the first sync, and offers both syncs to those who may start them", () => {
    const html = render({});
    expect(html).toContain("Not synced yet");
    expect(html).toContain("Sync now");
    expect(html).toContain("Full sync");
    const viewer = render({ canSync: false, canCancel: false });
    expect(viewer).toContain("An administrator of this organization can start the first sync");
    expect(viewer).not.toContain("Sync now</button>");
  });

  it("shows a running sync's overall and per-table progress with a Cancel button, and disables new syncs", () => {
    const running = run({
      status: "running",
      progress: 45,
      finishedAt: null,
      durationMs: null,
      tables: [table("entities"), table("controls", { total: 10_000, fetched: 4_000, done: false }), table("risks", { total: 50, fetched: 0, done: false })],
    });
    const html = render({ runs: [running] });
    expect(html).toContain("Incremental sync: controls 4,000 / 10,000");
    expect(html).toContain('aria-valuenow="45"');
    expect(html).toContain("Cancel sync");
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>.*?Sync now/);
    expect(html).toContain("Progress per table");
    expect(render({ runs: [running], canCancel: false })).not.toContain("Cancel sync");
  });

  it("lists past syncs with duration, mode, status, counts, the error and per-table counts", () => {
    const failed = run({ id: "01a208e7-0000-7000-8000-000000000011", status: "failed", mode: "full", error: "ServiceNow rejected the credentials" });
    const html = render({ runs: [failed, run()] });
    expect(html).toContain("Sync history, newest first");
    expect(html).toContain("1 min 30 s");
    expect(html).toContain("Full");
    expect(html).toContain("Failed");
    expect(html).toContain("ServiceNow rejected the credentials");
    expect(html).toContain(">150<");
    expect(html).toContain("2 tables");
    expect(html).not.toContain("Cancel sync");
  });
});
