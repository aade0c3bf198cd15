import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { PROBLEM_CONTENT_TYPE, problemResponse } from "./problem";

afterEach(() => vi.restoreAllMocks());

async function problemOf(error: unknown) {
  const response = problemResponse(error, "req-1");
  return { response, body: await response.json() };
}

describe("problemResponse", () => {
  it("maps an AppError to its status, code and headers", async () => {
    const { response, body } = await problemOf(
      new AppError("rate_limited", "Slow down", { headers: { "Retry-After": "7" } }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(response.headers.get("retry-after")).toBe("7");
    expect(body).toEqual({
      type: "https://complianceiq.dev/problems/rate_limited",
      title: "Too many requests",
      status: 429,
      detail: "Slow down",
      code: "rate_limited",
      requestId: "req-1",
    });
  });

  it("keeps an AppError's field errors", async () => {
    const errors = [{ path: "body.name", message: "Taken" }];
    const { body } = await problemOf(new AppError("conflict", "Name taken", { errors }));
    expect(body).toMatchObject({ status: 409, code: "conflict", errors });
  });

  it("maps a ZodError to 400 validation_failed with dotted paths, naming unknown keys", async () => {
    const schema = z.strictObject({ steps: z.array(z.object({ name: z.string() })) });
    const error = schema.safeParse({ steps: [{ name: 1 }], extra: true }).error;
    const { response, body } = await problemOf(error);
    expect(response.status).toBe(400);
    expect(body.code).toBe("validation_failed");
    expect(body.errors).toEqual([
      { path: "steps.0.name", message: expect.stringMatching(/expected string/) },
      { path: "extra", message: "Unknown field" },
    ]);
    expect(body.detail).toMatch(/^steps\.0\.name: .* \(and 1 more\)$/);
  });

  it("maps Prisma's not-found to 404 and unique violations to 409 without loading Prisma", async () => {
    const prismaError = (code: string) => Object.assign(new Error("prisma internals"), { name: "PrismaClientKnownRequestError", code });
    expect((await problemOf(prismaError("P2025"))).body).toMatchObject({ status: 404, code: "not_found" });
    expect((await problemOf(prismaError("P2002"))).body).toMatchObject({ status: 409, code: "conflict" });
  });

  it("turns anything else into a 500 that leaks nothing and is logged with the request id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("connect ECONNREFUSED postgres://admin:hunter2@db");
    const { response, body } = await problemOf(secret);
    expect(response.status).toBe(500);
    expect(body).toMatchObject({ code: "internal_error", requestId: "req-1" });
    expect(JSON.stringify(body)).not.toMatch(/hunter2|ECONNREFUSED|at /);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("req-1"), secret);
  });

  it("treats an unknown Prisma error code as a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = { name: "PrismaClientKnownRequestError", code: "P1001" };
    expect((await problemOf(error)).response.status).toBe(500);
  });
});
