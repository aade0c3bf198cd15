// Request counters for tests and benchmarks: how many calls a sync made, per table, method and
// status, and how many rows the Table API handed out.

export interface StatsSnapshot {
  total: number;
  /** table (or "oauth_token.do", "(unknown)") → method → status → count */
  requests: Record<string, Record<string, Record<string, number>>>;
  /** Rows returned in GET collection pages, per table. */
  rowsServed: Record<string, number>;
}

export class Stats {
  private snapshotData: StatsSnapshot = emptySnapshot();

  record(table: string, method: string, status: number): void {
    const byMethod = (this.snapshotData.requests[table] ??= {});
    const byStatus = (byMethod[method] ??= {});
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    this.snapshotData.total++;
  }

  addRows(table: string, rows: number): void {
    this.snapshotData.rowsServed[table] = (this.snapshotData.rowsServed[table] ?? 0) + rows;
  }

  snapshot(): StatsSnapshot {
    return structuredClone(this.snapshotData);
  }

  reset(): void {
    this.snapshotData = emptySnapshot();
  }
}

function emptySnapshot(): StatsSnapshot {
  return { total: 0, requests: {}, rowsServed: {} };
}
