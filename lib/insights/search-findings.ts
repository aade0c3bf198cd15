import type { EngineId } from "@/lib/analysis/engine";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { type FindingHitRow, findingHitsSql, findingMatchesSql, MARK_END, MARK_START, searchTermCountSql } from "./finding-search-sql";
import { type FindingHit, SearchFindingsQuery } from "./schemas";

/**
 * Findings whose title or detail match `q` (web-search syntax), best match first, then newest.
 * By default only the latest insight per instance and engine is searched: an old run's finding
 * about a control that has since been fixed is noise. `scope: "all"` searches the history.
 */
export async function searchFindings(ctx: ActorContext, input: SearchFindingsQuery): Promise<{ data: FindingHit[] }> {
  authorize(ctx, "insights:read");
  const query = SearchFindingsQuery.parse(input);
  const [count] = await db.$queryRaw<{ terms: number }[]>(searchTermCountSql(query.q));
  if (!count || count.terms === 0) {
    throw new AppError("bad_request", `"${query.q}" has no words to search for: common words such as "the" or "and" are ignored`, {
      errors: [{ path: "q", message: "Enter words to search for" }],
    });
  }
  // Outside row-level security, so the full-text index can be used (see findingMatchesSql).
  const matches = await db.$queryRaw<{ id: string; rank: number }[]>(findingMatchesSql({ ...query, organizationId: ctx.organizationId }));
  if (matches.length === 0) return { data: [] };
  const rows = await withTenant(tenantOf(ctx), (tx) =>
    tx.$queryRaw<FindingHitRow[]>(findingHitsSql(matches.map((m) => m.id), query.q)),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    data: matches.flatMap(({ id, rank }) => {
      const row = byId.get(id);
      return row ? [toHit(row, rank)] : [];
    }),
  };
}

function toHit(row: FindingHitRow, rank: number): FindingHit {
  return {
    finding: { id: row.id, severity: row.severity, title: row.title, detail: row.detail, subjectId: row.subject_id, position: row.position },
    insight: { id: row.insight_id, engine: row.engine as EngineId, instanceId: row.instance_id, createdAt: row.created_at.toISOString() },
    rank,
    snippet: snippetPieces(row.headline),
  };
}

function snippetPieces(headline: string): FindingHit["snippet"] {
  const pieces: FindingHit["snippet"] = [];
  let at = 0;
  for (const match of headline.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g"))) {
    if (match.index > at) pieces.push({ text: headline.slice(at, match.index), highlight: false });
    pieces.push({ text: match[1]!, highlight: true });
    at = match.index + match[0].length;
  }
  if (at < headline.length) pieces.push({ text: headline.slice(at), highlight: false });
  return pieces;
}
