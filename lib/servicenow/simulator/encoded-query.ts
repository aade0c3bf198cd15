// Parser for ServiceNow encoded queries (doc §3). It only splits the text into conditions; deciding
// which conditions are valid for a table is query-eval's job, because a real instance silently
// drops invalid parts instead of rejecting the query.

export type Operator =
  | "=" | "!=" | "<" | "<=" | ">" | ">="
  | "LIKE" | "NOT LIKE" | "STARTSWITH" | "ENDSWITH" | "IN" | "NOT IN"
  | "ISEMPTY" | "ISNOTEMPTY" | "EMPTYSTRING" | "ANYTHING" | "BETWEEN" | "SAMEAS" | "NSAMEAS" | "ON" | "NOTON"
  | "UNSUPPORTED";

export interface Condition {
  field: string;
  operator: Operator;
  value: string;
}

/** Alternatives joined by ^OR; the group matches when any alternative does. */
export type OrGroup = Condition[];

export interface OrderBy {
  field: string;
  descending: boolean;
}

export interface ParsedQuery {
  /** Blocks joined by ^NQ (OR'd); inside a block the groups are AND'ed. */
  blocks: OrGroup[][];
  orderBy: OrderBy[];
}

// Longest spelling first, so "NOT LIKE" is not read as "NOT" and "ISNOTEMPTY" not as "IS…".
// Operators the simulator does not evaluate are still recognised, so that their text is not
// mistaken for a shorter operator (INSTANCEOF for IN); the condition is then ignored.
const OPERATOR_SPELLINGS: readonly [string, Operator][] = (
  [
    ["NOT LIKE", "NOT LIKE"], ["NOT IN", "NOT IN"], ["STARTSWITH", "STARTSWITH"], ["ENDSWITH", "ENDSWITH"],
    ["ISNOTEMPTY", "ISNOTEMPTY"], ["ISEMPTY", "ISEMPTY"], ["EMPTYSTRING", "EMPTYSTRING"], ["ANYTHING", "ANYTHING"],
    ["BETWEEN", "BETWEEN"], ["NSAMEAS", "NSAMEAS"], ["SAMEAS", "SAMEAS"], ["NOTON", "NOTON"], ["ON", "ON"],
    ["LIKE", "LIKE"], ["IN", "IN"], ["!=", "!="], [">=", ">="], ["<=", "<="], ["=", "="], [">", ">"], ["<", "<"],
    ["!*", "NOT LIKE"], ["*", "LIKE"], ["%", "ENDSWITH"],
    ...[
      "INSTANCEOF", "DYNAMIC", "IN_HIERARCHY", "NOT_IN_HIERARCHY", "DATEPART", "RELATIVEGT", "RELATIVELT",
      "RELATIVEGE", "RELATIVELE", "RELATIVEEE", "MORETHAN", "LESSTHAN", "VALCHANGES", "CHANGESFROM", "CHANGESTO",
      "GT_FIELD", "LT_FIELD", "GT_OR_EQUALS_FIELD", "LT_OR_EQUALS_FIELD", "BETWEENFIELD",
    ].map((spelling): [string, Operator] => [spelling, "UNSUPPORTED"]),
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

// Column names are lower case on the platform; dot-walking joins them with ".".
const FIELD = /^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*/;

export function parseEncodedQuery(query: string): ParsedQuery {
  const blocks: OrGroup[][] = [[]];
  const orderBy: OrderBy[] = [];
  let inRelatedListQuery = false;
  for (let term of query.split("^")) {
    if (inRelatedListQuery) {
      if (term.startsWith("ENDRLQUERY")) inRelatedListQuery = false;
      continue;
    }
    if (term.startsWith("NQ")) {
      blocks.push([]);
      term = term.slice(2);
    }
    const block = blocks[blocks.length - 1] as OrGroup[];
    if (term === "" || term === "EQ" || term.startsWith("GROUPBY") || term.startsWith("123TEXTQUERY321")) continue;
    if (term.startsWith("RLQUERY")) {
      inRelatedListQuery = true;
      continue;
    }
    if (term.startsWith("ORDERBYDESC")) {
      orderBy.push({ field: term.slice("ORDERBYDESC".length), descending: true });
      continue;
    }
    if (term.startsWith("ORDERBY")) {
      orderBy.push({ field: term.slice("ORDERBY".length), descending: false });
      continue;
    }
    // ^OR attaches to the condition just before it: a=1^ORa=2^b=3 is (a=1 OR a=2) AND b=3.
    if (term.startsWith("OR") && block.length > 0) {
      const condition = parseCondition(term.slice(2));
      if (condition) (block[block.length - 1] as OrGroup).push(condition);
      continue;
    }
    // An unreadable condition still opens a group, so that an ^OR after it does not join the one before.
    const condition = parseCondition(term);
    block.push(condition ? [condition] : []);
  }
  const readable = blocks.map((block) => block.filter((group) => group.length > 0));
  return { blocks: readable.filter((block, i) => i === 0 || block.length > 0), orderBy };
}

function parseCondition(term: string): Condition | undefined {
  const field = FIELD.exec(term)?.[0];
  if (!field) return undefined;
  const rest = term.slice(field.length);
  for (const [spelling, operator] of OPERATOR_SPELLINGS) {
    if (rest.startsWith(spelling)) return { field, operator, value: rest.slice(spelling.length) };
  }
  return undefined;
}
