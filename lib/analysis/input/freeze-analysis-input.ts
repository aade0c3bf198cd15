import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { type TenantScope, type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { buildDataset } from "../dataset/build-dataset";
import { datasetCounts, encodeDataset } from "./dataset-codec";
import { loadSyncedRecords } from "./load-synced-records";

/** Called as each synced table has been read, for progress. */
type OnTable = Parameters<typeof loadSyncedRecords>[2];

export interface FrozenInput {
  inputId: string;
  syncRunId: string;
}

/** Reading a million records takes a while; the snapshot transaction may run this long. */
const FREEZE_TIMEOUT_MS = 10 * 60_000;

/**
 * The frozen input of a sync: the existing one, or, for the instance's latest successful sync, a
 * new one made from the synced records. Records are read in one REPEATABLE READ snapshot taken while
 * no sync was writing, so the input is exactly what that sync left. Without a syncRunId, the
 * latest successful sync is meant.
 */
export async function freezeAnalysisInput(
  scope: TenantScope,
  instanceId: string,
  syncRunId?: string,
  onTable?: OnTable,
): Promise<FrozenInput> {
  const existing = await withTenant(scope, (tx) => findInput(tx, instanceId, syncRunId));
  if (existing) return existing;
  try {
    return await withTenant(scope, (tx) => freezeLatest(tx, scope.organizationId, instanceId, syncRunId, onTable), {
      isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
      timeoutMs: FREEZE_TIMEOUT_MS,
    });
  } catch (error) {
    // Two jobs froze the same sync at once: the other one's input is as good.
    if (!isUniqueViolation(error)) throw error;
    const winner = await withTenant(scope, (tx) => findInput(tx, instanceId, syncRunId));
    if (!winner) throw error;
    return winner;
  }
}

async function latestSucceededSync(tx: TenantTx, instanceId: string) {
  return tx.syncRun.findFirst({
    where: { instanceId, status: "SUCCEEDED" },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    select: { id: true, finishedAt: true },
  });
}

async function findInput(tx: TenantTx, instanceId: string, syncRunId?: string): Promise<FrozenInput | null> {
  const wanted = syncRunId ?? (await latestSucceededSync(tx, instanceId))?.id;
  if (!wanted) return null;
  const input = await tx.analysisInput.findFirst({ where: { instanceId, syncRunId: wanted }, select: { id: true } });
  return input ? { inputId: input.id, syncRunId: wanted } : null;
}

async function freezeLatest(tx: TenantTx, organizationId: string, instanceId: string, syncRunId?: string, onTable?: OnTable): Promise<FrozenInput> {
  const instance = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { id: true } });
  if (!instance) throw new AppError("not_found", "Instance not found");
  const latest = await latestSucceededSync(tx, instanceId);
  if (!latest?.finishedAt) throw new AppError("conflict", "This instance has not been synced yet: sync it, and the analysis starts by itself");
  if (syncRunId && syncRunId !== latest.id) {
    throw new AppError("conflict", "The data of that sync was not kept for analysis: only syncs that were analysed can be replayed");
  }
  const writing = await tx.syncRun.findFirst({ where: { instanceId, status: "RUNNING" }, select: { id: true } });
  if (writing) {
    throw new AppError("conflict", "A sync of this instance is running; its analysis starts by itself when it finishes");
  }
  const records = await loadSyncedRecords(tx, instanceId, onTable);
  const dataset = buildDataset({ instanceId, syncRunId: latest.id, asOf: latest.finishedAt.getTime(), records });
  const { payload, sha256 } = encodeDataset(dataset);
  const input = await tx.analysisInput.create({
    data: {
      organizationId,
      instanceId,
      syncRunId: latest.id,
      dataAsOf: latest.finishedAt,
      counts: datasetCounts(dataset),
      sha256,
      sizeBytes: payload.length,
      payload,
    },
    select: { id: true },
  });
  return { inputId: input.id, syncRunId: latest.id };
}
