import type { RequestMeta } from "@/lib/auth/context";

/**
 * The caller's IP and user agent for the audit trail. The first x-forwarded-for hop is what the
 * hosting proxy saw; behind no proxy it is absent and the IP is recorded as unknown.
 */
export function requestMetaOf(request: Request, requestId?: string): RequestMeta {
  return metaFromHeaders(request.headers, requestId);
}

export function metaFromHeaders(headers: Headers, requestId?: string): RequestMeta {
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 64) || headers.get("x-real-ip")?.slice(0, 64) || undefined;
  const userAgent = headers.get("user-agent")?.slice(0, 512) || undefined;
  return { requestId, ip, userAgent };
}
