import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";

/**
 * Valid sample values generated from zod schemas, for suites that are driven by the operation
 * registry (cross-tenant, bad input): a route's body must be valid before a test can show that
 * only one wrong field, or a foreign id, is what the route rejects. Unknown schema kinds throw, so
 * a new kind of input cannot silently escape those suites.
 */

export class SampleError extends Error {}

/** Lets a suite choose the value of a field by name (e.g. ids of another tenant's resources). */
export type SampleOverride = (key: string, schema: z.ZodType) => unknown;

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Constraints {
  format?: string;
  minimum?: number;
  maximum?: number;
  /** The schema's documented examples (`.meta({ examples })`), which also show in the OpenAPI document. */
  examples: unknown[];
}

const FORMATS: Record<string, string> = { "date-time": "datetime", uri: "url" };

/** Length, item-count, range and format bounds, read through zod's public JSON Schema conversion. */
function constraintsOf(schema: z.ZodType): Constraints {
  let json: Record<string, unknown>;
  try {
    json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  } catch {
    return { examples: [] };
  }
  const num = (...keys: string[]) => keys.map((k) => json[k]).find((v): v is number => typeof v === "number");
  const format = typeof json.format === "string" ? (FORMATS[json.format] ?? json.format) : undefined;
  const examples = Array.isArray(json.examples) ? json.examples : [];
  return { format, minimum: num("minLength", "minItems", "minimum"), maximum: num("maxLength", "maxItems", "maximum"), examples };
}

const suffix = () => randomBytes(4).toString("hex");

function stringCandidates(key: string, schema: z.ZodType): string[] {
  const { format, minimum: min = 0 } = constraintsOf(schema);
  const name = key.toLowerCase();
  const byFormat: Record<string, string> = {
    email: `sample-${suffix()}@example.test`,
    uuid: randomUUID(),
    guid: randomUUID(),
    url: "https://example.test/sample",
    // Future, so "expires at" fields accept it.
    datetime: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    time: "12:00:00",
    ipv4: "192.0.2.10",
    ipv6: "2001:db8::10",
    cuid: "cjld2cjxh0000qzrmn831i7rn",
    e164: "+14155550100",
    base64: "c2FtcGxl",
    base64url: "c2FtcGxl",
    jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
    hex: "a1b2c3d4",
  };
  const candidates: string[] = constraintsOf(schema).examples.filter((e): e is string => typeof e === "string");
  if (format && byFormat[format]) candidates.push(byFormat[format]);
  // Instance URLs are checked against ServiceNow's host pattern.
  if (/url|uri|host/.test(name) || format === "url") candidates.push("https://example.test/sample", "https://acme.service-now.com", "http://localhost:8080");
  if (/email/.test(name)) candidates.push(`sample-${suffix()}@example.test`);
  if (/password/.test(name)) candidates.push(`Sample-Passphrase-${suffix()}-Long!`);
  if (/time_?zone/.test(name)) candidates.push("Europe/Berlin", "UTC");
  if (/slug/.test(name)) candidates.push(`sample-${suffix()}`);
  if (/code|otp|totp/.test(name)) candidates.push("123456");
  if (/token/.test(name)) candidates.push(randomBytes(32).toString("base64url"));
  if (/(^|_)id$|Id$/.test(key)) candidates.push(randomUUID());
  if (/permission/.test(name)) candidates.push("audit:read");
  candidates.push(`Sample ${suffix()}`, `sample-${suffix()}`, "sample", "abcdef", "123456", "a", "x".repeat(Math.max(1, min)));
  return candidates;
}

/** Whole numbers first (ints need them), then the bounds themselves for fractional ranges like 0.001-0.5. */
function numberCandidates(schema: z.ZodType): number[] {
  const { minimum: min, maximum: max } = constraintsOf(schema);
  const candidates: number[] = [];
  if (min !== undefined && Number.isFinite(min)) candidates.push(Math.ceil(min), min);
  if (max !== undefined && Number.isFinite(max)) candidates.push(Math.min(1, Math.floor(max)), max);
  if (min !== undefined && max !== undefined && Number.isFinite(min + max)) candidates.push((min + max) / 2);
  return [...candidates, 1, 0, 10, 100];
}

function firstValid(schema: z.ZodType, candidates: unknown[], where: string): unknown {
  for (const candidate of candidates) if (schema.safeParse(candidate).success) return candidate;
  throw new SampleError(`No sample value satisfies ${where} (${defOf(schema).type}); teach lib/testing/zod-sample.ts this field`);
}

/** A value the schema accepts. `where` names the field in errors; `override` may choose values by key. */
export function sampleOf(schema: z.ZodType, where = "value", override?: SampleOverride, key = ""): unknown {
  const chosen = override?.(key, schema);
  if (chosen !== undefined && schema.safeParse(chosen).success) return chosen;
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return firstValid(schema, stringCandidates(key, schema), where);
    case "number":
    case "int":
      return firstValid(schema, numberCandidates(schema), where);
    case "bigint":
      throw new SampleError(`${where}: a bigint cannot arrive in JSON`);
    case "boolean":
      return true;
    case "null":
      return null;
    case "enum":
      return Object.values(def.entries as Record<string, string | number>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return sampleOf(def.innerType as z.ZodType, where, override, key);
    case "pipe": {
      const input = def.in as z.ZodType;
      const value = sampleOf(input, where, override, key);
      if (!schema.safeParse(value).success) return firstValid(schema, [value, ...stringCandidates(key, input)], where);
      return value;
    }
    case "lazy":
      return sampleOf((def.getter as () => z.ZodType)(), where, override, key);
    case "union": {
      const errors: string[] = [];
      for (const option of def.options as z.ZodType[]) {
        try {
          const value = sampleOf(option, where, override, key);
          if (schema.safeParse(value).success) return value;
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
      throw new SampleError(`No option of the union at ${where} could be sampled: ${errors.join("; ")}`);
    }
    case "array": {
      const min = constraintsOf(schema).minimum ?? 0;
      const element = def.element as z.ZodType;
      const items = Array.from({ length: Math.max(1, min) }, (_, i) => sampleOf(element, `${where}[${i}]`, override, key));
      // Enum lists often forbid duplicates: use distinct options when there are enough.
      const elementDef = defOf(element);
      if (elementDef.type === "enum") {
        const options = Object.values(elementDef.entries as Record<string, unknown>);
        return options.slice(0, Math.max(1, min));
      }
      return items;
    }
    case "tuple":
      return (def.items as z.ZodType[]).map((item, i) => sampleOf(item, `${where}[${i}]`, override, key));
    case "record":
      return {};
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([k, field]) => [k, sampleOf(field, `${where}.${k}`, override, k)]));
    }
    case "intersection":
      return {
        ...(sampleOf(def.left as z.ZodType, where, override, key) as object),
        ...(sampleOf(def.right as z.ZodType, where, override, key) as object),
      };
    case "any":
    case "unknown":
      return "sample";
    default:
      throw new SampleError(`${where}: the sample generator does not know zod's "${def.type}" schemas; teach lib/testing/zod-sample.ts`);
  }
}

/** The object schema inside optional/default/pipe wrappers (a body like `z.strictObject({}).optional()`), or null. */
export function objectShapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(schema);
  if (def.type === "object") return def.shape as Record<string, z.ZodType>;
  if (["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"].includes(def.type)) {
    return objectShapeOf(def.innerType as z.ZodType);
  }
  if (def.type === "pipe") return objectShapeOf(def.in as z.ZodType);
  return null;
}

/**
 * A valid body, with every optional field filled in when that still parses (more fields, more
 * coverage), else with the required ones only. Throws when neither parses.
 */
export function validBody(schema: z.ZodType, where: string, override?: SampleOverride): unknown {
  const full = sampleOf(schema, where, override);
  if (schema.safeParse(full).success) return full;
  const shape = objectShapeOf(schema);
  if (shape && full && typeof full === "object") {
    const requiredOnly = Object.fromEntries(
      Object.entries(full as Record<string, unknown>).filter(([k]) => !shape[k]!.safeParse(undefined).success),
    );
    if (schema.safeParse(requiredOnly).success) return requiredOnly;
  }
  const issues = schema.safeParse(full).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new SampleError(`Cannot build a valid body for ${where}: ${issues}`);
}

/** The JSON kinds a field can be given instead of its own; the first its schema rejects is used. */
const WRONG_TYPES: unknown[] = [12345, "not-the-right-type", true, ["a"], { nested: true }, null];

export function wrongTypeFor(schema: z.ZodType, sample: unknown): unknown {
  const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
  return WRONG_TYPES.find((value) => kind(value) !== kind(sample) && !schema.safeParse(value).success);
}

export interface StringLeaf {
  /** Path inside the body, e.g. ["steps", 0, "name"]. */
  path: (string | number)[];
  /** The largest length the schema declares, if any. */
  max?: number;
}

/** Every string in a sample (top level, nested objects, first array element), with its declared max. */
export function stringLeaves(schema: z.ZodType, sample: unknown, path: (string | number)[] = []): StringLeaf[] {
  const def = defOf(schema);
  if (["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"].includes(def.type)) {
    return stringLeaves(def.innerType as z.ZodType, sample, path);
  }
  if (def.type === "pipe") return stringLeaves(def.in as z.ZodType, sample, path);
  if (def.type === "lazy") return stringLeaves((def.getter as () => z.ZodType)(), sample, path);
  if (typeof sample === "string" && (def.type === "string" || def.type === "union" || def.type === "enum")) {
    return [{ path, max: def.type === "string" ? constraintsOf(schema).maximum : undefined }];
  }
  if (def.type === "object" && sample && typeof sample === "object") {
    const shape = def.shape as Record<string, z.ZodType>;
    return Object.entries(sample as Record<string, unknown>).flatMap(([k, v]) => (shape[k] ? stringLeaves(shape[k]!, v, [...path, k]) : []));
  }
  if (def.type === "array" && Array.isArray(sample) && sample.length > 0) {
    return stringLeaves(def.element as z.ZodType, sample[0], [...path, 0]);
  }
  return [];
}

/** A deep copy of `value` with the value at `path` replaced (or removed, with `remove`). */
export function withValueAt(value: unknown, path: (string | number)[], replacement: unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete at[last];
  else at[last] = replacement;
  return copy;
}

export const isZodObject = (schema: unknown): schema is z.ZodObject => schema instanceof z.ZodObject;
