// One Table API request after routing and authentication, and the response shaping it asks for.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Principal } from "./auth";
import { parseDisplayMode, type ShapeOptions } from "./serialize";
import type { SimulatorState } from "./state";
import type { TableDef } from "./table-schema";

export interface TableCall {
  req: IncomingMessage;
  res: ServerResponse;
  /** The absolute request URL (the instance URL is its origin). */
  url: URL;
  method: string;
  def: TableDef;
  sysId?: string;
  principal: Principal;
}

/** Response shaping parameters, shared by reads and by the bodies of write responses. */
export function shapeOptions(state: SimulatorState, call: TableCall): ShapeOptions {
  const params = call.url.searchParams;
  return {
    store: state.store,
    def: call.def,
    baseUrl: call.url.origin,
    fields: params.get("sysparm_fields") ?? undefined,
    displayValue: parseDisplayMode(params.get("sysparm_display_value")),
    excludeReferenceLink: params.get("sysparm_exclude_reference_link") === "true",
  };
}
