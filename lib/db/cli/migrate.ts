// npm run db:migrate: applies pending migrations to DATABASE_URL's PostgreSQL, or to the embedded
// database when it is unset, recording them in _prisma_migrations as `prisma migrate deploy` does.
import { applyPendingMigrations } from "../apply-pending";

try {
  const applied = await applyPendingMigrations();
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
