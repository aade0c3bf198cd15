import { durationToMs } from "inngest";
import { ServerTiming } from "inngest/internals";
import { StepMode } from "inngest/types";
import { markJobFailed, markJobSucceeded } from "@/lib/jobs/job-lifecycle";
import { logger } from "@/lib/logger";
import type { RegisteredFunction } from "./registry";
import {
  type ClaimedRun,
  type MemoizedStep,
  isCancelRequested,
  loadSteps,
  saveStep,
  setAttempt,
  suspendRun,
} from "./run-store";

// What the SDK's execution engine reports back; the same answers an Inngest server receives.
interface Op {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  data?: unknown;
  error?: unknown;
}
type ExecutionResult =
  | { type: "function-resolved"; data: unknown }
  | { type: "function-rejected"; error: unknown; retriable: boolean | string }
  | { type: "step-ran"; step: Op; retriable?: boolean | string }
  | { type: "steps-found"; steps: Op[] }
  | { type: "step-not-found" | "change-mode" };

export type RunOutcome = "succeeded" | "failed" | "cancelled" | "suspended";

export interface RunHooks {
  /** Sends `inngest/function.failed`, which starts the function's onFailure handler. */
  emitFailure(run: ClaimedRun, error: unknown): Promise<void>;
  retryDelayMs(attempt: number): number;
}

const silentTimer = () =>
  new ServerTiming.ServerTiming({ info() {}, warn() {}, error() {}, debug() {} } as never);

/**
 * Drives one claimed run the way an Inngest executor does: call the function with the memoized
 * step results, record each newly finished step, retry failed steps with backoff, and stop when
 * the function resolves, fails for good, is cancelled, or must wait (sleep or retry).
 */
export async function executeRun(entry: RegisteredFunction, run: ClaimedRun, hooks: RunHooks): Promise<RunOutcome> {
  let attempt = run.attempt;
  for (;;) {
    if (await isCancelRequested(run.id)) return "cancelled";
    const memo = await loadSteps(run.id);
    const result = await execute(entry, run, memo, attempt);

    switch (result.type) {
      case "function-resolved":
        await markJobSucceeded(run.id, result.data);
        return "succeeded";
      case "function-rejected":
        if (result.retriable !== false && attempt < entry.retries) {
          await suspendRun(run.id, retryAt(attempt + 1, result.retriable, hooks), attempt + 1);
          return "suspended";
        }
        await markJobFailed(run.id, errorMessage(result.error));
        await hooks.emitFailure(run, result.error);
        return "failed";
      case "step-ran": {
        const next = await recordStep(run, result.step, attempt, entry.retries, result.retriable, hooks);
        if (next === "suspended") return next;
        attempt = next;
        break;
      }
      case "steps-found": {
        const next = await handleFoundSteps(entry, run, memo, result.steps, attempt, hooks);
        if (next === "suspended") return next;
        attempt = next;
        break;
      }
      default:
        await markJobFailed(run.id, `Unexpected execution result "${result.type}"`);
        return "failed";
    }
  }
}

async function handleFoundSteps(
  entry: RegisteredFunction,
  run: ClaimedRun,
  memo: MemoizedStep[],
  ops: Op[],
  attempt: number,
  hooks: RunHooks,
): Promise<number | "suspended"> {
  for (const op of ops) {
    if (op.op === "StepPlanned") {
      // Parallel steps: run each on its own, as the executor does with `requestedRunStep`.
      const result = await execute(entry, run, memo, attempt, op.id);
      if (result.type !== "step-ran") throw new Error(`Planned step ${op.id} did not run (${result.type})`);
      const next = await recordStep(run, result.step, attempt, entry.retries, result.retriable, hooks);
      if (next === "suspended") return next;
      attempt = next;
    } else if (op.op === "Sleep") {
      const until = wakeTime(op.name ?? "0s");
      await saveStep(run.id, { id: op.id, name: op.displayName ?? "sleep", data: null, attempts: 1 });
      if (until > new Date()) {
        await suspendRun(run.id, until, attempt);
        return "suspended";
      }
    } else {
      throw new Error(`Step "${op.displayName ?? op.id}" uses ${op.op}, which needs an Inngest server (set INNGEST_DEV=1 or Inngest Cloud keys)`);
    }
  }
  return attempt;
}

/** Records a finished step; returns the attempt counter for what follows, or "suspended" to retry. */
async function recordStep(
  run: ClaimedRun,
  op: Op,
  attempt: number,
  retries: number,
  retriable: boolean | string | undefined,
  hooks: RunHooks,
): Promise<number | "suspended"> {
  const name = op.displayName ?? op.name ?? op.id;
  if (op.op === "StepError" && retriable !== false && attempt < retries) {
    logger.warn(`job ${run.id}: step "${name}" failed (attempt ${attempt + 1} of ${retries + 1}): ${errorMessage(op.error)}`);
    await suspendRun(run.id, retryAt(attempt + 1, retriable, hooks), attempt + 1);
    return "suspended";
  }
  if (op.op === "StepRun") {
    await saveStep(run.id, { id: op.id, name, data: op.data, attempts: attempt + 1 });
  } else if (op.op === "StepError" || op.op === "StepFailed") {
    // Out of retries: the error is memoized and thrown into the function, which may catch it.
    await saveStep(run.id, { id: op.id, name, error: op.error ?? op.data, attempts: attempt + 1 });
  } else {
    throw new Error(`Unsupported step operation ${op.op}`);
  }
  if (attempt !== 0) await setAttempt(run.id, 0);
  return 0;
}

async function execute(
  entry: RegisteredFunction,
  run: ClaimedRun,
  memo: MemoizedStep[],
  attempt: number,
  requestedRunStep?: string,
): Promise<ExecutionResult> {
  const stepState = Object.fromEntries(memo.map((s) => [s.id, s]));
  const execution = (entry.fn as unknown as { createExecution(o: object): { start(): Promise<ExecutionResult> } })[
    "createExecution"
  ]({
    partialOptions: {
      client: entry.client,
      runId: run.id,
      data: { runId: run.id, attempt, maxAttempts: entry.retries + 1, event: run.event, events: [run.event] },
      reqArgs: [],
      headers: {},
      stepState,
      stepCompletionOrder: memo.map((s) => s.id),
      stepMode: StepMode.Async,
      handlerKind: entry.handlerKind,
      requestedRunStep,
      timer: silentTimer(),
    },
  });
  return execution.start();
}

function retryAt(attempt: number, retriable: boolean | string | undefined, hooks: RunHooks): Date {
  if (typeof retriable === "string") return wakeTime(retriable);
  return new Date(Date.now() + hooks.retryDelayMs(attempt));
}

/** A sleep or retry-after value: an ISO date, or a duration like "30s". */
function wakeTime(value: string): Date {
  const date = Date.parse(value);
  if (!Number.isNaN(date) && /\d{4}-\d{2}-\d{2}/.test(value)) return new Date(date);
  return new Date(Date.now() + durationToMs(value));
}

export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
