import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ActorContext } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { createInstance } from "@/lib/instances/create-instance";
import { updateInstance } from "@/lib/instances/update-instance";
import { startSync } from "@/lib/sync/start-sync";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { DEMO_SIMULATOR_CREDENTIALS } from "./demo-simulator";
import { DEMO_ORG_SLUG } from "./seed-demo";

export const DEMO_INSTANCE_NAME = "Demo instance";

// Remembers that this demo organization's instance was set up, so one a person deleted is not
// brought back (a new embedded database has a new demo organization and gets its instance again).
const DEFAULT_MARKER = () => path.join(process.cwd(), ".data", "demo-instance.json");

function setUpBefore(markerFile: string, organizationId: string): boolean {
  try {
    return (JSON.parse(readFileSync(markerFile, "utf8")) as { organizationId?: string }).organizationId === organizationId;
  } catch {
    return false;
  }
}

function demoContext(organizationId: string): ActorContext {
  return {
    organizationId,
    actorId: "demo-setup",
    actorType: "system",
    actorLabel: "Demo setup (npm run dev)",
    permissions: ["instances:create", "instances:read", "instances:update"],
  };
}

export type DemoInstanceOutcome = "created" | "updated" | "unchanged" | "skipped";

/**
 * Connects the demo organization to the local simulator at `url`: the first time, creates the
 * "Demo instance" and queues its first (full) sync, which the dev server's job runner then runs in
 * the background; later, only points the instance at the simulator's current port.
 */
export async function ensureDemoInstance(
  url: string,
  options: { markerFile?: string } = {},
): Promise<{ outcome: DemoInstanceOutcome; instanceId?: string; jobId?: string }> {
  const markerFile = options.markerFile ?? DEFAULT_MARKER();
  const organization = await db.organization.findUnique({ where: { slug: DEMO_ORG_SLUG }, select: { id: true, deletedAt: true } });
  if (!organization || organization.deletedAt) return { outcome: "skipped" };
  const ctx = demoContext(organization.id);
  const auth = { type: "basic" as const, ...DEMO_SIMULATOR_CREDENTIALS };
  const existing = await withTenant(ctx, (tx) =>
    tx.serviceNowInstance.findFirst({ where: { name: DEMO_INSTANCE_NAME }, select: { id: true, url: true } }),
  );
  if (existing) {
    if (existing.url === url) return { outcome: "unchanged", instanceId: existing.id };
    await updateInstance(ctx, existing.id, { url, auth });
    return { outcome: "updated", instanceId: existing.id };
  }
  if (setUpBefore(markerFile, organization.id)) return { outcome: "skipped" };
  const instance = await createInstance(ctx, { name: DEMO_INSTANCE_NAME, url, auth });
  mkdirSync(path.dirname(markerFile), { recursive: true });
  writeFileSync(markerFile, JSON.stringify({ organizationId: organization.id, instanceId: instance.id }));
  const { jobId } = await startSync(ctx, instance.id, { mode: "full" });
  return { outcome: "created", instanceId: instance.id, jobId };
}
