import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { ApiOperation, HttpMethod } from "./define-operation";
import { operations } from "./operations";

// Route modules reach use cases, whose module opens the database; nothing here queries it.
vi.mock("@/lib/db", () => ({ db: {} }));

const API_ROOT = path.join(process.cwd(), "app/api/v1");
const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/jobs/[jobId]/route.ts → /jobs/{jobId}; route groups do not appear in URLs. */
function operationPath(file: string): string {
  const segments = path.relative(API_ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
}

// The catch-all only answers 404 for paths that match no route; it is not an operation.
const isCatchAll = (file: string) => /\[\[?\.\.\./.test(path.relative(API_ROOT, file));

describe("the operation registry", () => {
  it("matches the route files on disk, export by export", async () => {
    const served = new Map<ApiOperation, string>();
    for (const file of routeFiles(API_ROOT).filter((f) => !isCatchAll(f))) {
      const where = path.relative(process.cwd(), file);
      const routeModule = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS.filter((m) => m in routeModule)) {
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
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(op.params?.shape ?? {}).sort(), `${op.operationId} params`).toEqual(inPath);
    }
  });
});
