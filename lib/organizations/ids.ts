import { notFound } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids reach use cases from forms and actions as well as validated routes. Something that is not a
 * UUID cannot name any row, and must not reach a uuid column as a database type error (a 500).
 */
export function assertId(value: string, what: string): void {
  if (!UUID.test(value)) throw notFound(what);
}
