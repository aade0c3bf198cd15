import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
process.env.MAIL_CATCHER_PORT ??= "3199";
// A local ServiceNow for the instance and sync specs (e2e/fixtures/simulator.ts reads the port).
process.env.E2E_SIMULATOR_PORT ??= "8799";
// A second, medium-sized one (about 60,000 records) for the analysis spec, whose jobs then run
// long enough for their progress to be watched.
process.env.E2E_ANALYSIS_SIMULATOR_PORT ??= "8798";
const MAIL_CATCHER = `http://127.0.0.1:${process.env.MAIL_CATCHER_PORT}`;
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
  timeout: 90_000,
  // Sign-in and registration hash passwords with argon2: allow for a busy CI machine.
  expect: { timeout: 15_000 },
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
  webServer: [
    {
      command: `npx tsx lib/servicenow/simulator/cli.ts --port ${process.env.E2E_SIMULATOR_PORT} --size small --seed 7 --quiet`,
      url: `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT}/__sim/stats`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx lib/servicenow/simulator/cli.ts --port ${process.env.E2E_ANALYSIS_SIMULATOR_PORT} --size medium --seed 8 --quiet`,
      url: `http://127.0.0.1:${process.env.E2E_ANALYSIS_SIMULATOR_PORT}/__sim/stats`,
      reuseExistingServer: false,
    },
    {
      command: "npx tsx e2e/fixtures/mail-catcher-server.ts",
      url: `${MAIL_CATCHER}/health`,
      reuseExistingServer: false,
      env: { MAIL_CATCHER_PORT: process.env.MAIL_CATCHER_PORT as string },
    },
    {
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
        // Email goes through the real Resend SDK to the mail catcher above.
        RESEND_API_KEY: "re_e2e_mail_catcher",
        RESEND_BASE_URL: MAIL_CATCHER,
        SERVICENOW_ALLOW_LOCAL: "1",
      },
    },
  ],
});
