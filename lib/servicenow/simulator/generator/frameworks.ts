// Authority documents, their citations, control objectives and policies, with planted framework
// gaps: some leaf citations are mapped to no objective, others only to objectives that will never
// get a control. Every other leaf citation reaches at least one control.
import { DAY_MS, formatDate } from "../datetime";
import type { Rng } from "../prng";
import type { Row } from "../store";
import { TABLES } from "../table-schema";
import { YEAR_MS, type GenContext } from "./context";
import type { People } from "./people";
import type { GeneratorCounts } from "./sizes";
import { DOMAINS, FRAMEWORKS, POLICY_NAMES } from "./vocabulary";

export interface PlantedGap {
  citation: string;
  reference: string;
  document: string;
  reason: "citation_not_mapped" | "objective_without_control";
}

export interface ObjectivePlan {
  row: Row;
  topic: string;
  domain: string;
}

export interface Frameworks {
  /** Objectives that must each get at least one control (gap objectives are not listed). */
  objectives: ObjectivePlan[];
  gaps: PlantedGap[];
}

interface Leaf {
  row: Row;
  topic: string;
  domain: string;
}

/** Share of leaf citations planted as gaps. */
const GAP_SHARE = 0.06;

export function generateFrameworks(ctx: GenContext, counts: GeneratorCounts, people: People): Frameworks {
  const rng = ctx.rng("frameworks");
  const leaves = generateCitations(ctx, rng, counts);
  rng.shuffle(leaves);
  const gapCount = leaves.length >= 4 ? Math.max(1, Math.round(leaves.length * GAP_SHARE)) : 0;
  const planted = leaves.slice(0, gapCount);
  const covered = leaves.slice(gapCount);
  const statementTotal = Math.max(1, Math.min(counts.statements, counts.controls));
  let notMapped = planted.slice(0, Math.ceil(planted.length / 2));
  let withoutControl = planted.slice(notMapped.length);
  let gapObjectives = Math.ceil(withoutControl.length / 2);
  if (statementTotal - gapObjectives < 1) {
    notMapped = planted;
    withoutControl = [];
    gapObjectives = 0;
  }
  const regular = statementTotal - gapObjectives;
  // Round-robin, so every covered citation lands on exactly one regular objective (plus cross-maps).
  const objectives: ObjectivePlan[] = [];
  const buckets = roundRobin(covered, regular);
  for (const mine of buckets) {
    if (covered.length > 0 && rng.chance(0.25)) mine.push(rng.pick(covered));
    objectives.push(addObjective(ctx, rng, people, [...new Set(mine)]));
  }
  for (const mine of roundRobin(withoutControl, gapObjectives)) addObjective(ctx, rng, people, mine);
  generatePolicies(ctx, rng, counts, people, [...ctx.rows(TABLES.policyStatement)]);
  const gap = (leaf: Leaf, reason: PlantedGap["reason"]): PlantedGap => ({
    citation: leaf.row.sys_id ?? "", reference: leaf.row.reference ?? "", document: leaf.row.document ?? "", reason,
  });
  return {
    objectives,
    gaps: [...notMapped.map((l) => gap(l, "citation_not_mapped")), ...withoutControl.map((l) => gap(l, "objective_without_control"))],
  };
}

function roundRobin<T>(items: T[], buckets: number): T[][] {
  const out: T[][] = Array.from({ length: buckets }, () => []);
  items.forEach((item, k) => out[k % buckets]?.push(item));
  return out;
}

function generateCitations(ctx: GenContext, rng: Rng, counts: GeneratorCounts): Leaf[] {
  const leaves: Leaf[] = [];
  const docs = counts.authorityDocuments;
  for (let i = 0; i < docs; i++) {
    const fw = FRAMEWORKS[i % FRAMEWORKS.length] as (typeof FRAMEWORKS)[number];
    const round = Math.floor(i / FRAMEWORKS.length);
    const name = round === 0 ? fw.name : `${fw.name} (supplement ${round})`;
    const published = ctx.start - rng.between(1, 4) * YEAR_MS;
    const doc = ctx.add(TABLES.authorityDocument, {
      number: ctx.number("AD"), name, source: "UCF", source_id: `UCF-AD-${1000 + i}`, version: fw.version,
      common_name: fw.common, category: fw.category, type: fw.type, url: `https://frameworks.example.com/${fw.common.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      valid_from: formatDate(published), valid_to: "", description: `${name} ${fw.version}`, active: "true",
    }, { created: ctx.start - YEAR_MS, updated: rng.between(ctx.start, ctx.asOf) });
    const size = Math.floor(counts.citations / docs) + (i < counts.citations % docs ? 1 : 0);
    const cores = Math.min(DOMAINS.length, Math.max(1, Math.round(size * 0.12)));
    const offset = (i * 5) % DOMAINS.length;
    const coreRows: Row[] = [];
    for (let d = 0; d < Math.min(cores, size); d++) {
      const domain = DOMAINS[(offset + d) % DOMAINS.length] as (typeof DOMAINS)[number];
      coreRows.push(addCitation(ctx, doc, domain.name, reference(fw.style, domain.code, d), "core_topic", ""));
    }
    for (let k = 0; k < size - coreRows.length; k++) {
      const d = k % coreRows.length;
      const domain = DOMAINS[(offset + d) % DOMAINS.length] as (typeof DOMAINS)[number];
      const n = Math.floor(k / coreRows.length);
      const base = domain.topics[n % domain.topics.length] as string;
      const topic = n < domain.topics.length ? base : `${base} (enhancement ${Math.floor(n / domain.topics.length)})`;
      const type = rng.weighted({ control: 75, control_objective: 15, process: 10 });
      const row = addCitation(ctx, doc, topic, reference(fw.style, domain.code, d, n + 1), type, coreRows[d]?.sys_id ?? "");
      leaves.push({ row, topic, domain: domain.name });
    }
  }
  return leaves;
}

function reference(style: (typeof FRAMEWORKS)[number]["style"], code: string, d: number, n?: number): string {
  const leaf = n === undefined ? "" : n;
  switch (style) {
    case "nist": return n === undefined ? code : `${code}-${leaf}`;
    case "iso": return n === undefined ? `A.${d + 5}` : `A.${d + 5}.${leaf}`;
    case "soc2": return n === undefined ? `CC${d + 1}` : `CC${d + 1}.${leaf}`;
    case "pci": return n === undefined ? `${d + 1}` : `${d + 1}.${leaf}`;
    case "article": return n === undefined ? `Art. ${d + 5}` : `Art. ${d + 5}(${leaf})`;
  }
}

function addCitation(ctx: GenContext, doc: Row, name: string, ref: string, type: string, parent: string): Row {
  return ctx.add(TABLES.citation, {
    name, reference: ref, document: doc.sys_id ?? "", source: "UCF", source_id: `${doc.source_id}-${ref}`, type, parent,
    active: "true", description: `${doc.common_name} ${ref}: ${name}`,
  }, { created: ctx.start - YEAR_MS });
}

function addObjective(ctx: GenContext, rng: Rng, people: People, citations: Leaf[]): ObjectivePlan {
  const first = citations[0];
  const domain = first ? DOMAINS.find((d) => d.name === first.domain) ?? rng.pick(DOMAINS) : rng.pick(DOMAINS);
  const topic = first?.topic ?? rng.pick(domain.topics);
  const created = ctx.start - rng.between(0.2, 1) * YEAR_MS;
  const row = ctx.add(TABLES.policyStatement, {
    name: topic, reference: `CO-${String(ctx.rows(TABLES.policyStatement).length + 1).padStart(5, "0")}`, source: "", source_id: "",
    parent: "", category: domain.name, classification: rng.pick(["preventive", "detective", "corrective"]),
    type: rng.pick(["Technical", "Administrative", "Physical"]),
    state: rng.weighted({ published: 85, approved: 8, review: 4, draft: 3 }), authority_section: first?.row.reference ?? "",
    compliance_score: "", owning_groups: rng.pick(people.groups).sys_id ?? "", active: "true",
    description: `The organization addresses ${topic.toLowerCase()}.`,
  }, { created, updated: rng.between(ctx.start, ctx.asOf) });
  for (const leaf of citations) {
    ctx.add(TABLES.statementToCitation, {
      sn_compliance_policy_statement: row.sys_id ?? "", sn_compliance_citation: leaf.row.sys_id ?? "",
    }, { created });
  }
  return { row, topic, domain: domain.name };
}

function generatePolicies(ctx: GenContext, rng: Rng, counts: GeneratorCounts, people: People, statements: Row[]): void {
  const policies: Row[] = [];
  for (let i = 0; i < counts.policies; i++) {
    const base = POLICY_NAMES[i % POLICY_NAMES.length] as string;
    const name = i < POLICY_NAMES.length ? base : `${base} ${Math.floor(i / POLICY_NAMES.length) + 1}`;
    const state = rng.weighted({ published: 80, review: 8, draft: 6, retired: 6 });
    const validFrom = ctx.start - rng.between(0, 1) * YEAR_MS;
    const type = /Standard$/.test(name) ? "standard" : /Procedure$/.test(name) ? "procedure" : /Plan$/.test(name) ? "plan" : "policy";
    policies.push(ctx.add(TABLES.policy, {
      number: ctx.number("POL"), name, type, state, owner: rng.pick(people.users).sys_id ?? "",
      owning_group: rng.pick(people.groups).sys_id ?? "", parent: "", policy_category: type === "policy" ? "Corporate" : "Operational",
      valid_from: formatDate(validFrom), valid_to: formatDate(validFrom + 3 * YEAR_MS), approvers: rng.pick(people.users).sys_id ?? "",
      reviewers: rng.pick(people.users).sys_id ?? "", policy_text: `<p>${name}: scope, roles and requirements.</p>`,
      approval_method: "approval", compliance_score: "", description: name, active: state === "retired" ? "false" : "true",
    }, { created: validFrom - 30 * DAY_MS, updated: rng.between(ctx.start, ctx.asOf) }));
  }
  if (policies.length === 0) return;
  statements.forEach((statement, i) => {
    const linked = new Set([policies[i % policies.length] as Row]);
    if (rng.chance(0.2)) linked.add(rng.pick(policies));
    for (const policy of linked) {
      ctx.add(TABLES.policyToStatement, {
        document: policy.sys_id ?? "", content: statement.sys_id ?? "",
      }, { created: ctx.start });
    }
  });
}
