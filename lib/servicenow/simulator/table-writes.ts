// POST, PATCH/PUT and DELETE of the Table API (doc §1 "Writes"): unknown and sys_* fields are
// ignored, "" clears a field except a choice, PUT is a partial update like PATCH and never creates.
import { randomBytes } from "node:crypto";
import { formatDateTime } from "./datetime";
import { BodyTooLargeError, MAX_BODY_BYTES, SN_ERRORS, readBody, sendJson, sendSnError } from "./http-util";
import { makeSerializer } from "./serialize";
import type { SimulatorState } from "./state";
import { toStoredString, type Row, type Store } from "./store";
import { shapeOptions, type TableCall } from "./table-call";
import { isSystemField, type FieldDef, type TableDef } from "./table-schema";

export async function insertRecord(state: SimulatorState, call: TableCall): Promise<void> {
  const { def, res, principal } = call;
  if (def.childTables || def.insertDenied || principal.readOnly) return sendSnError(res, SN_ERRORS.aclDenied("Insert"));
  const body = await readJsonObject(call);
  if (!body) return;
  const row: Row = {};
  for (const [name, field] of Object.entries(def.fields)) if (field.default !== undefined) row[name] = field.default;
  applyInput(state.store, def, row, body, call.url.searchParams.get("sysparm_input_display_value") === "true");
  const now = formatDateTime(state.clock());
  let sysId = randomBytes(16).toString("hex");
  while (state.store.get(def.name, sysId)) sysId = randomBytes(16).toString("hex");
  Object.assign(row, {
    sys_id: sysId,
    sys_created_on: now,
    sys_created_by: principal.username,
    sys_updated_on: now,
    sys_updated_by: principal.username,
    sys_mod_count: "0",
    sys_class_name: def.name,
  });
  if (def.numberPrefix && !row.number) row.number = state.store.nextNumber(def.name) ?? "";
  state.store.insert(def.name, row);
  respondWithRecord(state, call, 201, row, { Location: `${call.url.origin}/api/now/table/${def.name}/${sysId}` });
}

export async function updateRecord(state: SimulatorState, call: TableCall, sysId: string): Promise<void> {
  const { def, res, principal } = call;
  const current = state.store.get(def.name, sysId);
  if (!current) return sendSnError(res, SN_ERRORS.notFound);
  if (def.childTables || principal.readOnly) return sendSnError(res, SN_ERRORS.aclDenied("Update"));
  const body = await readJsonObject(call);
  if (!body) return;
  const next: Row = { ...current };
  applyInput(state.store, def, next, body, call.url.searchParams.get("sysparm_input_display_value") === "true");
  // Like the platform, an update that changes nothing is not saved (no new sys_updated_on).
  const changed = Object.keys(next).some((name) => next[name] !== (current[name] ?? ""));
  if (!changed) return respondWithRecord(state, call, 200, current);
  next.sys_updated_on = formatDateTime(state.clock());
  next.sys_updated_by = principal.username;
  next.sys_mod_count = String(Number(current.sys_mod_count ?? "0") + 1);
  state.store.replace(def.name, next);
  respondWithRecord(state, call, 200, next);
}

export function deleteRecord(state: SimulatorState, call: TableCall, sysId: string): void {
  const { def, res, principal } = call;
  if (!state.store.get(def.name, sysId)) return sendSnError(res, SN_ERRORS.notFound);
  if (def.childTables || principal.readOnly) return sendSnError(res, SN_ERRORS.aclDenied("Delete"));
  state.store.remove(def.name, sysId);
  res.writeHead(204);
  res.end();
}

function respondWithRecord(state: SimulatorState, call: TableCall, status: number, row: Row, headers = {}): void {
  if (call.req.headers["x-no-response-body"] === "true") {
    call.res.writeHead(status, headers);
    call.res.end();
    return;
  }
  sendJson(call.res, status, { result: makeSerializer(shapeOptions(state, call))(row) }, headers);
}

/** The JSON object of a write; sends the platform's 400 and returns undefined when unreadable. */
async function readJsonObject(call: TableCall): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = (await readBody(call.req, MAX_BODY_BYTES)).toString("utf8");
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    call.req.resume();
    sendSnError(call.res, SN_ERRORS.bodyTooLarge(error.bytes));
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    sendSnError(call.res, SN_ERRORS.badBody);
    return undefined;
  }
  // A POST of several records inserts the first one only.
  if (Array.isArray(parsed)) parsed = parsed[0];
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    sendSnError(call.res, SN_ERRORS.badBody);
    return undefined;
  }
  return parsed as Record<string, unknown>;
}

function applyInput(store: Store, def: TableDef, row: Row, body: Record<string, unknown>, displayInput: boolean): void {
  for (const [name, raw] of Object.entries(body)) {
    const field = def.fields[name];
    if (!field || isSystemField(name)) continue;
    const value = toStoredString(raw);
    if (value === "" && field.type === "choice") continue;
    row[name] = displayInput ? fromDisplayValue(store, field, value) : value;
  }
}

/** sysparm_input_display_value=true: a choice by its label, a reference by its display value. */
function fromDisplayValue(store: Store, field: FieldDef, value: string): string {
  if (field.type === "choice") {
    const code = Object.entries(field.choices ?? {}).find(([, label]) => label === value)?.[0];
    return code ?? value;
  }
  if (field.type === "reference" && field.ref && value && !store.get(field.ref, value)) {
    const target = store.def(field.ref);
    const match = target && store.rows(field.ref).find((row) => row[target.displayField] === value);
    return match?.sys_id ?? value;
  }
  return value;
}
