/**
 * Where to go after signing in. The callback comes from the query string, so anything that would
 * leave our origin (absolute URLs elsewhere, protocol-relative "//host") falls back to /app:
 * otherwise the sign-in page becomes an open redirect.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  const fallback = "/app";
  if (!raw) return fallback;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Signing in again from the sign-in page would loop.
    return url.pathname === "/login" ? fallback : path;
  } catch {
    return fallback;
  }
}
