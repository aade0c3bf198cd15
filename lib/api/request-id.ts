export const REQUEST_ID_HEADER = "x-request-id";

// A caller's id is echoed into logs and headers, so only short, plain tokens are trusted.
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The caller's x-request-id when it is a sane token (so traces join up across services), else a new one. */
export function requestIdFor(request: Request): string {
  const incoming = request.headers.get(REQUEST_ID_HEADER);
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
