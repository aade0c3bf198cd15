import { logger } from "@/lib/logger";
import type { InProcessRunner } from "./in-process/runner";
import { jobsMode } from "./mode";

// One runner per process, kept on globalThis: Next.js loads instrumentation and route handlers as
// separate module graphs in the same process, and both must reach the same runner.
const holder = globalThis as unknown as { __ciqRunner?: Promise<InProcessRunner> };

async function createRunner(): Promise<InProcessRunner> {
  const [{ InProcessRunner }, { inngest }, { functions }] = await Promise.all([
    import("./in-process/runner"),
    import("@/inngest/client"),
    import("@/inngest/functions"),
  ]);
  return new InProcessRunner(inngest, functions);
}

/** The in-process runner of this process (created on first use, not started). */
export function inProcessRunner(): Promise<InProcessRunner> {
  holder.__ciqRunner ??= createRunner();
  return holder.__ciqRunner;
}

/** Starts executing jobs here unless an Inngest server is configured. Prints a one-line notice. */
export async function startJobs(): Promise<void> {
  if (jobsMode() === "inngest") {
    logger.info("jobs: sent to Inngest (INNGEST_DEV or Inngest Cloud keys are set)");
    return;
  }
  const runner = await inProcessRunner();
  if (runner.status().running) return;
  runner.start();
  logger.info(`jobs: running in-process (${runner.status().functions} functions; no Inngest server configured)`);
}
