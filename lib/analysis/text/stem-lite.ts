// A small suffix-stripping stemmer, so "authentication", "authenticator" and "authenticate" or
// "managed" and "management" meet on one term when controls are compared with requirement text.
// It strips at most one suffix and keeps a stem of at least four letters (three for a plural "s"),
// which is enough for matching GRC prose without the over-stemming of a full Porter stemmer.

const MIN_STEM = 4;

// Longest first, so "ations" wins over "ation" and "s".
const SUFFIXES = [
  "izations", "ization", "ational", "ations", "ements", "ation", "ement", "ments", "ities", "ators", "ness",
  "ment", "ings", "ator", "ated", "ates", "able", "ible", "ance", "ence", "ical", "ions", "ity", "ing", "ion",
  "ate", "ive", "ize", "ise", "ers", "ed", "er", "ly", "al", "es", "s",
].sort((a, b) => b.length - a.length);

// Endings where a final "s" is part of the word, not a plural: access, status, analysis.
const KEEP_S = ["ss", "us", "is"];

// Suffixes after which a doubled final consonant is the spelling rule, not the word: logg(ing).
const DOUBLING = new Set(["ing", "ings", "ed", "er", "ers"]);

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  // "policies" -> "policy", "activities" -> "activity" (then "activ", like "activity").
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  let stripped = "";
  for (const suffix of SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    if (suffix === "s" && KEEP_S.some((end) => w.endsWith(end))) break;
    // "processes" loses "es"; "baselines" only loses "s".
    if (suffix === "es" && !/(?:ss|x|ch|sh|zz)es$/.test(w)) continue;
    if (w.length - suffix.length < (suffix === "s" ? 3 : MIN_STEM)) continue;
    w = w.slice(0, -suffix.length);
    stripped = suffix;
    break;
  }
  if (DOUBLING.has(stripped) && /([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz|ff)$/.test(w)) w = w.slice(0, -1);
  // "manage" and "manag(ed)" become one term.
  if (w.length > MIN_STEM && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
