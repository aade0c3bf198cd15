// The simulator's table catalog: which tables exist, their columns, reference targets and choice
// values, as given by /work/shared/docs/servicenow-table-api.md (§8-§10). Column names the doc marks
// UNCERTAIN are flagged where they are declared (table-defs-*.ts), so they can be changed in one place.
import { GRC_TABLE_DEFS } from "./table-defs-grc";
import { PLATFORM_TABLE_DEFS } from "./table-defs-platform";
import type { TableDef } from "./table-schema";

export { TABLES, type TableName } from "./table-schema";

export const TABLE_DEFS: ReadonlyMap<string, TableDef> = new Map(
  [...PLATFORM_TABLE_DEFS, ...GRC_TABLE_DEFS].map((def) => [def.name, def]),
);
