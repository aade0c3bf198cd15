// A child process for runner-restart.int.test.ts: runs a two-step function with the in-process
// runner on the database named by DATABASE_URL or PGLITE_DIR, so the test can kill it mid-run.
import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { Inngest } from "inngest";
import { db } from "@/lib/db";
import { InProcessRunner } from "./runner";

const marker = process.env.CRASH_MARKER as string;
const client = new Inngest({ id: "restart-test" });

const twoSteps = client.createFunction({ id: "two-steps", triggers: [{ event: "test/two-steps" }] }, async ({ step }) => {
  const first = await step.run("first", async () => {
    const token = randomUUID();
    appendFileSync(marker, `first ${token}\n`);
    return token;
  });
  const second = await step.run("second", async () => {
    appendFileSync(marker, "second\n");
    // The first process hangs here until the test kills it.
    if (process.env.CRASH_HANG === "1") await new Promise(() => {});
    return "done";
  });
  return { first, second };
});

const runner = new InProcessRunner(client, [twoSteps], { leaseMs: 1000 });
if (process.env.CRASH_SEND === "1") await runner.send({ name: "test/two-steps", id: "restart-test-event", data: {} });
if (process.env.CRASH_HANG === "1") {
  runner.start();
} else {
  await runner.drain();
  const run = await db.jobRun.findFirstOrThrow({ where: { eventId: "restart-test-event" }, select: { status: true, result: true } });
  console.log(JSON.stringify(run));
  await db.$disconnect();
  process.exit(0);
}
