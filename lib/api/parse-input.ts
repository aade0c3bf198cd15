import { z } from "zod";
import type { ApiOperation, ObjectSchema } from "./define-operation";
import { readJsonBody } from "./read-body";

export interface ParsedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * The schemas as enforced, shared with the OpenAPI document so it describes what is checked.
 * Undeclared params and query parameters are rejected like unknown body fields: a typo must not
 * silently do nothing.
 */
export function enforcedSchemas(operation: ApiOperation) {
  return {
    params: strict(operation.params ?? z.object({})),
    query: strict(operation.query ?? z.object({})),
    body: operation.body instanceof z.ZodObject ? strict(operation.body) : operation.body,
  };
}

function strict(schema: ObjectSchema): ObjectSchema {
  // The id stays with the original schema: two schemas must not claim one name in the document.
  const { id: _id, ...meta } = z.globalRegistry.get(schema) ?? {};
  const strictSchema = schema.strict();
  return Object.keys(meta).length > 0 ? strictSchema.meta(meta) : strictSchema;
}

/**
 * Validates params, query and body in one pass so a client sees every mistake at once, with paths
 * prefixed by where they were found (`body.steps`, `query.limit`).
 */
export function inputParser(operation: ApiOperation) {
  const schemas = enforcedSchemas(operation);

  return async (request: Request, rawParams: Record<string, string | string[]>): Promise<ParsedInput> => {
    const rawBody = schemas.body ? await readJsonBody(request, operation.bodyLimit) : undefined;
    const issues: z.core.$ZodIssue[] = [];
    const parse = (location: string, schema: z.ZodType, value: unknown) => {
      const result = schema.safeParse(value);
      if (!result.success) issues.push(...result.error.issues.map((i) => ({ ...i, path: [location, ...i.path] })));
      return result.data;
    };
    const input = {
      params: parse("params", schemas.params, rawParams),
      query: parse("query", schemas.query, searchParamsObject(new URL(request.url).searchParams)),
      body: schemas.body ? parse("body", schemas.body, rawBody) : undefined,
    };
    if (issues.length > 0) throw new z.ZodError(issues);
    return input;
  };
}

/** A repeated parameter (`?tag=a&tag=b`) becomes an array; a single one stays a string. */
function searchParamsObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}
