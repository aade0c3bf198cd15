import type { Mapped } from "./define-table";
import { authorityDocuments, citations, controlObjectiveCitations, controlObjectives, policies, policyControlObjectives } from "./tables/compliance";
import { controlTests, controls } from "./tables/controls";
import { entities, entityClasses } from "./tables/entities";
import { indicatorResults, indicators } from "./tables/indicators";
import { issueItems, issues } from "./tables/issues";
import { riskControls, riskCriteria, riskStatements, risks } from "./tables/risks";

/**
 * Every table the sync reads, in dependency order: a record comes after the tables its
 * references point at, so the sync can resolve them as it writes. References within one table
 * (`parent`) and to tables we do not sync (users, groups) are left to the caller.
 */
export const syncTables = [
  entityClasses,
  entities,
  authorityDocuments,
  citations,
  policies,
  controlObjectives,
  policyControlObjectives,
  controlObjectiveCitations,
  riskCriteria,
  riskStatements,
  controls,
  risks,
  riskControls,
  indicators,
  indicatorResults,
  issues,
  issueItems,
  controlTests,
] as const;

export type SyncTable = (typeof syncTables)[number];
export type SyncTableName = SyncTable["name"];
/** The product shape of one table's records, e.g. `MappedRecord<"controls">`. */
export type MappedRecord<N extends SyncTableName> = Mapped<Extract<SyncTable, { name: N }>>;

export function getSyncTable(name: string): SyncTable | undefined {
  return syncTables.find((table) => table.name === name);
}
