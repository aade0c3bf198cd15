import { checkEnvOrExit } from "@/lib/cli/check-env";
import { startJobs } from "@/lib/jobs/runner-instance";

/** Server start: refuse to run with a bad configuration, then start the in-process jobs if needed. */
export async function bootServer(): Promise<void> {
  checkEnvOrExit();
  await startJobs();
}
