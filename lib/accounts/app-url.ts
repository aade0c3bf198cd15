import { env } from "@/lib/env";

/**
 * An absolute link into the app for emails. APP_URL (or NEXTAUTH_URL), which production requires;
 * in development, the origin the request came to. A request's origin is never used in production,
 * where a forged Host header could otherwise point a reset link at someone else's site.
 */
export function appUrl(path: string, requestOrigin?: string): string {
  const { APP_URL, NODE_ENV } = env();
  const origin = NODE_ENV === "production" ? undefined : requestOrigin;
  const base = APP_URL || process.env.NEXTAUTH_URL || origin || "http://localhost:3000";
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

/** The origin of a request as its headers describe it (server actions have no Request object). */
export function originFromHeaders(headers: Headers): string | undefined {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || !/^[\w.-]+(:\d+)?$/.test(host)) return undefined;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
