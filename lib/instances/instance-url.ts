/**
 * Which ServiceNow URLs an instance may point at. Credentials are sent to this URL, so it is
 * checked strictly: a ServiceNow-hosted instance, a host the operator allowed, or (outside
 * production only) a local simulator. No path, query, fragment or embedded credentials.
 * Pure, so forms, use cases and tests share it; the policy comes from lib/instances/url-policy.ts.
 */
export interface InstanceUrlPolicy {
  /** Production refuses plain http and loopback hosts. */
  production: boolean;
  /** Extra host names accepted over https (SERVICENOW_ALLOWED_HOSTS), lower case. */
  allowedHosts: readonly string[];
}

export type InstanceUrlCheck = { ok: true; url: string } | { ok: false; message: string };

export const INSTANCE_URL_MAX = 2048;

// One DNS label: ServiceNow instance names are letters, digits and hyphens.
const INSTANCE_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SERVICE_NOW_SUFFIX = ".service-now.com";
const LOOPBACK = new Set(["localhost", "127.0.0.1"]);

const EXPECTED = "Use https://<name>.service-now.com";

/** Returns the normalized origin (`https://acme.service-now.com`) or why the URL is refused. */
export function checkInstanceUrl(raw: string, policy: InstanceUrlPolicy): InstanceUrlCheck {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, message: `Enter the instance URL. ${EXPECTED}` };
  if (text.length > INSTANCE_URL_MAX) return { ok: false, message: "The URL is too long" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `Not a valid URL. ${EXPECTED}` };
  }
  const shape = checkShape(url, text);
  if (shape) return { ok: false, message: shape };

  const host = url.hostname.toLowerCase();
  if (url.protocol === "http:") {
    if (!LOOPBACK.has(host)) return { ok: false, message: `The URL must use https. ${EXPECTED}` };
    if (policy.production) return { ok: false, message: "Plain http to a local instance is allowed only outside production" };
    return { ok: true, url: url.origin };
  }
  if (url.protocol !== "https:") return { ok: false, message: `The URL must use https. ${EXPECTED}` };

  if (host.endsWith(SERVICE_NOW_SUFFIX)) {
    const name = host.slice(0, -SERVICE_NOW_SUFFIX.length);
    if (!INSTANCE_LABEL.test(name)) return { ok: false, message: `Not a ServiceNow instance host. ${EXPECTED}` };
    if (url.port !== "") return { ok: false, message: "A ServiceNow instance URL has no port" };
    return { ok: true, url: url.origin };
  }
  if (policy.allowedHosts.includes(host)) return { ok: true, url: url.origin };
  if (LOOPBACK.has(host) && !policy.production) return { ok: true, url: url.origin };
  return {
    ok: false,
    message: `${host} is not a ServiceNow host. ${EXPECTED}, or ask your administrator to allow this host (SERVICENOW_ALLOWED_HOSTS)`,
  };
}

/**
 * The part of the check that needs no configuration, for the shared zod schema (forms included):
 * a parseable http(s) URL of an address only. The host policy is applied by the use case.
 */
export function instanceUrlShapeProblem(raw: string): string | null {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `Not a valid URL. ${EXPECTED}`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `The URL must use https. ${EXPECTED}`;
  return checkShape(url, text);
}

function checkShape(url: URL, text: string): string | null {
  if (url.username || url.password || /^[a-z]+:\/\/[^/]*@/i.test(text)) {
    return "The URL must not contain a user name or password; enter them under Authentication";
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || /[?#]/.test(text)) {
    return `The URL must be the instance address only, without a path or query. ${EXPECTED}`;
  }
  return null;
}

/** Parses SERVICENOW_ALLOWED_HOSTS ("grc.example.com, snow.corp.example") into host names. */
export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host.length > 0);
}
