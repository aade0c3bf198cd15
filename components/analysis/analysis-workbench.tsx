"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Activity, Loader2, Play, Server } from "lucide-react";
import type { EngineId } from "@/lib/analysis/engine";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import type { AnalysisJob } from "@/lib/analysis/schemas";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AnalysisJobList } from "./analysis-job-list";
import { type AnalysisJobsPage, useAnalysisJobs, useRemoveAnalysisJob, useStartAnalysis } from "./use-analysis-jobs";

export interface WorkbenchInstance {
  id: string;
  name: string;
  lastSyncAt: string | null;
}

export interface AnalysisWorkbenchProps {
  orgSlug: string;
  instances: WorkbenchInstance[];
  initialJobs: AnalysisJobsPage;
  canRun: boolean;
  canRemove: boolean;
}

const ENGINE_HELP: Record<EngineId, string> = {
  controls: "Scores each control 0-100 from its tests, indicators, issues and attestation, with a confidence interval.",
  risks: "Inherent versus residual risk, coverage gaps, the heat map and links between control failures and risks.",
  compliance: "Coverage and compliance per framework, including NIST SP 800-53, with crosswalk suggestions.",
  predictive: "Which controls are likely to fail their next test, with the model's validated accuracy.",
};
const ENGINES: EngineId[] = ["controls", "risks", "compliance", "predictive"];

/** Pick an instance, start any analysis (or all four), and follow the jobs live. */
export function AnalysisWorkbench({ orgSlug, instances, initialJobs, canRun, canRemove }: AnalysisWorkbenchProps) {
  const selectId = useId();
  const synced = instances.filter((i) => i.lastSyncAt !== null);
  const [picked, setInstanceId] = useState(synced[0]?.id ?? "");
  // The list can grow after a refresh: fall back to the first synced instance until one is picked.
  const instanceId = synced.some((i) => i.id === picked) ? picked : (synced[0]?.id ?? "");
  const [retrain, setRetrain] = useState(false);
  const jobs = useAnalysisJobs(orgSlug, initialJobs);
  const start = useStartAnalysis(orgSlug);
  const remove = useRemoveAnalysisJob(orgSlug);
  const instanceNames = Object.fromEntries(instances.map((i) => [i.id, i.name]));

  // A job for an instance this page does not list as synced means a sync finished since the page
  // was rendered: reload the server part so the instance can be chosen.
  const router = useRouter();
  const refreshedFor = useRef(new Set<string>());
  const jobList = jobs.data.data;
  useEffect(() => {
    const unknown = jobList.find((j) => !synced.some((i) => i.id === j.instanceId) && !refreshedFor.current.has(j.instanceId));
    if (!unknown) return;
    refreshedFor.current.add(unknown.instanceId);
    router.refresh();
  }, [jobList, synced, router]);

  const run = (engines: EngineId[]) =>
    start.mutate({ instanceId, engines, options: engines.includes("predictive") && retrain ? { predictive: { retrain: true } } : undefined });
  const rerun = (job: AnalysisJob) => start.mutate({ instanceId: job.instanceId, engines: job.engines });

  return (
    <div className="grid gap-6">
      {synced.length === 0 ? (
        <EmptyState
          icon={Server}
          title="No synced instance to analyse"
          description="Analyses read the data synced from a ServiceNow instance. Connect an instance on the Instances page and sync it; a full analysis then starts by itself and shows below."
        />
      ) : canRun ? (
        <Card>
          <CardHeader>
            <CardTitle>Run an analysis</CardTitle>
            <CardDescription>Each analysis reads the instance&apos;s latest sync. A sync that changes data starts all four by itself.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-5">
            <div className="grid max-w-md gap-1.5">
              <label htmlFor={selectId} className="text-sm font-medium">
                Instance
              </label>
              <select
                id={selectId}
                value={instanceId}
                onChange={(e) => setInstanceId(e.target.value)}
                className="h-9 rounded-md border bg-background px-3 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                {synced.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            </div>
            <ul className="grid gap-3 sm:grid-cols-2" aria-label="Analyses">
              {ENGINES.map((engine) => (
                <li key={engine} className="flex flex-col justify-between gap-3 rounded-lg border p-4">
                  <div className="grid gap-1">
                    <p className="text-sm font-medium">{ENGINE_LABELS[engine]}</p>
                    <p className="text-xs text-muted-foreground">{ENGINE_HELP[engine]}</p>
                  </div>
                  {engine === "predictive" ? (
                    <label className="flex items-center gap-2 text-xs">
                      <input type="checkbox" checked={retrain} onChange={(e) => setRetrain(e.target.checked)} />
                      Retrain the model (otherwise the stored model is reused)
                    </label>
                  ) : null}
                  <Button size="sm" variant="outline" className="self-start" onClick={() => run([engine])} disabled={start.isPending}>
                    <Play aria-hidden />
                    Run {ENGINE_LABELS[engine].toLowerCase()}
                  </Button>
                </li>
              ))}
            </ul>
            <Button className="justify-self-start" onClick={() => run(ENGINES)} disabled={start.isPending}>
              {start.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Activity aria-hidden />}
              Run all four analyses
            </Button>
          </CardContent>
        </Card>
      ) : (
        <p className="text-sm text-muted-foreground">Your role can view analyses but not start them.</p>
      )}

      <section className="grid gap-3" aria-labelledby="analysis-jobs-heading">
        <h2 id="analysis-jobs-heading" className="text-base font-semibold tracking-tight">
          Analysis jobs
        </h2>
        {jobs.data.data.length === 0 ? (
          <EmptyState
            icon={Activity}
            headingLevel="h3"
            title="No analyses have run yet"
            description="Choose an analysis above, or run all four; their progress shows here and the results on the Insights page."
          />
        ) : (
          <AnalysisJobList
            orgSlug={orgSlug}
            jobs={jobs.data.data}
            instanceNames={instanceNames}
            canRun={canRun}
            canRemove={canRemove}
            busyJobId={remove.isPending ? (remove.variables ?? null) : null}
            onRemove={(job) => remove.mutate(job.id)}
            onRerun={rerun}
          />
        )}
      </section>
    </div>
  );
}
