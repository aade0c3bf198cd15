import { rmSync } from "node:fs";

/** Removes the run's throwaway embedded database once the web server has stopped. */
export default function globalTeardown(): void {
  if (process.env.E2E_PGLITE_DIR) rmSync(process.env.E2E_PGLITE_DIR, { recursive: true, force: true });
}
