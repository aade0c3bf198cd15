import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Format: v1.<keyId>.<iv>.<tag>.<ciphertext> (base64url). The key id names which key sealed the
// value, so keys can rotate: new values use ENCRYPTION_KEY, old ones still open with a previous key.
const VERSION = "v1";

interface Key {
  id: string;
  bytes: Buffer;
}

function toKey(base64: string): Key {
  const bytes = Buffer.from(base64, "base64");
  return { id: createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes };
}

export function currentKey(): Key {
  return toKey(env().ENCRYPTION_KEY);
}

function knownKeys(): Key[] {
  const previous = env().ENCRYPTION_KEYS_PREVIOUS?.split(",") ?? [];
  return [currentKey(), ...previous.map(toKey)];
}

/** AES-256-GCM with a random 96-bit IV; `context` binds the value to its owner (e.g. a user id). */
export function seal(plaintext: string, context: string): string {
  const key = currentKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, key.id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function open(sealed: string, context: string): string {
  const [version, keyId, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined) throw new Error("Not a sealed value");
  const key = knownKeys().find((k) => k.id === keyId);
  if (!key) throw new Error(`No encryption key with id ${keyId} is configured`);
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** The id of the key a value was sealed with, for re-encryption after a rotation. */
export function sealedKeyId(sealed: string): string | undefined {
  return sealed.split(".")[1];
}
