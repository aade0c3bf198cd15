// Response helpers and ServiceNow's error envelope, with the exact bodies listed in doc §5.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export const JSON_TYPE = "application/json;charset=UTF-8";
/** The Table API's default REST payload limit (KB0747638). */
export const MAX_BODY_BYTES = 10_485_760;

export class BodyTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`body of ${bytes} bytes`);
  }
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new BodyTooLargeError(declared);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(size);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** For bodies already serialized (collection pages, which may also be cut short by a fault). */
export function sendJsonText(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { "Content-Type": JSON_TYPE, "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export interface SnErrorSpec {
  status: number;
  message: string;
  detail: string | null;
}

export function sendSnError(res: ServerResponse, spec: SnErrorSpec, headers: OutgoingHttpHeaders = {}): void {
  sendJson(res, spec.status, { error: { message: spec.message, detail: spec.detail }, status: "failure" }, headers);
}

export const SN_ERRORS = {
  unauthenticated: { status: 401, message: "User Not Authenticated", detail: "Required to provide Auth information" },
  notFound: {
    status: 404,
    message: "No Record found",
    detail: "Record doesn't exist or ACL restricts the record retrieval",
  },
  invalidTable: (table: string): SnErrorSpec => ({ status: 400, message: `Invalid table ${table}`, detail: null }),
  badBody: {
    status: 400,
    message: "Exception while reading request",
    detail: "Verify Request body and Content-type headers. Not able to parse request",
  },
  bodyTooLarge: (bytes: number): SnErrorSpec => ({
    status: 400,
    message: "Exception while reading request",
    detail: `Rejected large REST payload with content-length = ${bytes} bytes. Max allowed: ${MAX_BODY_BYTES} bytes.`,
  }),
  aclDenied: (operation: "Insert" | "Update" | "Delete"): SnErrorSpec => ({
    status: 403,
    message: "Operation Failed",
    detail: `ACL Exception ${operation} Failed due to security constraints`,
  }),
  rateLimited: (limit: number): SnErrorSpec => ({
    status: 429,
    message: "Rate limit exceeded",
    detail: `Rate limit of ${limit} requests per hour for Table API exceeded`,
  }),
  unknownPath: { status: 400, message: "Requested URI does not represent any resource", detail: null },
  methodNotAllowed: { status: 405, message: "Method not Supported", detail: null },
  notAcceptable: { status: 406, message: "Requested response format is not supported", detail: null },
  unsupportedMediaType: { status: 415, message: "Unsupported Media Type", detail: null },
  missingHeader: (header: string, method: string): SnErrorSpec => ({
    status: 400,
    message: "Missing required header",
    detail: `${header} header is required for ${method} requests`,
  }),
  serverError: (status: number): SnErrorSpec => ({
    status,
    message: status === 503 ? "Service Unavailable" : "Internal Server Error",
    detail: "Transaction cancelled: maximum execution time exceeded",
  }),
} as const;
