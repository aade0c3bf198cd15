import { inngest } from "@/inngest/client";
import { analysisRunRequested } from "@/inngest/events";
import { jobProgress, jobStarted, jobSucceeded, trackedJobOptions } from "@/inngest/tracked-job";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { freezeAnalysisInput } from "@/lib/analysis/input/freeze-analysis-input";
import { ANALYSIS_FUNCTION_ID } from "@/lib/analysis/jobs/start-analysis";
import { type EngineRun, runAnalysisEngine } from "@/lib/analysis/run/run-analysis-engine";
import { sendEvent } from "@/lib/jobs/send-event";
import { logger } from "@/lib/logger";
import { asStep } from "@/lib/sync/step-error";

/** Share of the progress bar the data freeze takes; the engines share the rest. */
const FREEZE_SHARE = 15;

/**
 * Runs analysis engines on one sync's data: a step freezes (or finds) the sync's input, then one
 * step per engine writes its insight. A restarted process resumes after the last finished step,
 * and a retried engine step finds the insight it already stored.
 */
export const analysisRun = inngest.createFunction(
  {
    id: ANALYSIS_FUNCTION_ID,
    name: "Analyse an instance",
    retries: 3,
    triggers: [analysisRunRequested],
    ...trackedJobOptions,
  },
  async ({ event, step, runId }) => {
    const { organizationId, jobId, instanceId, engines, options, syncRunId } = event.data;
    const scope = { organizationId };
    const progress = jobProgress(jobId);
    await jobStarted(step, jobId, runId);

    await progress(2, "Loading the synced data");
    const input = await step.run("freeze-input", () =>
      asStep(() =>
        // Not awaited: the freeze reads inside one transaction, and on the embedded database the
        // progress write can only run once that transaction has ended.
        freezeAnalysisInput(scope, instanceId, syncRunId, (table, done, total) => {
          const percent = 2 + Math.round(((FREEZE_SHARE - 2) * done) / total);
          progress(percent, `Loading the synced data: ${table.replaceAll("_", " ")}`).catch((error: unknown) => logger.warn("analysis progress not recorded", { jobId, error: String(error) }));
        }),
      ),
    );
    await progress(FREEZE_SHARE, `Running ${ENGINE_LABELS[engines[0]!].toLowerCase()}`);

    const runs: EngineRun[] = [];
    for (const [index, engine] of engines.entries()) {
      const run = await step.run(`run-${engine}`, () =>
        asStep(() => runAnalysisEngine(scope, { inputId: input.inputId, engine, options: options[engine], jobRunId: jobId })),
      );
      runs.push(run);
      const next = engines[index + 1];
      const done = FREEZE_SHARE + Math.round(((100 - FREEZE_SHARE) * (index + 1)) / engines.length);
      await progress(Math.min(done, 99), next ? `Running ${ENGINE_LABELS[next].toLowerCase()}` : "Finishing");
    }

    const insightIds = runs.map((r) => r.insightId);
    await step.run("emit-analysis-completed", () =>
      sendEvent({
        name: "analysis/run.completed",
        id: `analysis-completed-${jobId}`,
        data: { organizationId, instanceId, jobId, syncRunId: input.syncRunId, insightIds },
      }),
    );
    const result = { syncRunId: input.syncRunId, inputId: input.inputId, insights: runs };
    await jobSucceeded(step, jobId, result);
    return result;
  },
);
