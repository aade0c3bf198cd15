import { roundedDelta } from "./key-figure-deltas";
import type { StatusChange, SubjectChanges, SubjectDelta, SubjectView } from "./schemas";

/** Improved and worsened subjects listed by name; the counts cover all of them. */
export const TOP_SUBJECT_CHANGES = 50;

const keyOf = (s: SubjectView) => `${s.type}:${s.id}`;

/**
 * How the subjects (controls, risks, requirements) moved from insight a to insight b. A subject
 * improved when its value moved the good way: up, or down for values where higher is worse (a
 * failure probability). Subjects in only one insight count as appeared or disappeared; a subject
 * without a value on either side is not compared, but its class change still counts.
 */
export function subjectChanges(a: readonly SubjectView[], b: readonly SubjectView[]): SubjectChanges {
  const before = new Map(a.map((s) => [keyOf(s), s]));
  const improved: SubjectDelta[] = [];
  const worsened: SubjectDelta[] = [];
  const transitions = new Map<string, StatusChange>();
  let compared = 0;
  let appeared = 0;
  for (const after of b) {
    const old = before.get(keyOf(after));
    if (!old) {
      appeared++;
      continue;
    }
    if (old.status !== after.status) {
      const key = JSON.stringify([old.status, after.status]);
      const change = transitions.get(key) ?? { from: old.status, to: after.status, count: 0 };
      change.count++;
      transitions.set(key, change);
    }
    if (old.value === null || after.value === null) continue;
    compared++;
    const delta = roundedDelta(old.value, after.value);
    if (delta === 0) continue;
    const row: SubjectDelta = {
      id: after.id,
      label: after.label,
      type: after.type,
      a: old.value,
      b: after.value,
      delta,
      statusA: old.status,
      statusB: after.status,
    };
    ((delta > 0) !== after.higherIsWorse ? improved : worsened).push(row);
  }
  const inB = new Set(b.map(keyOf));
  const disappeared = a.reduce((n, s) => n + (inB.has(keyOf(s)) ? 0 : 1), 0);
  return {
    compared,
    improvedCount: improved.length,
    worsenedCount: worsened.length,
    improved: largest(improved),
    worsened: largest(worsened),
    appeared,
    disappeared,
    statusChanges: [...transitions.values()].sort(
      (x, y) => y.count - x.count || String(x.from).localeCompare(String(y.from)) || String(x.to).localeCompare(String(y.to)),
    ),
  };
}

/** The biggest moves first; the id keeps equal moves in a stable order. */
function largest(rows: SubjectDelta[]): SubjectDelta[] {
  return rows
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, TOP_SUBJECT_CHANGES);
}
