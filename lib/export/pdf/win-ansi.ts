// The built-in Helvetica speaks only WinAnsi (Latin-1 plus a few typographic marks). Any other
// character comes out as a wrong glyph ("≤" prints as "d"), so text is mapped before rendering:
// common symbols get an ASCII spelling, anything else a "?" that at least shows something is missing.

// The typographic marks WinAnsi adds in 0x80-0x9F on top of Latin-1.
const WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const EXTRAS = new Set([...WIN_ANSI_EXTRAS].map((c) => c.codePointAt(0)));

const SPELLED: Record<string, string> = {
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "↑": "^",
  "↓": "v",
  "−": "-",
  "✓": "Yes",
  "✗": "No",
  "\u2009": " ",
  "\u202f": " ",
  "\t": " ",
  "\r": "",
};

function isWinAnsi(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRAS.has(code);
}

/** Text the built-in fonts can draw. Plain ASCII, the common case, returns as is. */
export function toWinAnsi(text: string): string {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text;
  let out = "";
  for (const char of text.normalize("NFC")) {
    const spelled = SPELLED[char];
    if (spelled !== undefined) out += spelled;
    else out += isWinAnsi(char.codePointAt(0) ?? 0) ? char : "?";
  }
  return out;
}

/** Every string in a plain data tree through toWinAnsi; dates, numbers and structure untouched. */
export function toWinAnsiDeep<T>(value: T): T {
  if (typeof value === "string") return toWinAnsi(value) as T;
  if (Array.isArray(value)) return value.map(toWinAnsiDeep) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWinAnsiDeep(item)])) as T;
  }
  return value;
}
