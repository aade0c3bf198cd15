import { env } from "@/lib/env";
import { type InstanceUrlPolicy, parseAllowedHosts } from "./instance-url";

/**
 * The URL policy of this deployment: production or not, and the operator's extra hosts. An
 * operator may explicitly allow the local simulator in a production build (end-to-end tests).
 */
export function instanceUrlPolicy(): InstanceUrlPolicy {
  const { NODE_ENV, SERVICENOW_ALLOWED_HOSTS, SERVICENOW_ALLOW_LOCAL } = env();
  return {
    production: NODE_ENV === "production" && SERVICENOW_ALLOW_LOCAL !== "1",
    allowedHosts: parseAllowedHosts(SERVICENOW_ALLOWED_HOSTS),
  };
}
