import type { ReactNode } from "react";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy/limits";
import { FormField } from "./form-field";

/** A field for choosing a password: the browser offers to generate one, the limits match the server's policy. */
export function NewPasswordField({
  id,
  name = id,
  label = "New password",
  error,
  hint = `At least ${PASSWORD_MIN_LENGTH} characters; common passwords and your email address are refused.`,
}: {
  id: string;
  name?: string;
  label?: string;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <FormField
      id={id}
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      maxLength={PASSWORD_MAX_LENGTH}
      error={error}
      hint={hint}
    />
  );
}
