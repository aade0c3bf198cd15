import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertAcceptablePassword, passwordProblem } from "./check-password";

describe("passwordProblem", () => {
  it("accepts a long passphrase and unusual passwords", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("Tk7#vq9!Lz2@mW")).toBeNull();
    expect(passwordProblem("sept gâteaux bleus sous la pluie")).toBeNull();
  });

  it("enforces 12 to 128 characters", () => {
    expect(passwordProblem("Sh0rt!pass")).toMatch(/at least 12/);
    expect(passwordProblem("x".repeat(64) + "Yz1!".repeat(20))).toMatch(/at most 128/);
  });

  it("rejects common passwords, also padded with digits and symbols or spelled in l33t", () => {
    for (const weak of ["password1234", "Password123456!", "qwertyuiop123", "iloveyou2024!!", "P@ssw0rd12345", "Summer2025!!!!"]) {
      expect(passwordProblem(weak), weak).not.toBeNull();
    }
    expect(passwordProblem("Password123456!")).toMatch(/too common/);
  });

  it("rejects repeats and keyboard runs", () => {
    expect(passwordProblem("aaaaaaaaaaaaaa")).toMatch(/repeated/);
    expect(passwordProblem("abababababab")).toMatch(/repeated/);
    expect(passwordProblem("123456789012")).toMatch(/sequences/);
    expect(passwordProblem("1234567890ab")).toMatch(/sequences/);
    expect(passwordProblem("qwertyuiop!!")).toMatch(/sequences/);
    expect(passwordProblem("zyxwvutsrqponm")).toMatch(/sequences/);
  });

  it("rejects a password containing the email's local part", () => {
    expect(passwordProblem("ada.lovelace-analytical", { email: "ada.lovelace@example.com" })).toMatch(/email/);
    expect(passwordProblem("my adalovelace engine", { email: "Ada.Lovelace+ciq@example.com" })).toMatch(/email/);
    expect(passwordProblem("analytical engine notes", { email: "ada@example.com" })).toBeNull();
  });

  it("throws a validation error naming the field", () => {
    expect(() => assertAcceptablePassword("password", {}, "newPassword")).toThrow(AppError);
    try {
      assertAcceptablePassword("password", {}, "newPassword");
    } catch (error) {
      expect((error as AppError).errors).toEqual([{ path: "newPassword", message: "Use at least 12 characters" }]);
    }
  });
});
