import { env } from "@/lib/env";

// A small leveled logger. Callers must not pass secrets; request ids go in the message.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

function enabled(level: Level): boolean {
  return LEVELS[level] >= LEVELS[env().LOG_LEVEL];
}

function log(level: Level, message: string, extra?: unknown): void {
  if (!enabled(level)) return;
  const line = `[${level}] ${message}`;
  const out = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
  if (extra === undefined) out(line);
  else out(line, extra);
}

export const logger = {
  debug: (m: string, extra?: unknown) => log("debug", m, extra),
  info: (m: string, extra?: unknown) => log("info", m, extra),
  warn: (m: string, extra?: unknown) => log("warn", m, extra),
  error: (m: string, extra?: unknown) => log("error", m, extra),
};
