import { describe, expect, it } from "vitest";
import { isUniqueViolation, prismaErrorCode } from "./prisma-errors";

const known = (code: string) => Object.assign(new Error("x"), { name: "PrismaClientKnownRequestError", code });
const adapter = (cause: Record<string, unknown>) => Object.assign(new Error("x"), { name: "DriverAdapterError", cause });

describe("prisma errors", () => {
  it("reads Prisma's code, and PostgreSQL's 23505 from a driver adapter as P2002", () => {
    expect(prismaErrorCode(known("P2025"))).toBe("P2025");
    expect(prismaErrorCode(adapter({ code: "23505" }))).toBe("P2002");
    expect(prismaErrorCode(adapter({ originalCode: "23505" }))).toBe("P2002");
    expect(prismaErrorCode(adapter({ code: "23503" }))).toBeUndefined();
    expect(prismaErrorCode(Object.assign(new Error("x"), { code: "P2002" }))).toBeUndefined();
    expect(prismaErrorCode(null)).toBeUndefined();
  });

  it("calls both forms of a unique violation one", () => {
    expect(isUniqueViolation(known("P2002"))).toBe(true);
    expect(isUniqueViolation(adapter({ code: "23505" }))).toBe(true);
    expect(isUniqueViolation(known("P2025"))).toBe(false);
  });
});
