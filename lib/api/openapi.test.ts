import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineOperation } from "./define-operation";
import { buildOpenApiDocument } from "./openapi";
import { PaginationQuery, pageOf } from "./pagination";

// The openapi.json route pulls in the session code, whose module opens the database.
vi.mock("@/lib/db", () => ({ db: {} }));

const Step = z.object({ name: z.string(), status: z.enum(["queued", "done"]).default("queued") }).meta({ id: "TestStep" });
const Thing = z
  .object({ id: z.uuid(), name: z.string(), steps: z.array(Step), createdAt: z.date() })
  .meta({ id: "TestThing", description: "A thing" });

const listThings = defineOperation({
  operationId: "listThings",
  method: "GET",
  path: "/things",
  summary: "List things",
  tags: ["Things"],
  auth: "required",
  permission: "jobs:read",
  query: PaginationQuery.extend({ status: z.enum(["queued", "done"]).optional() }),
  response: pageOf(Thing),
});

const createThing = defineOperation({
  operationId: "createThing",
  method: "POST",
  path: "/things/{thingId}",
  summary: "Create a thing",
  tags: ["Things"],
  auth: "required",
  permission: "jobs:create",
  params: z.object({ thingId: z.uuid() }),
  body: z.object({ name: z.string().min(1), steps: z.array(Step) }),
  response: Thing,
  successStatus: 201,
});

const document = buildOpenApiDocument([listThings, createThing]);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an arbitrary JSON document
type Json = Record<string, any>;
const paths = document.paths as Json;

/** Every $ref must point at something in the document. */
function unresolvedRefs(node: unknown, root: Json): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => unresolvedRefs(n, root));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key !== "$ref") return unresolvedRefs(value, root);
    const target = String(value).replace(/^#\//, "").split("/").reduce<Json | undefined>((at, part) => at?.[part], root);
    return target === undefined ? [String(value)] : [];
  });
}

describe("buildOpenApiDocument", () => {
  it("is an OpenAPI 3.1 document whose references all resolve", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "/api/v1" }]);
    expect(unresolvedRefs(document, JSON.parse(JSON.stringify(document)))).toEqual([]);
    expect(JSON.stringify(document)).not.toContain("$defs");
  });

  it("documents path and query parameters from the zod schemas", () => {
    const list = paths["/things"].get;
    expect(list.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "limit", in: "query", required: false, schema: expect.objectContaining({ default: 50, maximum: 200 }) }),
        expect.objectContaining({ name: "cursor", in: "query", required: false }),
        expect.objectContaining({ name: "status", in: "query", schema: { type: "string", enum: ["queued", "done"] } }),
        { $ref: "#/components/parameters/OrganizationSlug" },
      ]),
    );
    const create = paths["/things/{thingId}"].post;
    expect(create.parameters[0]).toMatchObject({ name: "thingId", in: "path", required: true, schema: { format: "uuid" } });
  });

  it("publishes the enforced body schema, closed to unknown fields", () => {
    const body = paths["/things/{thingId}"].post.requestBody;
    expect(body.required).toBe(true);
    expect(body.content["application/json"].schema).toMatchObject({ additionalProperties: false, required: ["name", "steps"] });
  });

  it("hoists shared schemas into components, with Dates as date-time strings", () => {
    const schemas = document.components.schemas as Json;
    expect(schemas.TestThing.properties.createdAt).toEqual({ type: "string", format: "date-time" });
    expect(paths["/things/{thingId}"].post.responses["201"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/TestThing",
    });
    // The step's input shape (status optional thanks to its default) differs from its output shape.
    expect(schemas.TestStep.required).toEqual(["name", "status"]);
    expect(schemas.TestStepInput.required).toEqual(["name"]);
  });

  it("documents security, permissions, problems and headers", () => {
    const create = paths["/things/{thingId}"].post;
    expect(create.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
    expect(create["x-permission"]).toBe("jobs:create");
    expect(Object.keys(create.responses).sort()).toEqual(["201", "400", "401", "403", "404", "413", "415", "429", "500"]);
    expect(create.responses["201"].headers).toHaveProperty("RateLimit-Remaining");
    const components = document.components as Json;
    expect(components.responses.RateLimited.headers).toHaveProperty("Retry-After");
    expect(components.responses.BadRequest.content["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/Problem" });
    expect(components.schemas.Problem.required).toEqual(["type", "title", "status", "detail", "code", "requestId"]);
    expect(Object.keys(components.securitySchemes)).toEqual(["sessionCookie", "bearerToken"]);
  });

  it("refuses two different schemas with one id", () => {
    const A = z.object({ a: z.string() }).meta({ id: "TestClash" });
    const B = z.object({ b: z.string() }).meta({ id: "TestClash" });
    const op = (operationId: string, response: z.ZodType) =>
      defineOperation({ operationId, method: "GET", path: `/${operationId}`, summary: "x", tags: [], auth: "public", response });
    expect(() => buildOpenApiDocument([op("a", A), op("b", B)])).toThrow(/TestClash/);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the registry's document publicly", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = await GET(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const served = await response.json();
    expect(served.openapi).toBe("3.1.0");
    expect(served.paths["/openapi.json"].get).toMatchObject({ operationId: "getOpenApiDocument", security: [] });
  });
});
