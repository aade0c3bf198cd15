/**
 * TEST_DATABASE_URL, refused unless it points at this machine: the integration suite creates and
 * drops databases on that server (the same safety Dub's test setup has).
 */
export function testDatabaseUrl(): URL | undefined {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(url.hostname) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "1") {
    throw new Error(`TEST_DATABASE_URL must point at a local server (got ${url.hostname}); set ALLOW_REMOTE_TEST_DATABASE=1 to override`);
  }
  return url;
}

export function withDatabase(url: URL, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}
