import type { ApiOperation } from "./define-operation";
import { cancelJobOperation, getJobOperation, listJobsOperation, startPingOperation } from "./operations/jobs";
import { analysisOperations } from "./operations/analysis";
import { apiKeyOperations } from "./operations/api-keys";
import { auditOperations } from "./operations/audit";
import { insightExportOperations } from "./operations/insight-exports";
import { insightOperations } from "./operations/insights";
import { authOperations } from "./operations/auth";
import { authTokenOperations } from "./operations/auth-tokens";
import { meOperations } from "./operations/me";
import { getOpenApiDocumentOperation } from "./operations/openapi";
import { instanceOperations } from "./operations/instances";
import { organizationOperations } from "./operations/organizations";
import { roleOperations } from "./operations/roles";
import { syncOperations } from "./operations/sync";
import { teamOperations } from "./operations/teams";
import { userOperations } from "./operations/users";

/**
 * Every /api/v1 operation. The OpenAPI document is generated from this list, and
 * operations.test.ts fails when it and the route files on disk disagree.
 *
 * Adding a route:
 * 1. Define the operation with defineOperation() in lib/api/operations/<resource>.ts, reusing
 *    the zod schemas of lib/<domain>/schemas.ts.
 * 2. In app/api/v1/<resource>/.../route.ts: `export const GET = withApi(getJobOperation, handler)`,
 *    the handler calling a lib/<domain> use case.
 * 3. Add the same object to the list its resource file exports (listed here).
 */
export const operations: readonly ApiOperation[] = [
  getOpenApiDocumentOperation,
  listJobsOperation,
  getJobOperation,
  cancelJobOperation,
  startPingOperation,
  ...authOperations,
  ...authTokenOperations,
  ...meOperations,
  ...userOperations,
  ...roleOperations,
  ...organizationOperations,
  ...teamOperations,
  ...apiKeyOperations,
  ...auditOperations,
  ...instanceOperations,
  ...syncOperations,
  ...analysisOperations,
  ...insightExportOperations,
  ...insightOperations,
];
