import { randomBytes } from "node:crypto";

/**
 * A UUIDv7 (RFC 9562), like the database's default ids. Instances need theirs before the insert:
 * the id is the encryption context their credentials are sealed with.
 */
export function newInstanceId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
