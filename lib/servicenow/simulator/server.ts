// The local ServiceNow simulator: a node:http server speaking the Table API, OAuth token endpoint
// and /__sim/ control endpoints over a generated or imported dataset.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { OAuthClient, SimUser } from "./auth";
import { fromGenerated, loadDataset, type DatasetJson } from "./dataset";
import { generateDataset } from "./generator/generate-dataset";
import type { GeneratorCounts, SizePreset } from "./generator/sizes";
import { handleRequest } from "./handle-request";
import { SN_ERRORS, sendSnError } from "./http-util";
import { SimulatorState } from "./state";

export const DEFAULT_PORT = 8710;
export const DEFAULT_USERS: readonly SimUser[] = [{ username: "admin", password: "admin" }];
export const DEFAULT_OAUTH_CLIENTS: readonly OAuthClient[] = [{ clientId: "ciq-dev", clientSecret: "ciq-dev-secret" }];

export interface SimulatorOptions {
  /** 0 picks a free port. Default 8710. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Generator seed (default 1); also seeds /__sim/mutate calls without a seed. */
  seed?: number;
  /** Generator size preset (default "small"). */
  size?: SizePreset;
  /** Generator counts overriding the preset. */
  counts?: Partial<GeneratorCounts>;
  /** The generated data's "now", "yyyy-MM-dd HH:mm:ss" UTC (default DEFAULT_AS_OF, 2026-10-01 00:00:00). */
  asOf?: string;
  /** Serve this dataset instead of generating one. */
  dataset?: DatasetJson;
  /** Basic-auth / OAuth password-grant users (default admin/admin). */
  users?: readonly SimUser[];
  /** Default client ciq-dev / ciq-dev-secret. */
  oauthClients?: readonly OAuthClient[];
  /** Access token lifetime (default 1800 s). */
  tokenTtlSeconds?: number;
  /** Refresh token lifetime (default 100 days). */
  refreshTokenTtlSeconds?: number;
  /**
   * The simulator's clock in epoch ms. By default the wall clock, shifted forward only if the
   * generated data's as-of date lies in the future, so changes are always newer than the data.
   */
  clock?: () => number;
  /** No request log on stdout. */
  quiet?: boolean;
}

export interface RunningSimulator {
  /** Instance URL, e.g. http://127.0.0.1:8710 (use it where a customer's https://x.service-now.com goes). */
  url: string;
  port: number;
  close(): Promise<void>;
  state: SimulatorState;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const seed = options.seed ?? 1;
  const generated = options.dataset ? undefined : generateDataset({ seed, size: options.size, counts: options.counts, asOf: options.asOf });
  const clock = options.clock ?? shiftedWallClock(generated?.asOf);
  const state = new SimulatorState(
    {
      users: options.users ?? DEFAULT_USERS,
      oauthClients: options.oauthClients ?? DEFAULT_OAUTH_CLIENTS,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 1800,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 8_640_000,
      clock,
      seed,
    },
    generated ? fromGenerated(generated.tables) : loadDataset(options.dataset, clock()),
    generated?.groundTruth,
  );
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    const started = Date.now();
    if (!options.quiet) res.on("close", () => console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`));
    handleRequest(state, req, res, host).catch((error: unknown) => {
      console.error("ServiceNow simulator: request failed", error);
      if (!res.headersSent) sendSnError(res, { ...SN_ERRORS.serverError(500), detail: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function shiftedWallClock(asOf: number | undefined): () => number {
  const offset = asOf === undefined ? 0 : Math.max(0, asOf + 1000 - Date.now());
  return () => Date.now() + offset;
}
