import { AppError } from "@/lib/errors";

export function wrongCode(message = "The code is wrong or has expired; enter the current one"): AppError {
  return new AppError("validation_failed", message, { errors: [{ path: "code", message }] });
}
