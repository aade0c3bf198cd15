import { z } from "zod";

/**
 * Parsers for raw Table API values (sysparm_display_value=false). Every value arrives as a
 * string and an empty value is "" (undefined and null are read the same way).
 */
const SYS_ID = /^[0-9a-f]{32}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isEmpty(value: unknown): value is undefined | null | "" {
  return value === undefined || value === null || value === "";
}

// A reference is a bare sys_id with sysparm_exclude_reference_link=true and `{link, value}`
// without it; with sysparm_display_value=all every field is `{display_value, value}`. The stored
// value is what we keep.
function unwrap(value: unknown): unknown {
  return typeof value === "object" && value !== null && "value" in value ? value.value : value;
}

/** Builds an optional parser (empty → null) and its required twin from one conversion. */
function parser<T>(expected: string, convert: (value: unknown) => T | undefined) {
  const check = (given: unknown, ctx: z.core.$RefinementCtx, required: boolean): T | null => {
    const value = unwrap(given);
    if (isEmpty(value)) {
      if (!required) return null;
      ctx.addIssue({ code: "custom", message: "is required but empty" });
      return z.NEVER;
    }
    const converted = convert(value);
    if (converted === undefined) {
      ctx.addIssue({ code: "custom", message: `expected ${expected}, got ${shown(value)}` });
      return z.NEVER;
    }
    return converted;
  };
  return {
    optional: z.unknown().transform((value, ctx) => check(value, ctx, false)),
    // `check` never returns null when required: it records an issue instead.
    required: z.unknown().transform((value, ctx) => check(value, ctx, true) as T),
  };
}

const textParser = parser("a string", (value) => (typeof value === "string" ? value : undefined));

// sys_ids and references, given as a bare sys_id or unwrapped from {link, value}.
const sysIdParser = parser("a 32-character sys_id", (value) =>
  typeof value === "string" && SYS_ID.test(value) ? value.toLowerCase() : undefined,
);

// glide_date_time is "yyyy-MM-dd HH:mm:ss" in UTC; glide_date is "yyyy-MM-dd" (read as UTC
// midnight). Either is accepted so a column's exact type need not be known in advance.
const dateTimeParser = parser('a UTC date-time "yyyy-MM-dd HH:mm:ss"', (value) => {
  if (typeof value !== "string" || !DATE_TIME.test(value)) return undefined;
  const date = new Date(`${value.length === 10 ? `${value}T00:00:00` : value.replace(" ", "T")}Z`);
  // Date rolls "2024-02-30" over into March; only a value that formats back unchanged is real.
  const roundTrip = Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, value.length).replace("T", " ");
  return roundTrip === value ? date : undefined;
});

const booleanParser = parser('"true" or "false"', (value) => {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return undefined;
});

const numberParser = parser("a number", (value) => {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return typeof value === "string" && DECIMAL.test(value) ? Number(value) : undefined;
});

export const sn = {
  text: textParser.optional,
  /** Choice fields keep their stored value ("attest", "3"): labels are per-instance and localized. */
  choice: textParser.optional,
  sysId: sysIdParser.required,
  reference: sysIdParser.optional,
  requiredReference: sysIdParser.required,
  dateTime: dateTimeParser.optional,
  requiredDateTime: dateTimeParser.required,
  boolean: booleanParser.optional,
  number: numberParser.optional,
};
