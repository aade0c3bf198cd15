import { JobAccepted, JobIdParams, JobSchema, PingInput } from "@/lib/jobs/schemas";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

const Job = JobSchema.meta({ id: "Job" });

export const listJobsOperation = defineOperation({
  operationId: "listJobs",
  method: "GET",
  path: "/jobs",
  summary: "List the organization's background jobs, newest first",
  tags: ["Jobs"],
  auth: "required",
  permission: "jobs:read",
  query: PaginationQuery,
  response: pageOf(Job),
});

export const getJobOperation = defineOperation({
  operationId: "getJob",
  method: "GET",
  path: "/jobs/{jobId}",
  summary: "A job's status, progress, result or error",
  tags: ["Jobs"],
  auth: "required",
  permission: "jobs:read",
  params: JobIdParams,
  response: Job,
});

export const cancelJobOperation = defineOperation({
  operationId: "cancelJob",
  method: "DELETE",
  path: "/jobs/{jobId}",
  summary: "Cancel a queued or running job (it stops at its next step)",
  tags: ["Jobs"],
  auth: "required",
  permission: "jobs:cancel",
  params: JobIdParams,
  response: Job,
});

export const startPingOperation = defineOperation({
  operationId: "startPing",
  method: "POST",
  path: "/jobs/ping",
  summary: "Start the demo ping job (a few timed steps) to check the job runner end to end",
  tags: ["Jobs"],
  auth: "required",
  permission: "jobs:create",
  body: PingInput,
  response: JobAccepted,
  successStatus: 202,
});
