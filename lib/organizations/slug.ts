import { randomBytes } from "node:crypto";

// Top-level paths of the app: an organization with one of these slugs could never be reached.
export const RESERVED_SLUGS = new Set([
  "app", "api", "login", "register", "logout", "docs", "dev", "account", "invite", "invitations", "verify-email",
  "forgot-password", "reset-password", "settings", "admin", "pricing", "static", "_next", "public", "new",
]);

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

export function isUsableSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug);
}

/** A slug from an organization name; a random suffix when the name gives nothing usable. */
export function slugFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return isUsableSlug(base) ? base : `org-${randomBytes(3).toString("hex")}`;
}

export function withRandomSuffix(slug: string): string {
  return `${slug.slice(0, 40)}-${randomBytes(3).toString("hex")}`;
}
