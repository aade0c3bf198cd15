import { gunzipSync } from "node:zlib";
import type { InsightSubject } from "@/lib/analysis/engine";
import type { TenantTx } from "@/lib/tenancy/with-tenant";
import type { SubjectView } from "./schemas";

/**
 * Parsed subjects of the last insights read. The UI pages through one insight's subjects (and
 * compare reads two), and a 100,000-control result takes a noticeable time to gunzip and parse;
 * insights are immutable, so an entry never goes stale. Two entries bound the memory.
 */
const CACHE_SIZE = 2;
const cache = new Map<string, SubjectView[]>();

/**
 * The subjects stored with an insight (the `subjects` of its gzip'd `{ result, subjects }`).
 * The caller must already have found the insight in its tenant: the cache is keyed by id alone.
 */
export async function storedSubjects(tx: TenantTx, insightId: string): Promise<SubjectView[]> {
  const cached = cache.get(insightId);
  if (cached) {
    // Re-inserted, so the most recently used entry is the last one evicted.
    cache.delete(insightId);
    cache.set(insightId, cached);
    return cached;
  }
  const row = await tx.insight.findFirstOrThrow({ where: { id: insightId }, select: { result: true } });
  const subjects = parseSubjects(row.result);
  cache.set(insightId, subjects);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return subjects;
}

export function parseSubjects(blob: Uint8Array): SubjectView[] {
  const stored = JSON.parse(gunzipSync(blob).toString("utf8")) as { subjects?: InsightSubject[] };
  return (stored.subjects ?? []).map((s) => ({
    id: s.id,
    label: s.label,
    type: s.type,
    value: s.value ?? null,
    higherIsWorse: s.higherIsWorse ?? false,
    status: s.status ?? null,
    tags: s.tags ?? [],
  }));
}
