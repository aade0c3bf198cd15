import { EnvError, env } from "@/lib/env";

/** Validates the environment before anything starts; prints the problem and exits 1 if bad. */
export function checkEnvOrExit(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
