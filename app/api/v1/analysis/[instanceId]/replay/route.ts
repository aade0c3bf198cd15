import { startAnalysis } from "@/lib/analysis/jobs/start-analysis";
import { ENGINE_IDS } from "@/lib/analysis/engine";
import { replayAnalysisOperation } from "@/lib/api/operations/analysis";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(replayAnalysisOperation, ({ ctx, params, body }) =>
  startAnalysis(ctx, { instanceId: params.instanceId, engines: body.engines ?? ENGINE_IDS, syncRunId: body.syncRunId }),
);
