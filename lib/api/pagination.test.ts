import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { IdCursor, PaginationQuery, decodeCursor, encodeCursor, paginate } from "./pagination";

const CreatedCursor = z.strictObject({ id: z.uuid(), createdAt: z.iso.datetime() });
const ID = "0198f3b2-6c1e-7a4b-9c3d-2e1f0a9b8c7d";

function expectInvalidCursor(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_cursor");
    expect((error as AppError).status).toBe(400);
    return;
  }
  throw new Error("expected invalid_cursor");
}

describe("cursors", () => {
  it("round-trips an opaque base64url payload", () => {
    const payload = { id: ID, createdAt: "2026-01-02T03:04:05.678Z" };
    const cursor = encodeCursor(payload);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, CreatedCursor)).toEqual(payload);
  });

  it("rejects tampered, malformed and wrongly shaped cursors with invalid_cursor", () => {
    const cursor = encodeCursor({ id: ID, createdAt: "2026-01-02T03:04:05.678Z" });
    expectInvalidCursor(() => decodeCursor(cursor.slice(0, -3) + "xyz", CreatedCursor));
    expectInvalidCursor(() => decodeCursor("not a cursor!", CreatedCursor));
    expectInvalidCursor(() => decodeCursor(Buffer.from("{nope").toString("base64url"), CreatedCursor));
    expectInvalidCursor(() => decodeCursor(encodeCursor({ id: "1; drop table" }), CreatedCursor));
    expectInvalidCursor(() => decodeCursor(encodeCursor({ id: ID, extra: 1 }), IdCursor));
    expectInvalidCursor(() => decodeCursor(encodeCursor({ id: "not-a-uuid" }), IdCursor));
  });
});

describe("paginate", () => {
  const [a, b, c] = ["0198f3b2-0000-7000-8000-00000000000a", "0198f3b2-0000-7000-8000-00000000000b", "0198f3b2-0000-7000-8000-00000000000c"];
  const rows = [{ id: a }, { id: b }, { id: c }];

  it("returns limit rows and a cursor for the last one when the extra row exists", () => {
    const page = paginate(rows, 2, (row) => ({ id: row.id }));
    expect(page.data).toEqual([{ id: a }, { id: b }]);
    expect(decodeCursor(page.nextCursor!, IdCursor)).toEqual({ id: b });
  });

  it("returns a null cursor on the last page", () => {
    expect(paginate(rows, 3, (row) => ({ id: row.id }))).toEqual({ data: rows, nextCursor: null });
  });
});

describe("PaginationQuery", () => {
  it("coerces limit from the query string and defaults it to 50", () => {
    expect(PaginationQuery.parse({ limit: "20" })).toEqual({ limit: 20 });
    expect(PaginationQuery.parse({})).toEqual({ limit: 50 });
  });

  it("rejects limits outside 1-200", () => {
    for (const limit of ["0", "201", "1.5", "abc"]) expect(PaginationQuery.safeParse({ limit }).success).toBe(false);
  });
});
