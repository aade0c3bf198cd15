import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// A production build served with its own fresh embedded database and throwaway secrets. The suite
// refuses any DATABASE_URL: it writes data and must never run against a real database.
if (process.env.DATABASE_URL) throw new Error("Unset DATABASE_URL: the e2e suite runs on its own embedded database");
process.env.E2E_PGLITE_DIR ??= path.join(process.cwd(), ".data", `e2e-${process.pid}`);
const e2eDir = process.env.E2E_PGLITE_DIR;
process.env.E2E_DEMO_PASSWORD ??= randomBytes(12).toString("base64url");

export default defineConfig({
  testDir: "e2e",
  testIgnore: ["bench/**"],
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npm run build && npm run db:migrate && npm run db:seed && npm start -- -p ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      PGLITE_DIR: e2eDir,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseURL,
      DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD,
      LOG_LEVEL: "warn",
    },
  },
});
