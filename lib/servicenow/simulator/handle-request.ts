// Routes one HTTP request: /oauth_token.do, /__sim/… control endpoints, or the Table API (faults,
// then authentication, then the platform's header rules, then the table handler).
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { handleControl } from "./control-api";
import { BodyTooLargeError, SN_ERRORS, readBody, sendJson, sendSnError } from "./http-util";
import type { SimulatorState } from "./state";
import { handleTableCall } from "./table-api";

const TABLE_PATH = /^\/api\/now(?:\/v[12])?\/table\/([^/]+)(?:\/([^/]+))?\/?$/;

export async function handleRequest(state: SimulatorState, req: IncomingMessage, res: ServerResponse, fallbackHost: string) {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? fallbackHost}`);
  res.setHeader("Server", "ServiceNow");
  res.setHeader("X-Transaction-ID", randomBytes(8).toString("hex"));
  if (url.pathname === "/oauth_token.do") return handleToken(state, req, res);
  if (url.pathname.startsWith("/__sim/")) return handleControl(state, req, res, url);
  const match = TABLE_PATH.exec(url.pathname);
  if (!match) {
    res.on("close", () => state.stats.record("(unknown)", req.method ?? "", res.statusCode));
    return sendSnError(res, SN_ERRORS.unknownPath);
  }
  const [, table = "", sysId] = match;
  const override = req.headers["x-http-method-override"];
  const method = (typeof override === "string" && override ? override : req.method ?? "GET").toUpperCase();
  res.on("close", () => state.stats.record(table, method, res.statusCode));

  const decision = state.faults.beforeRequest();
  if (decision.delayMs > 0) await sleep(decision.delayMs);
  if (decision.failure) return sendSnError(res, decision.failure.spec, decision.failure.headers);

  const principal = state.auth.authenticate(req.headers.authorization);
  if (!principal) return sendSnError(res, SN_ERRORS.unauthenticated);
  res.setHeader("X-Is-Logged-In", "true");

  const headerError = checkHeaders(req, method);
  if (headerError) return sendSnError(res, headerError);
  const def = state.store.def(table);
  if (!def) return sendSnError(res, SN_ERRORS.invalidTable(table));
  await handleTableCall(state, { req, res, url, method, def, sysId, principal });
}

/** GET/HEAD need Accept; writes need Accept and Content-Type (doc §1, "Headers"). JSON only. */
function checkHeaders(req: IncomingMessage, method: string) {
  const accept = req.headers.accept;
  if (!accept) return SN_ERRORS.missingHeader("Accept", method);
  if (!accept.split(",").some((type) => /^\s*(application\/json|application\/\*|\*\/\*)\s*(;|$)/i.test(type))) {
    return SN_ERRORS.notAcceptable;
  }
  if (method === "GET" || method === "HEAD") return undefined;
  const contentType = req.headers["content-type"];
  if (!contentType) return SN_ERRORS.missingHeader("Content-Type", method);
  if (method !== "DELETE" && !/^application\/json\s*(;|$)/i.test(contentType)) return SN_ERRORS.unsupportedMediaType;
  return undefined;
}

/** POST /oauth_token.do, form-encoded only: a JSON body fails as on the platform. */
async function handleToken(state: SimulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.on("close", () => state.stats.record("oauth_token.do", req.method ?? "", res.statusCode));
  if (req.method !== "POST") return sendSnError(res, SN_ERRORS.methodNotAllowed);
  let body: Buffer;
  try {
    body = await readBody(req, 1 << 16);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    body = Buffer.alloc(0);
  }
  const form = /^application\/x-www-form-urlencoded/i.test(req.headers["content-type"] ?? "");
  const response = state.auth.token(new URLSearchParams(form ? body.toString("utf8") : ""));
  sendJson(res, response.status, response.body, { "Cache-Control": "no-store" });
}
