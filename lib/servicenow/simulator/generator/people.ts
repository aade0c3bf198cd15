// Users, groups, entities and the fixed platform rows (risk criteria, a few portal widgets).
import { formatDate } from "../datetime";
import type { Row } from "../store";
import { TABLES } from "../table-schema";
import { YEAR_MS, type GenContext } from "./context";
import type { GeneratorCounts } from "./sizes";
import { DEPARTMENTS, FIRST_NAMES, GROUP_NAMES, LAST_NAMES, PROFILE_CLASSES, PROFILE_NAMES, REGIONS, TITLES } from "./vocabulary";

/** The admin account's sys_id is the same on every ServiceNow instance. */
const ADMIN_SYS_ID = "6816f79cc0a8016401c5a33be04be441";

export interface People {
  /** Generated people (the admin account excluded): owners, testers, managers. */
  users: Row[];
  groups: Row[];
  profiles: Row[];
  /** sn_risk_criteria rows by type, index 0 = level 1. */
  criteria: Record<"impact" | "likelihood" | "score", Row[]>;
}

export function generatePeople(ctx: GenContext, counts: GeneratorCounts): People {
  const rng = ctx.rng("people");
  const setupTime = ctx.start - YEAR_MS;
  ctx.add(TABLES.user, {
    sys_id: ADMIN_SYS_ID,
    user_name: "admin", first_name: "System", last_name: "Administrator", name: "System Administrator",
    email: "admin@example.com", title: "System Administrator", department: "IT", time_zone: "UTC", active: "true", locked_out: "false",
  }, { created: setupTime - YEAR_MS });
  const taken = new Set<string>(["admin"]);
  const users: Row[] = [];
  for (let i = 0; i < counts.users; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const base = `${first}.${last}`.toLowerCase();
    let userName = base;
    for (let n = 2; taken.has(userName); n++) userName = `${base}${n}`;
    taken.add(userName);
    const created = rng.between(setupTime, ctx.asOf - 30 * 86_400_000);
    users.push(ctx.add(TABLES.user, {
      user_name: userName, first_name: first, last_name: last, name: `${first} ${last}`, email: `${userName}@example.com`,
      title: rng.pick(TITLES), department: rng.pick(DEPARTMENTS), time_zone: "UTC",
      active: rng.chance(0.97) ? "true" : "false", locked_out: "false",
    }, { created, updated: rng.between(created, ctx.asOf) }));
  }
  const groups: Row[] = [];
  for (let i = 0; i < counts.groups; i++) {
    const base = GROUP_NAMES[i % GROUP_NAMES.length] as string;
    const name = i < GROUP_NAMES.length ? base : `${base} ${REGIONS[Math.floor(i / GROUP_NAMES.length) % REGIONS.length]} ${Math.floor(i / GROUP_NAMES.length)}`;
    groups.push(ctx.add(TABLES.group, {
      name, description: `${name} team`, manager: rng.pick(users).sys_id ?? "",
      email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.com`, active: "true",
    }, { created: setupTime }));
  }
  const classes = PROFILE_CLASSES.map((name) =>
    ctx.add(TABLES.profileClass, { name, description: `${name} entities`, active: "true" }, { created: setupTime }),
  );
  const profiles: Row[] = [];
  for (let i = 0; i < counts.profiles; i++) {
    const profileClass = classes[i % classes.length] as Row;
    const names = PROFILE_NAMES[profileClass.name ?? ""] ?? ["Entity"];
    const round = Math.floor(i / classes.length);
    const base = names[round % names.length] as string;
    const name = round < names.length ? base : `${base} - ${REGIONS[round % REGIONS.length]} ${Math.floor(round / names.length) + 1}`;
    const created = rng.between(setupTime, ctx.start);
    profiles.push(ctx.add(TABLES.profile, {
      name, profile_class: profileClass.sys_id ?? "", owned_by: rng.pick(users).sys_id ?? "",
      description: `${profileClass.name}: ${name}`, compliance_score: "", active: "true",
    }, { created, updated: rng.between(ctx.start, ctx.asOf) }));
  }
  return { users, groups, profiles, criteria: generateCriteria(ctx, setupTime) };
}

const LEVEL_LABELS = {
  impact: ["Very Low", "Low", "Moderate", "High", "Very High"],
  likelihood: ["Rare", "Unlikely", "Possible", "Likely", "Almost Certain"],
  score: ["Very Low", "Low", "Moderate", "High", "Very High"],
} as const;

function generateCriteria(ctx: GenContext, at: number): People["criteria"] {
  const byType = (type: keyof typeof LEVEL_LABELS) =>
    LEVEL_LABELS[type].map((label, i) =>
      ctx.add(TABLES.riskCriteria, {
        type, display_value: `${i + 1} - ${label}`, order: String((i + 1) * 100), maximum_value: String(type === "score" ? (i + 1) * 5 : i + 1),
      }, { created: at }),
    );
  return { impact: byType("impact"), likelihood: byType("likelihood"), score: byType("score") };
}

/** A few custom widgets, as a portal that already has some would. */
export function generateWidgets(ctx: GenContext, count: number): void {
  for (let i = 0; i < count; i++) {
    const id = `ciq-legacy-widget-${i + 1}`;
    ctx.add(TABLES.widget, {
      name: `Legacy KPI tile ${i + 1}`, id, template: `<div class="panel">{{c.data.kpi}}</div>`, css: ".panel { padding: 8px; }",
      client_script: "api.controller=function(){ var c = this; };",
      script: `(function(){ data.kpi = ${i + 1}; /* generated ${formatDate(ctx.start)} */ })();`,
      link: "function link(scope, element, attrs, controller) {}",
      option_schema: "[]", demo_data: "{}", data_table: "sp_instance", field_list: "", controller_as: "c",
      description: "Custom widget", category: "custom", public: "false", roles: "", has_preview: "false", docs: "", internal: "false", servicenow: "false",
    }, { created: ctx.start + i * 86_400_000 });
  }
}
