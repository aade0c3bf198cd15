import { AppError } from "@/lib/errors";
import { type TenantScope, withTenant } from "@/lib/tenancy/with-tenant";
import type { AnalysisDataset } from "../dataset/types";
import { decodeDataset } from "./dataset-codec";

// The engine steps of one job usually run one after another in the same process: keeping the
// last decoded input spares re-reading and re-parsing it for each engine. It is dropped after a
// minute unused, so a web process does not keep a large dataset once its analyses are done.
const KEEP_MS = 60_000;
let lastDecoded: { key: string; dataset: AnalysisDataset } | null = null;
let dropTimer: ReturnType<typeof setTimeout> | undefined;

function keep(entry: { key: string; dataset: AnalysisDataset }): AnalysisDataset {
  lastDecoded = entry;
  clearTimeout(dropTimer);
  dropTimer = setTimeout(() => (lastDecoded = null), KEEP_MS);
  dropTimer.unref?.();
  return entry.dataset;
}

export async function loadAnalysisInput(scope: TenantScope, inputId: string): Promise<AnalysisDataset> {
  const key = `${scope.organizationId}/${inputId}`;
  if (lastDecoded?.key === key) return keep(lastDecoded);
  // As base64 text: Prisma's driver adapters hand bytea results over as an array of numbers, one
  // per byte, which for an input of tens of megabytes costs seconds and gigabytes.
  const [input] = await withTenant(scope, (tx) =>
    tx.$queryRaw<{ payload: string; sha256: string }[]>`
      SELECT encode(payload, 'base64') AS payload, sha256 FROM analysis_inputs WHERE id = ${inputId}::uuid`,
  );
  if (!input) throw new AppError("not_found", "The analysis input no longer exists");
  return keep({ key, dataset: decodeDataset(Buffer.from(input.payload, "base64"), input.sha256) });
}
