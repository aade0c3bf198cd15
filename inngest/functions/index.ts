import { demoPing } from "./demo-ping";

/** Every Inngest function of the app: served at /api/inngest and run by the in-process runner. */
export const functions = [demoPing];
