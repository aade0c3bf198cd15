import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .url({ protocol: new RegExp(`^(${protocols.join("|")})$`) })
        .optional(),
    );

const secret = (name: string) =>
  z
    .string()
    .min(32, `${name} must be at least 32 characters (generate one with: openssl rand -base64 32)`);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: optionalUrl(["postgres", "postgresql"]),
  PGLITE_DIR: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: secret("AUTH_SECRET"),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "ENCRYPTION_KEY must be 32 random bytes, base64-encoded (openssl rand -base64 32)"),
  // Earlier encryption keys, comma-separated, still accepted for decryption until re-encrypted.
  ENCRYPTION_KEYS_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/, "ENCRYPTION_KEYS_PREVIOUS must be base64 32-byte keys, comma-separated")
    .optional(),
  APP_URL: optionalUrl(["http", "https"]),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("ComplianceIQ <no-reply@complianceiq.local>"),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ISSUER: optionalUrl(["https", "http"]),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.enum(["0", "1"]).optional(),
  INNGEST_BASE_URL: optionalUrl(["http", "https"]),
  REDIS_URL: optionalUrl(["redis", "rediss"]),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ORG_PER_MINUTE: z.coerce.number().int().min(1).default(3000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // ServiceNow hosts accepted besides *.service-now.com (comma-separated host names, https only).
  SERVICENOW_ALLOWED_HOSTS: z
    .string()
    .regex(/^\s*[A-Za-z0-9.-]+(\s*,\s*[A-Za-z0-9.-]+)*\s*$/, "SERVICENOW_ALLOWED_HOSTS must be host names, comma-separated")
    .optional(),
  // 1 = a production build may also connect to http://localhost / 127.0.0.1 (the local simulator).
  // For end-to-end tests and single-user evaluation only, never on a shared deployment.
  SERVICENOW_ALLOW_LOCAL: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

const GENERATED = ["AUTH_SECRET", "ENCRYPTION_KEY"] as const;

/**
 * Outside production a missing secret is generated once into .data/secrets.json and reused, so a
 * fresh clone runs with no env file. Production never gets a default: it must be configured.
 */
function developmentSecrets(raw: NodeJS.ProcessEnv): Record<string, string> {
  if (GENERATED.every((k) => raw[k])) return {};
  const file = path.join(process.cwd(), ".data", "secrets.json");
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const key of GENERATED) {
    if (!stored[key]) {
      stored[key] = randomBytes(32).toString("base64");
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored;
}

export function parseEnv(raw: NodeJS.ProcessEnv): Env {
  const isProduction = raw.NODE_ENV === "production";
  const withSecrets = isProduction ? stripEmpty(raw) : { ...developmentSecrets(raw), ...stripEmpty(raw) };
  const parsed = EnvSchema.safeParse(withSecrets);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const missing = withSecrets[name] === undefined || withSecrets[name] === "";
      return `  ${name}: ${missing ? "is required" + (isProduction ? " in production" : "") : issue.message}`;
    });
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  // Links in emails (password resets, invitations) are built from it: in production a request's
  // Host header must never decide where a reset link points.
  if (isProduction && !parsed.data.APP_URL && !withSecrets.NEXTAUTH_URL) {
    throw new EnvError("Invalid environment configuration:\n  APP_URL: is required in production\nSee .env.example for every variable.");
  }
  return parsed.data;
}

function stripEmpty(raw: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "")) as NodeJS.ProcessEnv;
}

let cached: Env | undefined;

/** The validated environment, parsed once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
