import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { API_ROOT, apiRouteFiles, pathParamNames, ROUTE_METHODS } from "@/lib/testing/route-registry";
import type { ApiOperation } from "./define-operation";
import { operations } from "./operations";

// Route modules reach use cases, whose module opens the database; nothing here queries it.
vi.mock("@/lib/db", () => ({ db: {} }));

/** app/api/v1/jobs/[jobId]/route.ts → /jobs/{jobId}; route groups do not appear in URLs. */
function operationPath(file: string): string {
  const segments = path.relative(API_ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
}

describe("the operation registry", () => {
  // Imports every route module (and what they reach): well over the default 5 s on a busy 2-core machine.
  it("matches the route files on disk, export by export", { timeout: 60_000 }, async () => {
    const served = new Map<ApiOperation, string>();
    for (const file of apiRouteFiles()) {
      const where = path.relative(process.cwd(), file);
      const routeModule = (await import(file)) as Record<string, unknown>;
      for (const method of ROUTE_METHODS.filter((m) => m in routeModule)) {
        const operation = (routeModule[method] as { operation?: ApiOperation }).operation;
        expect(operation, `${where} exports ${method} without withApi`).toBeDefined();
        if (!operation) continue;
        expect(operation.method, `${where} exports ${operation.operationId} as ${method}`).toBe(method);
        expect(operation.path, `${where} serves ${operation.operationId}`).toBe(operationPath(file));
        expect(operations, `${operation.operationId} (${where}) is missing from lib/api/operations.ts`).toContain(operation);
        expect(served.has(operation), `${operation.operationId} is exported by two routes`).toBe(false);
        served.set(operation, where);
      }
    }
    const unserved = operations.filter((op) => !served.has(op)).map((op) => `${op.method} ${op.path}`);
    expect(unserved, "registered operations without a route file export").toEqual([]);
  });

  it("has unique operation ids and method+path pairs", () => {
    const ids = operations.map((op) => op.operationId);
    const routes = operations.map((op) => `${op.method} ${op.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("declares exactly the path's parameters", () => {
    for (const op of operations) {
      const inPath = pathParamNames(op).sort();
      expect(Object.keys(op.params?.shape ?? {}).sort(), `${op.operationId} params`).toEqual(inPath);
    }
  });
});
