// npm run sn:sim -- [flags]: a local stand-in for a customer's ServiceNow GRC instance.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_AS_OF } from "./generator/generate-dataset";
import { SIZE_PRESETS, type GeneratorCounts, type SizePreset } from "./generator/sizes";
import { DEFAULT_OAUTH_CLIENTS, DEFAULT_PORT, DEFAULT_USERS, startSimulator } from "./server";

const HELP = `Usage: npm run sn:sim -- [options]

  --port N             listen port (default ${DEFAULT_PORT}; 0 = any free port)
  --host H             listen address (default 127.0.0.1)
  --size S             small | medium | large (default small: ~600 records; medium ~60,000; large: over 1,000,000)
  --counts k=N,...     override generator counts: ${Object.keys(SIZE_PRESETS.small).join(", ")}
  --seed N             generator seed (default 1): the same seed gives the same data
  --as-of DATETIME     the generated data's "now", "yyyy-MM-dd HH:mm:ss" UTC (default ${DEFAULT_AS_OF})
  --dataset FILE       serve the records of FILE ({"<table>": [ {record}, ... ]}) instead of generating
  --ground-truth FILE  write what the generator planted (weak controls, model, gaps) to FILE
  --user U --password P            basic-auth / OAuth user (default admin / admin)
  --client-id ID --client-secret S OAuth client (default ciq-dev / ciq-dev-secret)
  --token-ttl SECONDS  OAuth access token lifetime (default 1800)
  --quiet              no request log
`;

const { values } = parseArgs({
  options: {
    port: { type: "string" }, host: { type: "string" }, size: { type: "string" }, counts: { type: "string" },
    seed: { type: "string" }, "as-of": { type: "string" }, dataset: { type: "string" }, "ground-truth": { type: "string" },
    user: { type: "string" }, password: { type: "string" }, "client-id": { type: "string" }, "client-secret": { type: "string" },
    "token-ttl": { type: "string" }, quiet: { type: "boolean" }, help: { type: "boolean" },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got "${text}"`);
  return n;
}

function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(2);
}

function parseCounts(text: string | undefined): Partial<GeneratorCounts> {
  const counts: Partial<GeneratorCounts> = {};
  for (const pair of (text ?? "").split(",").filter(Boolean)) {
    const [key = "", value] = pair.split("=");
    if (!(key in SIZE_PRESETS.small)) fail(`--counts: unknown count "${key}"`);
    counts[key as keyof GeneratorCounts] = integer(`counts ${key}`, value ?? "");
  }
  return counts;
}

if (values.size !== undefined && !(values.size in SIZE_PRESETS)) fail(`--size must be small, medium or large`);
if (values.dataset && values["ground-truth"]) fail("--ground-truth needs generated data, not --dataset");
const username = values.user ?? DEFAULT_USERS[0]?.username ?? "admin";
const password = values.password ?? DEFAULT_USERS[0]?.password ?? "admin";
const clientId = values["client-id"] ?? DEFAULT_OAUTH_CLIENTS[0]?.clientId ?? "";
const clientSecret = values["client-secret"] ?? DEFAULT_OAUTH_CLIENTS[0]?.clientSecret ?? "";

const started = Date.now();
const sim = await startSimulator({
  port: integer("port", values.port) ?? DEFAULT_PORT,
  host: values.host,
  seed: integer("seed", values.seed),
  size: values.size as SizePreset | undefined,
  counts: parseCounts(values.counts),
  asOf: values["as-of"],
  dataset: values.dataset ? JSON.parse(readFileSync(values.dataset, "utf8")) : undefined,
  users: [{ username, password }],
  oauthClients: [{ clientId, clientSecret }],
  tokenTtlSeconds: integer("token-ttl", values["token-ttl"]),
  quiet: values.quiet,
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

const counts = sim.state.counts();
const total = Object.values(counts).reduce((a, b) => a + b, 0);
const source = values.dataset ? `imported from ${values.dataset}` : `generated (size ${values.size ?? "small"}, seed ${values.seed ?? 1})`;
console.log(`ServiceNow simulator at ${sim.url}`);
console.log(`  ${total.toLocaleString("en-US")} records in ${Object.keys(counts).length} tables, ${source}, ready in ${Date.now() - started} ms`);
console.log(`  Basic auth: ${username} / ${password}   OAuth: POST ${sim.url}/oauth_token.do (client ${clientId} / ${clientSecret})`);
console.log(`  Table API: ${sim.url}/api/now/table/sn_compliance_control?sysparm_limit=5`);
console.log(`  Simulator-only control endpoints (no auth): ${sim.url}/__sim/{reset,mutate,stats,checksum,faults,dataset}`);
if (values["ground-truth"] && sim.state.groundTruth) {
  writeFileSync(values["ground-truth"], JSON.stringify(sim.state.groundTruth, null, 2));
  console.log(`  Ground truth written to ${values["ground-truth"]} (for tests and analysis scoring; the product never reads it)`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void sim.close().then(() => process.exit(0)));
}
