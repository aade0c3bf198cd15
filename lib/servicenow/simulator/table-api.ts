// GET/HEAD of the Table API (doc §1-§4) and the dispatch of the write methods.
import type { ServerResponse } from "node:http";
import { JSON_TYPE, SN_ERRORS, sendJson, sendJsonText, sendSnError } from "./http-util";
import { pageHeaders } from "./paging";
import { makeSerializer } from "./serialize";
import type { SimulatorState } from "./state";
import { shapeOptions, type TableCall } from "./table-call";
import { deleteRecord, insertRecord, updateRecord } from "./table-writes";

const DEFAULT_LIMIT = 10_000;

export async function handleTableCall(state: SimulatorState, call: TableCall): Promise<void> {
  const { method, sysId, res } = call;
  if (method === "GET" || method === "HEAD") return sysId ? getRecord(state, call, sysId) : getPage(state, call);
  if (method === "POST" && !sysId) return insertRecord(state, call);
  if ((method === "PATCH" || method === "PUT") && sysId) return updateRecord(state, call, sysId);
  if (method === "DELETE" && sysId) return deleteRecord(state, call, sysId);
  sendSnError(res, SN_ERRORS.methodNotAllowed);
}

function getRecord(state: SimulatorState, call: TableCall, sysId: string): void {
  const row = state.store.get(call.def.name, sysId);
  if (!row) return sendSnError(call.res, SN_ERRORS.notFound);
  sendJson(call.res, 200, { result: makeSerializer(shapeOptions(state, call))(row) });
}

function getPage(state: SimulatorState, call: TableCall): void {
  const params = call.url.searchParams;
  const limit = readInt(params.get("sysparm_limit"), DEFAULT_LIMIT, 1);
  const offset = readInt(params.get("sysparm_offset"), 0, 0);
  const query = params.get("sysparm_query") ?? "";
  const pairs = [...params.entries()].filter(([name]) => !name.startsWith("sysparm_"));
  const rows = state.queries.run({
    table: call.def.name,
    query,
    pairs,
    macros: { now: state.clock(), userSysId: state.userSysId(call.principal.username) },
  });
  const page = rows.slice(offset, offset + limit);
  const serialize = makeSerializer(shapeOptions(state, call));
  const body = JSON.stringify({ result: page.map(serialize) });
  const headers = pageHeaders({
    requestUrl: call.url,
    total: rows.length,
    offset,
    limit,
    noCount: params.get("sysparm_no_count") === "true",
    suppressLink: params.get("sysparm_suppress_pagination_header") === "true",
  });
  state.stats.addRows(call.def.name, page.length);
  sendPage(call.res, body, headers, state.faults.truncation());
}

/** Sends a collection page, or, when a fault says so, only the first half of it. */
function sendPage(res: ServerResponse, body: string, headers: Record<string, string>, cut: "end" | "reset" | undefined) {
  if (!cut) return sendJsonText(res, 200, body, headers);
  const half = body.slice(0, Math.floor(body.length / 2));
  if (cut === "end") {
    res.writeHead(200, { "Content-Type": JSON_TYPE, ...headers });
    res.end(half);
    return;
  }
  res.writeHead(200, { "Content-Type": JSON_TYPE, "Content-Length": Buffer.byteLength(body), ...headers });
  res.write(half, () => res.destroy());
}

/** A non-negative integer parameter; anything unreadable or below `min` falls back to the default. */
function readInt(value: string | null, fallback: number, min: number): number {
  const n = Number(value);
  return value !== null && value !== "" && Number.isInteger(n) && n >= min ? n : fallback;
}
