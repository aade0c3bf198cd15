import { z } from "zod";
import { AppError } from "@/lib/errors";

export const MAX_PAGE_SIZE = 200;

/** The `limit` and `cursor` every list route accepts; extend it with the route's own filters. */
export const PaginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).describe("Page size (1-200)"),
  cursor: z.string().max(1024).optional().describe("The `nextCursor` of the previous page"),
});

/** The shape of one page of a list response. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to fetch the next page; null on the last page"),
  });
}

/** The least a cursor carries: the id of the last row of the previous page. */
// Ids are database UUIDs: a forged cursor with anything else is a 400, not a type error in the query.
export const IdCursor = z.strictObject({ id: z.uuid() });

export type CursorPayload = { id: string } & Record<string, unknown>;

export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Decodes a cursor and validates it with the list's own schema. Node's base64 decoder skips
 * characters it does not know, so the alphabet is checked first: a tampered cursor must be a 400,
 * never a silently different page.
 */
export function decodeCursor<S extends z.ZodType<CursorPayload>>(cursor: string, schema: S): z.output<S> {
  if (BASE64URL.test(cursor)) {
    try {
      const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: reported below like any other invalid cursor.
    }
  }
  throw new AppError("invalid_cursor", "The cursor is invalid; start again without one");
}

/** For queries that fetch `limit + 1` rows: the extra row only proves that another page exists. */
export function paginate<Row>(
  rows: readonly Row[],
  limit: number,
  toCursor: (row: Row) => CursorPayload,
): { data: Row[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(toCursor(last)) : null };
}
