import { startAnalysis } from "@/lib/analysis/jobs/start-analysis";
import { startAnalysisOperations } from "@/lib/api/operations/analysis";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(startAnalysisOperations.controls, ({ ctx, body }) =>
  startAnalysis(ctx, { instanceId: body.instanceId, engines: ["controls"], options: { controls: body.options } }),
);
