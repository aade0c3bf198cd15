import { inngest } from "@/inngest/client";
import { jobsMode } from "./mode";
import { inProcessRunner } from "./runner-instance";

export interface OutgoingEvent {
  name: string;
  data: Record<string, unknown> & { organizationId?: string };
  /** Deduplication id: the same id is delivered once. */
  id: string;
}

/** Delivers an event to Inngest, or records the runs it starts for the in-process runner. */
export async function sendEvent(event: OutgoingEvent): Promise<void> {
  if (jobsMode() === "inngest") {
    await inngest.send(event);
    return;
  }
  await (await inProcessRunner()).send(event);
}
