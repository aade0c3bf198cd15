import { inngest } from "@/inngest/client";
import { instanceSync } from "@/inngest/functions/instance-sync";
import { createInstance } from "@/lib/instances/create-instance";
import type { CreateInstanceInput } from "@/lib/instances/schemas";
import { InProcessRunner } from "@/lib/jobs/in-process/runner";
import type { RunningSimulator } from "@/lib/servicenow/simulator/server";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { createMember } from "@/lib/testing/factories";

// Shared by the sync integration tests and the crash fixture: a member with an instance connected
// to a simulator, a runner for the sync function, and the simulator's own checksums.

export const BASIC = { type: "basic", username: "admin", password: "admin" } as const;
export const OAUTH = { type: "oauth", clientId: "ciq-dev", clientSecret: "ciq-dev-secret", username: "admin", password: "admin" } as const;

export async function connectedInstance(simUrl: string, auth: CreateInstanceInput["auth"] = BASIC) {
  const member = await createMember("ORG_ADMIN");
  const instance = await createInstance(member.ctx, { name: `Sim ${crypto.randomUUID().slice(0, 8)}`, url: simUrl, auth });
  return { ...member, instance };
}

/** A runner for the sync function only, retrying failed steps at once (tests wait for nothing). */
export function syncRunner(options: { leaseMs?: number } = {}): InProcessRunner {
  return new InProcessRunner(inngest, [instanceSync], { retryDelayMs: () => 5, ...options });
}

export interface SimChecksum {
  table: string;
  count: number;
  checksum: string;
}

/** The simulator's checksums (GET /__sim/checksum) of the tables the sync reads. */
export async function simulatorChecksums(sim: Pick<RunningSimulator, "url">): Promise<Record<string, SimChecksum>> {
  const response = await fetch(`${sim.url}/__sim/checksum`);
  const body = (await response.json()) as { tables: Record<string, SimChecksum> };
  return Object.fromEntries(syncTables.map((t) => [t.table, body.tables[t.table] ?? { table: t.table, count: 0, checksum: "" }]));
}

export async function simulator(path: string, init: { method?: string; body?: unknown } = {}, sim: Pick<RunningSimulator, "url">): Promise<unknown> {
  const response = await fetch(`${sim.url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}
