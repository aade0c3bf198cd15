import { isDeepStrictEqual } from "node:util";
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;
type Io = "input" | "output";

const DEFS_REF = "#/$defs/";
const COMPONENTS_REF = "#/components/schemas/";

/**
 * Converts zod schemas to JSON Schema 2020-12 (OpenAPI 3.1's dialect), hoisting every schema that
 * has an `id` (`.meta({ id: "Job" })`) into components.schemas. Convert response schemas before
 * request schemas: when a shared id has a different input shape (defaults, open objects), the
 * input variant is published as `<id>Input`.
 */
export function createSchemaComponents() {
  const schemas: Record<string, JsonSchema> = {};

  function convert(schema: z.ZodType, io: Io): JsonSchema {
    const { $schema: _dialect, $defs = {}, ...root } = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      unrepresentable: "any",
      override: datesAsStrings,
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const renamed = new Set<string>();
    // Renaming one definition changes the refs inside the others, so repeat until nothing clashes.
    for (;;) {
      const nameOf = (id: string) => (renamed.has(id) ? `${id}Input` : id);
      const defs = Object.entries($defs).map(([id, def]) => ({ id, name: nameOf(id), def: rewriteRefs(def, nameOf) }));
      const clash = defs.find(({ name, def }) => name in schemas && !isDeepStrictEqual(schemas[name], def));
      if (!clash) {
        for (const { name, def } of defs) schemas[name] = def;
        return rewriteRefs(root, nameOf);
      }
      if (io === "output" || renamed.has(clash.id)) {
        throw new Error(
          `Two different schemas claim the OpenAPI component name "${clash.name}"; give each shared or recursive schema a unique .meta({ id })`,
        );
      }
      renamed.add(clash.id);
    }
  }

  /** The schema itself when it is a reference to a component. */
  function resolve(schema: JsonSchema): JsonSchema {
    const ref = schema.$ref;
    return typeof ref === "string" && ref.startsWith(COMPONENTS_REF) ? (schemas[ref.slice(COMPONENTS_REF.length)] ?? schema) : schema;
  }

  return { schemas, convert, resolve };
}

// The wrapper sends Dates through JSON.stringify, which writes ISO 8601 UTC strings.
function datesAsStrings({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }) {
  if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
}

function rewriteRefs<T>(node: T, nameOf: (id: string) => string): T {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, nameOf)) as T;
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith(DEFS_REF)
        ? [key, COMPONENTS_REF + nameOf(value.slice(DEFS_REF.length))]
        : [key, rewriteRefs(value, nameOf)],
    ),
  ) as T;
}
