// TF-IDF vectors, cosine similarity and an inverted index over numbered terms (see vocabulary.ts),
// so a query document is scored only against the documents sharing a term with it, never against
// every document of a large corpus.
//
//   weight(term, doc) = (1 + ln tf) × idf(term),  idf(term) = ln((1 + N) / (1 + df)) + 1
//
// then each vector is scaled to unit length, so cosine similarity is a plain dot product in [0, 1].

/** Distinct terms of one document, ascending, with how often each occurs. */
export interface TermFrequencies {
  terms: number[];
  counts: number[];
}

/** A unit-length sparse vector: term ids ascending, weights beside them. */
export interface SparseVector {
  terms: number[];
  weights: number[];
}

export function termFrequencies(tokens: readonly number[]): TermFrequencies {
  const sorted = Int32Array.from(tokens).sort();
  const terms: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    const t = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === t) j++;
    terms.push(t);
    counts.push(j - i);
    i = j;
  }
  return { terms, counts };
}

/** Adds one document's terms to the document frequencies (df[term] = documents containing it). */
export function addDocumentFrequencies(df: number[], tf: TermFrequencies): void {
  for (const t of tf.terms) df[t] = (df[t] ?? 0) + 1;
}

/** Smoothed inverse document frequency: never zero, so a term in every document still counts a little. */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log((1 + documentCount) / (1 + documentFrequency)) + 1;
}

/** idf of every term id below df.length. */
export function inverseDocumentFrequencies(df: readonly (number | undefined)[], documentCount: number): Float64Array {
  const idf = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = inverseDocumentFrequency(df[t] ?? 0, documentCount);
  return idf;
}

export function tfIdfVector(tf: TermFrequencies, idf: ArrayLike<number>): SparseVector {
  const weights = new Array<number>(tf.terms.length);
  let norm = 0;
  for (let k = 0; k < tf.terms.length; k++) {
    const w = (1 + Math.log(tf.counts[k] as number)) * (idf[tf.terms[k] as number] ?? 0);
    weights[k] = w;
    norm += w * w;
  }
  if (norm === 0) return { terms: [], weights: [] };
  norm = Math.sqrt(norm);
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
  return { terms: tf.terms, weights };
}

/** Cosine of two unit vectors: the dot product over their shared terms, clamped to [0, 1]. */
export function cosineSimilarity(a: SparseVector, b: SparseVector): number {
  return Math.min(1, Math.max(0, sharedTerms(a, b).reduce((sum, s) => sum + s.contribution, 0)));
}

/** The shared terms of two vectors with their share of the dot product, largest first. */
export function sharedTerms(a: SparseVector, b: SparseVector): { term: number; contribution: number }[] {
  const shared: { term: number; contribution: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i] as number;
    const tb = b.terms[j] as number;
    if (ta === tb) shared.push({ term: ta, contribution: (a.weights[i++] as number) * (b.weights[j++] as number) });
    else if (ta < tb) i++;
    else j++;
  }
  return shared.sort((x, y) => y.contribution - x.contribution || x.term - y.term);
}

interface Posting {
  docs: number[];
  weights: number[];
}

export interface InvertedIndex {
  documentCount: number;
  /** postings[termId]: the documents containing the term and its weight in each. */
  postings: (Posting | undefined)[];
  /** Reused score accumulator, one slot per document. */
  scratch: Float64Array;
}

export function buildInvertedIndex(vectors: readonly SparseVector[]): InvertedIndex {
  const postings: (Posting | undefined)[] = [];
  vectors.forEach((v, doc) => {
    v.terms.forEach((term, k) => {
      let p = postings[term];
      if (!p) postings[term] = p = { docs: [], weights: [] };
      p.docs.push(doc);
      p.weights.push(v.weights[k] as number);
    });
  });
  return { documentCount: vectors.length, postings, scratch: new Float64Array(vectors.length) };
}

/**
 * The indexed documents most similar to the query (cosine ≥ minScore, and > 0), best first, ties
 * by document number. Work is proportional to the postings of the query's terms.
 */
export function searchInvertedIndex(
  index: InvertedIndex,
  query: SparseVector,
  limit: number,
  minScore: number,
): { doc: number; score: number }[] {
  const scores = index.scratch;
  const touched: number[] = [];
  for (let k = 0; k < query.terms.length; k++) {
    const p = index.postings[query.terms[k] as number];
    if (!p) continue;
    const qw = query.weights[k] as number;
    for (let i = 0; i < p.docs.length; i++) {
      const doc = p.docs[i] as number;
      // Weights are positive, so a zero slot has not been touched by this query yet.
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] as number) + qw * (p.weights[i] as number);
    }
  }
  const hits: { doc: number; score: number }[] = [];
  for (const doc of touched) {
    const score = Math.min(1, scores[doc] as number);
    scores[doc] = 0;
    if (score >= minScore) hits.push({ doc, score });
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return hits.length > limit ? hits.slice(0, limit) : hits;
}

/**
 * wa·a + wb·b, term by term. With unit a and b and wa + wb = 1, its dot product with a unit query
 * is the same blend of the two cosines, so it still lies in [0, 1].
 */
export function blendVectors(a: SparseVector, b: SparseVector, wa: number, wb: number): SparseVector {
  const terms: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const ta = i < a.terms.length ? (a.terms[i] as number) : Infinity;
    const tb = j < b.terms.length ? (b.terms[j] as number) : Infinity;
    const t = Math.min(ta, tb);
    terms.push(t);
    weights.push((ta === t ? wa * (a.weights[i++] as number) : 0) + (tb === t ? wb * (b.weights[j++] as number) : 0));
  }
  return { terms, weights };
}
