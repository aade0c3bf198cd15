import { AppError } from "@/lib/errors";
import { type TenantScope, withTenant } from "@/lib/tenancy/with-tenant";
import type { AnalysisDataset } from "../dataset/types";
import { decodeDataset } from "./dataset-codec";

// The engine steps of one job usually run one after another in the same process: keeping the
// last decoded input spares re-reading and re-parsing it for each engine.
let lastDecoded: { key: string; dataset: AnalysisDataset } | null = null;

export async function loadAnalysisInput(scope: TenantScope, inputId: string): Promise<AnalysisDataset> {
  const key = `${scope.organizationId}/${inputId}`;
  if (lastDecoded?.key === key) return lastDecoded.dataset;
  const input = await withTenant(scope, (tx) =>
    tx.analysisInput.findFirst({ where: { id: inputId }, select: { payload: true, sha256: true } }),
  );
  if (!input) throw new AppError("not_found", "The analysis input no longer exists");
  const dataset = decodeDataset(input.payload, input.sha256);
  lastDecoded = { key, dataset };
  return dataset;
}
