import { readdirSync } from "node:fs";
import path from "node:path";
import type { ApiOperation, HttpMethod } from "@/lib/api/define-operation";
import type { RouteHandler } from "./call-route";

export const API_ROOT = path.join(process.cwd(), "app/api/v1");
export const ROUTE_METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * Every route.ts under app/api/v1 but the catch-all, which only answers 404 for paths that match
 * no route and is not an operation.
 */
export function apiRouteFiles(): string[] {
  return routeFiles(API_ROOT).filter((file) => !/\[\[?\.\.\./.test(path.relative(API_ROOT, file)));
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/**
 * Every route handler under app/api/v1 by the operation it serves (withApi attaches it), so
 * registry-driven suites call the real route modules, whatever folders they live in.
 */
export async function loadRouteHandlers(): Promise<Map<ApiOperation, RouteHandler>> {
  const handlers = new Map<ApiOperation, RouteHandler>();
  for (const file of apiRouteFiles()) {
    const routeModule = (await import(file)) as Record<string, unknown>;
    for (const method of ROUTE_METHODS) {
      const handler = routeModule[method] as (RouteHandler & { operation?: ApiOperation }) | undefined;
      if (handler?.operation) handlers.set(handler.operation, handler);
    }
  }
  return handlers;
}

/** `/teams/{teamId}` with its parameters filled in (URL-encoded). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `missing-${name}`));
}

export function pathParamNames(operation: ApiOperation): string[] {
  return [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
