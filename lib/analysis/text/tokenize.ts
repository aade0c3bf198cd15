// Splits free text (control descriptions, citation names, catalog statements) into the words the
// TF-IDF crosswalk compares: lower case, without stop words or numbers. stem-lite.ts stems them.

// English function words plus the filler of control catalogs ("the organization shall ensure ...
// controls") that says nothing about what a control does.
const STOP_WORDS = new Set([
  "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "between",
  "both", "but", "by", "can", "could", "do", "does", "during", "each", "either", "etc", "for", "from", "had", "has", "have",
  "how", "i", "ie", "if", "in", "into", "is", "it", "its", "may", "more", "most", "must", "no", "nor", "not", "of", "on",
  "one", "only", "or", "other", "our", "out", "over", "per", "shall", "should", "so", "such", "than", "that", "the", "their",
  "them", "then", "there", "these", "they", "this", "those", "through", "to", "under", "until", "upon", "us", "use", "used",
  "using", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "will", "with",
  "within", "without", "would", "you", "your", "eg",
  "organization", "organizational", "organizations", "defined", "following", "ensure", "ensures", "control", "controls",
]);

/** ASCII letters and digits, and letters beyond ASCII (é, ß, ü), but not the punctuation blocks. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

/** Lower-case words of the text, without stop words, numbers and single letters. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let hasLetter = false;
  // A plain scan: this runs over every control's text, so no regular expression per word.
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      if (c > 57) hasLetter = true;
      continue;
    }
    if (start >= 0 && i - start >= 2 && hasLetter) {
      const word = lower.slice(start, i);
      if (!STOP_WORDS.has(word)) out.push(word);
    }
    start = -1;
    hasLetter = false;
  }
  return out;
}
