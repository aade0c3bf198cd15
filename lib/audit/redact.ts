// Safety net: callers describe changes without secrets, and anything that looks like one is masked.
const SECRET_KEY = /pass(word)?|secret|token|hash|otp|totp|credential|apikey|api_key|private/i;

export function redactChanges(changes: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!changes) return undefined;
  return Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, redactValue(key, value)]));
}

function redactValue(key: string, value: unknown): unknown {
  if (SECRET_KEY.test(key)) return "[redacted]";
  if (Array.isArray(value)) return value.map((v) => redactValue("", v));
  if (value && typeof value === "object" && !(value instanceof Date)) return redactChanges(value as Record<string, unknown>);
  return value;
}
