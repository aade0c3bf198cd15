import { env } from "@/lib/env";

export type JobsMode = "inngest" | "in-process";

/** Jobs go to an Inngest server when one is configured, otherwise they run in this process. */
export function jobsMode(): JobsMode {
  const e = env();
  return e.INNGEST_DEV === "1" || e.INNGEST_EVENT_KEY || e.INNGEST_SIGNING_KEY ? "inngest" : "in-process";
}
