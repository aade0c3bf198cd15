import { randomUUID } from "node:crypto";
import { CronExpressionParser } from "cron-parser";
import type { Inngest, InngestFunction } from "inngest";
import { markJobFailed } from "@/lib/jobs/job-lifecycle";
import { logger } from "@/lib/logger";
import { errorMessage, executeRun } from "./execute-run";
import { FunctionRegistry } from "./registry";
import { retryDelayMs } from "./backoff";
import { type ClaimedRun, DEFAULT_LEASE_MS, type StoredEvent, claimNextRun, createRun, hasOpenRuns, renewLease } from "./run-store";

const POLL_MS = 500;

export interface RunnerOptions {
  /** Runs executed at once. */
  concurrency?: number;
  /** How long a claimed run stays ours without a heartbeat; a dead process's runs resume after it. */
  leaseMs?: number;
  retryDelayMs?: (attempt: number) => number;
}

export interface RunnerStatus {
  mode: "in-process";
  running: boolean;
  functions: number;
  activeRuns: number;
  lastTickAt: string | null;
  lastError: string | null;
}

/**
 * Runs the app's Inngest functions inside this process when no Inngest server is configured:
 * polls the database for due runs, executes them with memoized steps, and fires cron triggers.
 */
export class InProcessRunner {
  readonly registry: FunctionRegistry;
  private timer: NodeJS.Timeout | undefined;
  private active = new Set<Promise<unknown>>();
  private nextCron = new Map<string, Date>();
  private lastTickAt: Date | null = null;
  private lastError: string | null = null;
  private ticking = false;

  private readonly options: Required<RunnerOptions>;

  constructor(client: Inngest.Any, functions: InngestFunction.Any[], options: RunnerOptions = {}) {
    this.registry = new FunctionRegistry(client, functions);
    this.options = { concurrency: 2, leaseMs: DEFAULT_LEASE_MS, retryDelayMs, ...options };
  }

  start(): void {
    if (this.timer) return;
    this.scheduleCrons(new Date());
    this.timer = setInterval(() => void this.tick(), POLL_MS);
    this.timer.unref?.();
  }

  /** Stops polling and waits for runs in flight to reach their next step boundary. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.active]);
  }

  status(): RunnerStatus {
    return {
      mode: "in-process",
      running: this.timer !== undefined,
      functions: this.registry.entries.length,
      activeRuns: this.active.size,
      lastTickAt: this.lastTickAt?.toISOString() ?? null,
      lastError: this.lastError,
    };
  }

  /** Records one run per function the event starts; returns their run ids. */
  async send(event: { name: string; data: Record<string, unknown>; id?: string }): Promise<string[]> {
    const stored: StoredEvent = { name: event.name, data: event.data, id: event.id ?? randomUUID(), ts: Date.now() };
    const organizationId = typeof event.data.organizationId === "string" ? event.data.organizationId : null;
    const ids = [];
    for (const entry of this.registry.matching(stored)) {
      ids.push(await createRun({ functionId: entry.id, event: stored, organizationId }));
    }
    if (this.timer) queueMicrotask(() => void this.tick());
    return ids;
  }

  /** Claims and runs due runs until none is left or the concurrency limit is reached. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      this.lastTickAt = new Date();
      await this.fireDueCrons(this.lastTickAt);
      while (this.active.size < this.options.concurrency) {
        const run = await claimNextRun(this.registry.entries.map((e) => e.id), this.options.leaseMs);
        if (!run) break;
        const p = this.runOne(run).finally(() => this.active.delete(p));
        this.active.add(p);
      }
      this.lastError = null;
    } catch (error) {
      this.lastError = errorMessage(error);
      logger.error(`in-process job runner: ${this.lastError}`);
    } finally {
      this.ticking = false;
    }
  }

  /** Resolves once every open run of these functions has finished, waiting out backoffs (for tests). */
  async drain(): Promise<void> {
    const ids = this.registry.entries.map((e) => e.id);
    for (;;) {
      await this.tick();
      if (this.active.size > 0) await Promise.race([...this.active]);
      else if (await hasOpenRuns(ids)) await new Promise((resolve) => setTimeout(resolve, 20));
      else return;
    }
  }

  private async runOne(run: ClaimedRun): Promise<void> {
    const entry = this.registry.get(run.functionId);
    if (!entry) return;
    const { leaseMs } = this.options;
    const heartbeat = setInterval(() => void renewLease(run.id, leaseMs).catch(() => {}), leaseMs / 3);
    try {
      const outcome = await executeRun(entry, run, {
        emitFailure: (r, error) => this.emitFailure(r, error),
        retryDelayMs: this.options.retryDelayMs,
      });
      logger.debug(`job ${run.id} (${run.functionId}): ${outcome}`);
    } catch (error) {
      logger.error(`job ${run.id} (${run.functionId}) failed: ${errorMessage(error)}`);
      await markJobFailed(run.id, errorMessage(error));
    } finally {
      clearInterval(heartbeat);
      if (this.timer) queueMicrotask(() => void this.tick());
    }
  }

  private async emitFailure(run: ClaimedRun, error: unknown): Promise<void> {
    await this.send({
      name: "inngest/function.failed",
      id: `failure-${run.id}`,
      data: {
        function_id: run.functionId,
        run_id: run.id,
        error: { name: "Error", message: errorMessage(error) },
        event: run.event,
      },
    });
  }

  private scheduleCrons(from: Date): void {
    for (const { entry, cron } of this.registry.crons()) {
      const next = CronExpressionParser.parse(cron, { currentDate: from, tz: "UTC" }).next().toDate();
      this.nextCron.set(`${entry.id} ${cron}`, next);
    }
  }

  private async fireDueCrons(now: Date): Promise<void> {
    for (const { entry, cron } of this.registry.crons()) {
      const key = `${entry.id} ${cron}`;
      const due = this.nextCron.get(key);
      if (!due || due > now) continue;
      // The event id makes a tick fire once even when several processes run the scheduler.
      const event: StoredEvent = {
        name: "inngest/scheduled.timer",
        id: `cron-${entry.id}-${due.toISOString()}`,
        ts: due.getTime(),
        data: { cron },
      };
      await createRun({ functionId: entry.id, event });
      this.nextCron.set(key, CronExpressionParser.parse(cron, { currentDate: now, tz: "UTC" }).next().toDate());
    }
  }
}
