import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { actionFailure, FIRST_ISSUE_AS_MESSAGE, runAction } from "./action-result";

const invalid = () => z.object({ name: z.string().min(3), slug: z.string() }).parse({ name: "a" });

describe("server action results", () => {
  it("answers the data, or an AppError's code, message and field errors", async () => {
    expect(await runAction(async () => 42)).toEqual({ ok: true, data: 42 });
    const refused = new AppError("conflict", "Taken", { errors: [{ path: "slug", message: "This slug is taken" }] });
    expect(actionFailure(refused)).toEqual({ ok: false, code: "conflict", message: "Taken", fieldErrors: { slug: "This slug is taken" } });
  });

  it("marks the fields of a ZodError, summed up generically or by its first issue", async () => {
    const generic = await runAction(async () => invalid());
    expect(generic).toMatchObject({ ok: false, code: "validation_failed", message: "Check the highlighted fields" });
    expect(Object.keys(generic.ok ? {} : generic.fieldErrors)).toEqual(["name", "slug"]);
    const first = await runAction(async () => invalid(), FIRST_ISSUE_AS_MESSAGE);
    if (first.ok) throw new Error("expected a refusal");
    expect(first.message).toBe(first.fieldErrors.name);
  });

  it("logs the unexpected and shows none of it", () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    expect(actionFailure(new Error("connection string postgres://secret"))).toEqual({
      ok: false,
      code: "internal_error",
      message: "Something went wrong. Try again in a moment.",
      fieldErrors: {},
    });
    expect(log).toHaveBeenCalledOnce();
  });

  it("lets Next.js redirects through", () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    expect(() => actionFailure(redirect)).toThrow("NEXT_REDIRECT");
  });
});
