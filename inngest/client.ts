import { Inngest } from "inngest";

/**
 * The Inngest client. On Inngest Cloud (INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY) or a dev server
 * (INNGEST_DEV=1) jobs run there; otherwise lib/jobs/in-process runs the same functions here.
 */
export const inngest = new Inngest({ id: "complianceiq" });
