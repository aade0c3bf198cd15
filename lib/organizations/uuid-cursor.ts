import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";

// Keyset pages continue after a row id; a cursor whose id is not a UUID is tampered with (a 400).
const UuidCursor = z.strictObject({ id: z.uuid() });

export function afterIdOf(cursor: string | undefined): string | undefined {
  return cursor ? decodeCursor(cursor, UuidCursor).id : undefined;
}

export function pageWithCursor<T>(page: { data: T[]; nextId: string | null }): { data: T[]; nextCursor: string | null } {
  return { data: page.data, nextCursor: page.nextId ? encodeCursor({ id: page.nextId }) : null };
}
