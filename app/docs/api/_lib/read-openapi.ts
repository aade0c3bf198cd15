/**
 * Reads the OpenAPI 3.1 document into the shape the reference page renders. The document is typed
 * as a plain record by its builder, so every field is checked here instead of trusted.
 */

type Json = Record<string, unknown>;

export interface ParameterView {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema?: unknown;
}

export interface BodyView {
  contentType: string;
  schema: unknown;
}

export interface ResponseView {
  status: string;
  description: string;
  content: BodyView[];
}

export interface OperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  parameters: ParameterView[];
  requestBody?: { required: boolean; description?: string; content: BodyView[] };
  responses: ResponseView[];
}

export interface TagGroup {
  tag: string;
  description?: string;
  operations: OperationView[];
}

export interface ApiReference {
  title: string;
  version: string;
  description?: string;
  serverUrl?: string;
  groups: TagGroup[];
  securitySchemes: Array<{ name: string; type: string; description?: string }>;
  schemas: Array<{ name: string; schema: unknown }>;
}

const METHODS = ["get", "post", "put", "patch", "delete", "head", "options"] as const;
const UNTAGGED = "Other";

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const obj = (v: unknown): Json => (isObject(v) ? v : {});

/** Follows a local "#/components/..." reference once; parameters and responses are often shared that way. */
function deref(doc: Json, value: unknown): Json {
  const node = obj(value);
  const ref = str(node.$ref);
  if (!ref?.startsWith("#/")) return node;
  let target: unknown = doc;
  for (const part of ref.slice(2).split("/")) target = obj(target)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  return obj(target);
}

function readContent(content: unknown): BodyView[] {
  return Object.entries(obj(content)).map(([contentType, media]) => ({ contentType, schema: obj(media).schema }));
}

function readParameters(doc: Json, list: unknown): ParameterView[] {
  if (!Array.isArray(list)) return [];
  return list.map((raw) => {
    const p = deref(doc, raw);
    return {
      name: str(p.name) ?? "(unnamed)",
      in: str(p.in) ?? "query",
      required: p.required === true,
      description: str(p.description),
      schema: p.schema,
    };
  });
}

function readOperation(doc: Json, path: string, method: string, op: Json, pathParams: ParameterView[]): OperationView {
  // Operation parameters override path-level ones with the same name and location.
  const own = readParameters(doc, op.parameters);
  const inherited = pathParams.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
  const body = op.requestBody === undefined ? undefined : deref(doc, op.requestBody);
  return {
    id: str(op.operationId) ?? `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-"),
    method,
    path,
    summary: str(op.summary) ?? `${method.toUpperCase()} ${path}`,
    description: str(op.description),
    deprecated: op.deprecated === true,
    parameters: [...inherited, ...own],
    requestBody: body && {
      required: body.required === true,
      description: str(body.description),
      content: readContent(body.content),
    },
    responses: Object.entries(obj(op.responses)).map(([status, raw]) => {
      const r = deref(doc, raw);
      return { status, description: str(r.description) ?? "", content: readContent(r.content) };
    }),
  };
}

export function readApiReference(doc: Json): ApiReference {
  const info = obj(doc.info);
  const groups = new Map<string, TagGroup>();
  // Declared tags keep their declared order; tags only used by operations follow.
  for (const t of Array.isArray(doc.tags) ? doc.tags : []) {
    const name = str(obj(t).name);
    if (name) groups.set(name, { tag: name, description: str(obj(t).description), operations: [] });
  }

  for (const [path, rawItem] of Object.entries(obj(doc.paths))) {
    const item = obj(rawItem);
    const pathParams = readParameters(doc, item.parameters);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const operation = readOperation(doc, path, method, op, pathParams);
      const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [];
      // Listed under its first tag only, so each operation has one anchor on the page.
      const tag = tags[0] ?? UNTAGGED;
      const group = groups.get(tag) ?? { tag, operations: [] };
      group.operations.push(operation);
      groups.set(tag, group);
    }
  }

  const components = obj(doc.components);
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  return {
    title: str(info.title) ?? "API reference",
    version: str(info.version) ?? "",
    description: str(info.description),
    serverUrl: str(obj(servers[0]).url),
    groups: [...groups.values()].filter((g) => g.operations.length > 0),
    securitySchemes: Object.entries(obj(components.securitySchemes)).map(([name, raw]) => ({
      name,
      type: str(obj(raw).type) ?? "",
      description: str(obj(raw).description),
    })),
    schemas: Object.entries(obj(components.schemas)).map(([name, schema]) => ({ name, schema })),
  };
}

/** The path as a caller types it: relative servers such as "/api/v1" are prefixed, absolute ones are not. */
export function displayPath(serverUrl: string | undefined, path: string): string {
  if (!serverUrl || !serverUrl.startsWith("/") || path.startsWith(serverUrl)) return path;
  return `${serverUrl.replace(/\/$/, "")}${path}`;
}
