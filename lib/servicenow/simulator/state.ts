// Everything a running simulator holds: the data, credentials and tokens, faults and counters.
// The HTTP control endpoints (/__sim/…) and programmatic callers use the same methods.
import { AuthService, type OAuthClient, type SimUser } from "./auth";
import { tableChecksum, type TableChecksum } from "./checksum";
import type { LoadedDataset } from "./dataset";
import { Faults } from "./faults";
import type { GroundTruth } from "./generator/ground-truth";
import { mutate, type MutateRequest, type MutationResult } from "./mutate";
import { QueryRunner } from "./query-runner";
import { Stats } from "./stats";
import { Store } from "./store";
import { TABLES } from "./table-schema";

export interface StateConfig {
  users: readonly SimUser[];
  oauthClients: readonly OAuthClient[];
  tokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** The simulator's "now" in epoch ms: sys_updated_on of writes, token expiry, date macros. */
  clock: () => number;
  /** Seeds mutations that do not bring their own seed. */
  seed: number;
}

export class SimulatorState {
  readonly stats = new Stats();
  readonly auth: AuthService;
  readonly faults: Faults;
  readonly clock: () => number;
  store: Store;
  queries: QueryRunner;
  /** What the generator planted; undefined for an imported dataset. Never served over HTTP. */
  groundTruth: GroundTruth | undefined;
  private mutations = 0;

  constructor(
    private readonly config: StateConfig,
    dataset: LoadedDataset,
    groundTruth?: GroundTruth,
  ) {
    this.clock = config.clock;
    this.auth = new AuthService(config);
    this.faults = new Faults(() => this.auth.expireAccessTokens(), config.clock);
    this.store = new Store(dataset.defs, dataset.tables);
    this.queries = new QueryRunner(this.store);
    this.groundTruth = groundTruth;
  }

  /** Serves another dataset from now on; /__sim/reset then returns to it. */
  load(dataset: LoadedDataset, groundTruth?: GroundTruth): void {
    this.store = new Store(dataset.defs, dataset.tables);
    this.queries = new QueryRunner(this.store);
    this.groundTruth = groundTruth;
  }

  /** Back to the generated or imported dataset (faults, stats and tokens are kept). */
  reset(): void {
    this.store.reset();
  }

  mutate(request: MutateRequest): MutationResult {
    this.mutations++;
    return mutate(this.store, request, this.clock(), this.config.seed * 1_000_003 + this.mutations);
  }

  checksum(table: string): TableChecksum {
    return tableChecksum(this.store, table);
  }

  /** The sys_user sys_id behind a login name ("" when it has no user record), for gs.getUserID(). */
  userSysId(username: string): string {
    return this.store.rows(TABLES.user).find((row) => row.user_name === username)?.sys_id ?? "";
  }

  /** Record counts per table, as the CLI and /__sim/reset report them. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const table of this.store.tableNames()) {
      if (!this.store.def(table)?.childTables) counts[table] = this.store.count(table);
    }
    return counts;
  }
}
