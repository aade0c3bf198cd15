import { z } from "zod";
import { ENGINE_IDS, type EngineId } from "@/lib/analysis/engine";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { ENGINES } from "@/lib/analysis/engines";
import { AnalysisAccepted, AnalysisJobIdParams, AnalysisJobSchema, AnalysisJobsQuery, ReplayInput } from "@/lib/analysis/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";

const TAGS = ["Analysis"];
const AnalysisJob = AnalysisJobSchema.meta({ id: "AnalysisJob" });

const ENGINE_DESCRIPTIONS: Record<EngineId, string> = {
  controls:
    "Scores every control 0-100 from recency-weighted test and indicator results, open issues, attestation and overdue " +
    "testing, with a 95 % Wilson interval and a class; rolls up by policy, owner, entity and framework.",
  risks:
    "Inherent versus residual risk, coverage gaps, the 5×5 heat map, and the strongest statistical links between control " +
    "failures and risks (effect size, sample size, p-value corrected for multiple comparisons).",
  compliance:
    "Per framework (synced authority documents and the built-in NIST SP 800-53 Rev. 5): requirements with no, only " +
    "ineffective or only untested controls, coverage and compliance by family, and crosswalk suggestions.",
  predictive:
    "The probability that each control fails its next test, from a model trained on the organization's history with a " +
    "time-based validation (AUC, Brier score, calibration) against a baseline. Set options.retrain to train a new model.",
};

function startOperation<const E extends EngineId>(engine: E) {
  return defineOperation({
    operationId: `start${engine[0]!.toUpperCase()}${engine.slice(1)}Analysis`,
    method: "POST",
    path: `/analysis/${engine}`,
    summary: `Start a ${ENGINE_LABELS[engine].toLowerCase()} analysis of an instance's latest sync`,
    description: `${ENGINE_DESCRIPTIONS[engine]} Runs as a background job: follow it at GET /analysis/jobs/{jobId}.`,
    tags: TAGS,
    auth: "required",
    permission: "analysis:create",
    body: z.object({ instanceId: z.uuid(), options: ENGINES[engine].options.optional() }),
    bodyLimit: 4096,
    response: AnalysisAccepted,
    successStatus: 202,
  });
}

export const startAnalysisOperations = {
  controls: startOperation("controls"),
  risks: startOperation("risks"),
  compliance: startOperation("compliance"),
  predictive: startOperation("predictive"),
} as const;

export const listAnalysisJobsOperation = defineOperation({
  operationId: "listAnalysisJobs",
  method: "GET",
  path: "/analysis/jobs",
  summary: "Analysis jobs, newest first, optionally for one instance",
  tags: TAGS,
  auth: "required",
  permission: "analysis:read",
  query: AnalysisJobsQuery,
  response: z.object({ data: z.array(AnalysisJob), nextCursor: z.uuid().nullable() }),
});

export const getAnalysisJobOperation = defineOperation({
  operationId: "getAnalysisJob",
  method: "GET",
  path: "/analysis/jobs/{jobId}",
  summary: "An analysis job: status, progress, timings, and each finished engine's insight and key figures",
  tags: TAGS,
  auth: "required",
  permission: "analysis:read",
  params: AnalysisJobIdParams,
  response: AnalysisJob,
});

export const deleteAnalysisJobOperation = defineOperation({
  operationId: "deleteAnalysisJob",
  method: "DELETE",
  path: "/analysis/jobs/{jobId}",
  summary: "Cancel a queued or running analysis, or delete a finished one with its insights",
  description: "409 when insights of the analysis are saved as reports: delete those first.",
  tags: TAGS,
  auth: "required",
  permission: "analysis:delete",
  params: AnalysisJobIdParams,
  response: z.object({ jobId: z.uuid(), outcome: z.enum(["cancelled", "deleted"]) }),
});

export const replayAnalysisOperation = defineOperation({
  operationId: "replayAnalysis",
  method: "POST",
  path: "/analysis/{instanceId}/replay",
  summary: "Run analyses again on the stored data of a past sync",
  description:
    "Each analysed sync keeps the exact data the engines read. A replay runs the current engine versions on it, e.g. " +
    `after an upgrade. Engines: ${ENGINE_IDS.join(", ")} (default all). 404 when that sync's data was not kept.`,
  tags: TAGS,
  auth: "required",
  permission: "analysis:create",
  params: z.object({ instanceId: z.uuid() }),
  body: ReplayInput,
  bodyLimit: 1024,
  response: AnalysisAccepted,
  successStatus: 202,
});

export const analysisOperations: readonly ApiOperation[] = [
  ...Object.values(startAnalysisOperations),
  listAnalysisJobsOperation,
  getAnalysisJobOperation,
  deleteAnalysisJobOperation,
  replayAnalysisOperation,
];
