// /__sim/… endpoints. They exist only on the simulator (a real instance has nothing like them) and
// need no authentication: tests use them to reset data, make changes between syncs, inject faults
// and compare checksums.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { DatasetError, loadDataset } from "./dataset";
import { faultConfigSchema } from "./faults";
import { BodyTooLargeError, readBody, sendJson, sendSnError } from "./http-util";
import { MutationError, mutateRequestSchema } from "./mutate";
import type { SimulatorState } from "./state";

/** Imported datasets can be far larger than the Table API's 10 MB request limit. */
const MAX_DATASET_BYTES = 2 ** 30;

export async function handleControl(state: SimulatorState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/$/, "")}`;
  const fail = (message: string, status = 400) => sendSnError(res, { status, message, detail: null });
  try {
    switch (route) {
      case "POST /__sim/reset":
        state.reset();
        return sendJson(res, 200, { ok: true, counts: state.counts() });
      case "POST /__sim/mutate":
        return sendJson(res, 200, state.mutate(parse(mutateRequestSchema, await readJson(req, 1 << 20))));
      case "GET /__sim/stats":
        return sendJson(res, 200, state.stats.snapshot());
      case "POST /__sim/stats/reset":
        state.stats.reset();
        return sendJson(res, 200, { ok: true });
      case "GET /__sim/checksum": {
        const table = url.searchParams.get("table");
        if (table === null) {
          const tables = Object.keys(state.counts()).map((name) => state.checksum(name));
          return sendJson(res, 200, { tables: Object.fromEntries(tables.map((t) => [t.table, t])) });
        }
        if (!state.store.def(table)) return fail(`Invalid table ${table}`);
        return sendJson(res, 200, state.checksum(table));
      }
      case "GET /__sim/faults":
        return sendJson(res, 200, state.faults.current());
      case "POST /__sim/faults":
        return sendJson(res, 200, state.faults.configure(parse(faultConfigSchema, await readJson(req, 1 << 20))));
      case "DELETE /__sim/faults":
        state.faults.clear();
        return sendJson(res, 200, {});
      case "POST /__sim/dataset":
        state.load(loadDataset(await readJson(req, MAX_DATASET_BYTES), state.clock()));
        return sendJson(res, 200, { ok: true, counts: state.counts() });
      default:
        return fail(`No simulator endpoint ${route}`, 404);
    }
  } catch (error) {
    if (error instanceof ControlInputError || error instanceof DatasetError || error instanceof MutationError) {
      return fail(error.message);
    }
    if (error instanceof BodyTooLargeError) return fail(`Request body too large (${error.bytes} bytes)`);
    throw error;
  }
}

class ControlInputError extends Error {}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = (await readBody(req, limit)).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ControlInputError("The request body is not valid JSON");
  }
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ControlInputError(result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
}
