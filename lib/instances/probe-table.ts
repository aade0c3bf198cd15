import type { ServiceNowClient } from "@/lib/servicenow/client/client";
import { isServiceNowError } from "@/lib/servicenow/client/errors";
import { safeErrorMessage } from "./health-status";

export interface TableProbe {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  error?: string;
  /** What was thrown, for classification; never sent anywhere as is. */
  failure?: unknown;
}

/** The lightest authenticated read of a table: one record, one field. */
export async function probeTable(client: ServiceNowClient, table: string): Promise<TableProbe> {
  const started = performance.now();
  try {
    await client.fetchPage(table, { limit: 1, fields: ["sys_id"] });
    return { ok: true, status: 200, latencyMs: Math.round(performance.now() - started) };
  } catch (failure) {
    return {
      ok: false,
      status: isServiceNowError(failure) ? failure.status : null,
      latencyMs: Math.round(performance.now() - started),
      error: safeErrorMessage(failure),
      failure,
    };
  }
}
