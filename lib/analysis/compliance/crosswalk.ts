// Suggests which NIST SP 800-53 control each of the customer's controls and citations addresses,
// by TF-IDF cosine similarity of the catalog's title and title + statement with the control's or
// citation's name + description (idf over both sides together, so words every control uses weigh little).
// The catalog is the indexed side: each source is scored only against catalog controls sharing a
// term with it, which keeps 100k sources linear.
import type { ComplianceOptions } from "@/lib/analysis/compliance/compliance-options";
import type { CrosswalkSuggestion } from "@/lib/analysis/compliance/compliance-types";
import { pairKey } from "@/lib/analysis/compliance/crosswalk-decisions";
import type { NistControl } from "@/lib/analysis/compliance/nist-catalog";
import { isRequirementCitation } from "@/lib/analysis/compliance/synced-requirements";
import { isInScope } from "@/lib/analysis/controls/assess-controls";
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import { stem } from "@/lib/analysis/text/stem-lite";
import {
  addDocumentFrequencies,
  blendVectors,
  buildInvertedIndex,
  inverseDocumentFrequencies,
  searchInvertedIndex,
  sharedTerms,
  termFrequencies,
  tfIdfVector,
  type SparseVector,
  type TermFrequencies,
} from "@/lib/analysis/text/tf-idf";
import { words } from "@/lib/analysis/text/tokenize";
import { Vocabulary } from "@/lib/analysis/text/vocabulary";

const SHARED_TERMS_SHOWN = 3;

// Confidence = 0.7 × cosine with the catalog title + 0.3 × cosine with title and statement. The
// title names the topic; statements are long and full of generic words, so alone they let a short,
// loosely related enhancement outrank the control whose title is the source's topic.
const TITLE_SHARE = 0.7;

interface Source {
  id: string;
  type: CrosswalkSuggestion["sourceType"];
  label: string;
  text: string;
}

interface Candidate {
  source: number;
  target: number;
  confidence: number;
  vector: SparseVector;
}

interface CatalogWords {
  titles: string[][];
  /** Title and statement. */
  texts: string[][];
  /** The most used spelling of each stem, so reasons show words rather than stems. */
  forms: Map<string, string>;
}

// The catalog and its baseline subsets live for the process, so their words are split once.
const catalogWordCache = new WeakMap<readonly NistControl[], CatalogWords>();

function catalogWords(catalog: readonly NistControl[]): CatalogWords {
  const cached = catalogWordCache.get(catalog);
  if (cached) return cached;
  const uses = new Map<string, Map<string, number>>();
  const titles = catalog.map((n) => words(n.title));
  const texts = catalog.map((n, k) => [...(titles[k] as string[]), ...words(n.statement)]);
  for (const text of texts) {
    for (const w of text) {
      const s = stem(w);
      let spellings = uses.get(s);
      if (!spellings) uses.set(s, (spellings = new Map()));
      spellings.set(w, (spellings.get(w) ?? 0) + 1);
    }
  }
  const forms = new Map<string, string>();
  for (const [s, spellings] of uses) {
    let best = "";
    let count = 0;
    for (const [w, n] of spellings) if (n > count) [best, count] = [w, n];
    forms.set(s, best);
  }
  const result = { titles, texts, forms };
  catalogWordCache.set(catalog, result);
  return result;
}

function sourcesOf(dataset: AnalysisDataset): Source[] {
  const out: Source[] = [];
  for (const c of dataset.controls) {
    if (!isInScope(c)) continue;
    out.push({ id: c.id, type: "control", label: `${c.number} ${c.name}`.trim(), text: `${c.name} ${c.description}` });
  }
  const documents = new Map(dataset.authorityDocuments.map((d) => [d.id, d]));
  for (const c of dataset.citations) {
    const document = c.documentId === null ? undefined : documents.get(c.documentId);
    if (!isRequirementCitation(c) || document?.active === false) continue;
    out.push({ id: c.id, type: "citation", label: `${document?.name ?? ""} ${c.reference} ${c.name}`.trim(), text: `${c.name} ${c.description}` });
  }
  return out;
}

function compareCandidates(a: Candidate, b: Candidate, sources: readonly Source[], catalog: readonly NistControl[]): number {
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  const sa = (sources[a.source] as Source).id;
  const sb = (sources[b.source] as Source).id;
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ta = (catalog[a.target] as NistControl).id;
  const tb = (catalog[b.target] as NistControl).id;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function suggestCrosswalk(
  dataset: AnalysisDataset,
  catalog: readonly NistControl[],
  decided: ReadonlySet<string>,
  options: Pick<ComplianceOptions, "minConfidence" | "suggestionsPerSource" | "maxSuggestions">,
): { sources: number; total: number; suggestions: CrosswalkSuggestion[] } {
  // Numbered per run, so term ids (and so summation order) depend on this dataset alone.
  const vocab = new Vocabulary();
  const termOfWord = new Map<string, number>();
  const frequencies = (list: readonly string[]): TermFrequencies => {
    const ids = new Array<number>(list.length);
    for (let k = 0; k < list.length; k++) {
      const w = list[k] as string;
      let id = termOfWord.get(w);
      if (id === undefined) termOfWord.set(w, (id = vocab.id(stem(w))));
      ids[k] = id;
    }
    return termFrequencies(ids);
  };
  const { titles, texts, forms } = catalogWords(catalog);
  const sources = sourcesOf(dataset);
  const targetTf = texts.map(frequencies);
  const sourceTf = sources.map((s) => frequencies(words(s.text)));
  const df: number[] = [];
  for (const tf of targetTf) addDocumentFrequencies(df, tf);
  for (const tf of sourceTf) addDocumentFrequencies(df, tf);
  const idf = inverseDocumentFrequencies(df, targetTf.length + sourceTf.length);
  const targets = targetTf.map((tf, k) =>
    blendVectors(tfIdfVector(frequencies(titles[k] as string[]), idf), tfIdfVector(tf, idf), TITLE_SHARE, 1 - TITLE_SHARE),
  );
  const index = buildInvertedIndex(targets);

  const decidedPerSource = new Map<string, number>();
  for (const key of decided) {
    const sourceId = key.slice(0, key.indexOf("\u0000"));
    decidedPerSource.set(sourceId, (decidedPerSource.get(sourceId) ?? 0) + 1);
  }
  const candidates: Candidate[] = [];
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s] as Source;
    const vector = tfIdfVector(sourceTf[s] as TermFrequencies, idf);
    const skip = decidedPerSource.get(source.id) ?? 0;
    // Room for the pairs already decided, so a source still gets its share of fresh suggestions.
    const hits = searchInvertedIndex(index, vector, options.suggestionsPerSource + skip, options.minConfidence);
    let kept = 0;
    for (const hit of hits) {
      if (kept === options.suggestionsPerSource) break;
      if (skip > 0 && decided.has(pairKey(source.id, (catalog[hit.doc] as NistControl).id))) continue;
      candidates.push({ source: s, target: hit.doc, confidence: Math.round(hit.score * 10_000) / 10_000, vector });
      kept++;
    }
  }
  candidates.sort((a, b) => compareCandidates(a, b, sources, catalog));

  const suggestions = candidates.slice(0, options.maxSuggestions).map((c): CrosswalkSuggestion => {
    const source = sources[c.source] as Source;
    const target = catalog[c.target] as NistControl;
    const shared = sharedTerms(c.vector, targets[c.target] as SparseVector)
      .slice(0, SHARED_TERMS_SHOWN)
      .map((t) => forms.get(vocab.term(t.term)) ?? vocab.term(t.term));
    const requirementLabel = `${target.id} ${target.title}`;
    return {
      sourceId: source.id, sourceType: source.type, sourceLabel: source.label,
      requirementId: target.id, requirementLabel, familyId: target.familyId, confidence: c.confidence, sharedTerms: shared,
      reason: `Shares "${shared.join('", "')}" with ${requirementLabel} (text similarity ${c.confidence.toFixed(2)}).`,
    };
  });
  return { sources: sources.length, total: candidates.length, suggestions };
}
