import { AppError } from "@/lib/errors";
import { checkInstanceUrl } from "./instance-url";
import { instanceUrlPolicy } from "./url-policy";

/** The normalized origin of an instance URL under this deployment's policy, or a 400 naming `url`. */
export function resolveInstanceUrl(raw: string): string {
  const check = checkInstanceUrl(raw, instanceUrlPolicy());
  if (!check.ok) throw new AppError("validation_failed", `url: ${check.message}`, { errors: [{ path: "url", message: check.message }] });
  return check.url;
}
