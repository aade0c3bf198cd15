import path from "node:path";

/** Folder of the embedded PGlite database (gitignored); PGLITE_DIR overrides it. */
export function embeddedDatabaseDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
}
