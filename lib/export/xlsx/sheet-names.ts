// Excel's sheet-name rules: at most 31 characters, none of [ ] : * ? / \, not blank, no
// apostrophe at either end, "History" reserved, and unique ignoring case. A name that breaks
// one of them makes Excel refuse the whole file, so every name goes through here.

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = "history";

/** The first `length` UTF-16 units, without leaving half of a surrogate pair (an emoji) at the end. */
function cut(text: string, length: number): string {
  return text.slice(0, length).replace(/[\uD800-\uDBFF]$/, "").trim();
}

function clean(raw: string): string {
  const printable = [...raw].filter((char) => char >= " ").join("");
  const name = printable.replace(FORBIDDEN, "-").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
  // A name with no letter or digit left ("[]:*" became "----") says nothing; use the fallback.
  return /[\p{L}\p{N}]/u.test(name) ? cut(name, MAX_SHEET_NAME) : "";
}

/**
 * Hands out valid, unique sheet names. A clash gets " (2)", " (3)" …, cutting the base so the
 * whole still fits 31 characters.
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  /** The name for `raw`, or for `fallback` when nothing readable of `raw` survives the rules. */
  claim(raw: string, fallback = "Sheet"): string {
    const base = clean(raw) || clean(fallback) || "Sheet";
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? "" : ` (${n})`;
      const name = `${cut(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
      const key = name.toLowerCase();
      if (key !== RESERVED && !this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
  }
}
