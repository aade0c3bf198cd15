import type { EngineId } from "@/lib/analysis/engine";
import { Prisma } from "@/lib/generated/prisma/client";

// Private-use characters around the matched words: they cannot come from the findings (they are
// stripped first), so the snippet splits into plain-text pieces that no one renders as HTML.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

export interface FindingSearch {
  organizationId: string;
  q: string;
  instanceId?: string;
  engine?: EngineId;
  scope: "latest" | "all";
  limit: number;
}

const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * The best-ranked matching findings of one organization: ids and ranks only. The match uses
 * exactly the expression of the GIN index insight_findings_search (to_tsvector('english',
 * title || ' ' || detail)), and organization_id = … implies the index's predicate.
 *
 * It must run as the connecting role, outside row-level security: PostgreSQL evaluates the policy
 * before any operator that is not leakproof, and the full-text match (@@) is not, so under the
 * policy the index is never used and every search reads and re-parses all of the organization's
 * findings. The organization filter is therefore written out on both tables, and the query reads
 * no content: findingHitsSql fetches the page under row-level security.
 */
export function findingMatchesSql(search: FindingSearch): Prisma.Sql {
  const query = tsquery(search.q);
  return Prisma.sql`
    SELECT f.id, ts_rank(to_tsvector('english', f.title || ' ' || f.detail), ${query}) AS rank
    FROM insight_findings f
    JOIN insights i ON i.id = f.insight_id
    WHERE f.organization_id = ${search.organizationId}::uuid
      AND i.organization_id = ${search.organizationId}::uuid
      AND to_tsvector('english', f.title || ' ' || f.detail) @@ ${query}
      ${search.instanceId ? Prisma.sql`AND i.instance_id = ${search.instanceId}::uuid` : Prisma.empty}
      ${search.engine ? Prisma.sql`AND i.engine = ${search.engine}` : Prisma.empty}
      ${search.scope === "latest" ? latestOnly : Prisma.empty}
    ORDER BY rank DESC, i.created_at DESC, f.position, f.id
    LIMIT ${search.limit}::int`;
}

/** The latest insight of its instance and engine, as insight-view.ts's latestFirst orders them. */
const latestOnly = Prisma.sql`AND NOT EXISTS (
  SELECT 1 FROM insights n
  WHERE n.organization_id = i.organization_id AND n.instance_id = i.instance_id AND n.engine = i.engine
    AND (n.data_as_of, n.created_at, n.id) > (i.data_as_of, i.created_at, i.id))`;

export interface FindingHitRow {
  id: string;
  severity: string;
  title: string;
  detail: string;
  subject_id: string | null;
  position: number;
  insight_id: string;
  engine: string;
  instance_id: string;
  created_at: Date;
  headline: string;
}

/**
 * One page of findings with their insight and a highlighted snippet, in a tenant transaction.
 * Snippets are built for the page only: ts_headline re-parses each document.
 */
export function findingHitsSql(ids: readonly string[], q: string): Prisma.Sql {
  return Prisma.sql`
    SELECT f.id, f.severity, f.title, f.detail, f.subject_id, f.position,
           i.id AS insight_id, i.engine, i.instance_id, i.created_at,
           ts_headline('english', translate(f.title || ' ' || f.detail, ${MARK_START + MARK_END}, ''), ${tsquery(q)}, ${HEADLINE_OPTIONS}) AS headline
    FROM insight_findings f
    JOIN insights i ON i.id = f.insight_id
    WHERE f.id = ANY(${ids}::uuid[])`;
}

/** How many words the query keeps after stemming and stop words: 0 means it would match nothing. */
export function searchTermCountSql(q: string): Prisma.Sql {
  return Prisma.sql`SELECT numnode(${tsquery(q)})::int AS terms`;
}
