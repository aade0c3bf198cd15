import { describe, expect, it } from "vitest";
import {
  addDocumentFrequencies,
  blendVectors,
  buildInvertedIndex,
  cosineSimilarity,
  inverseDocumentFrequencies,
  inverseDocumentFrequency,
  searchInvertedIndex,
  sharedTerms,
  termFrequencies,
  tfIdfVector,
} from "@/lib/analysis/text/tf-idf";
import { Vocabulary } from "@/lib/analysis/text/vocabulary";

// Three tiny documents: d1 = cat sat, d2 = cat cat dog, d3 = dog bird (N = 3).
const vocab = new Vocabulary();
const docs = [["cat", "sat"], ["cat", "cat", "dog"], ["dog", "bird"]].map((d) => termFrequencies(d.map((t) => vocab.id(t))));
const df: number[] = [];
for (const d of docs) addDocumentFrequencies(df, d);
const idf = inverseDocumentFrequencies(df, docs.length);
const [d1, d2, d3] = docs.map((d) => tfIdfVector(d, idf)) as [ReturnType<typeof tfIdfVector>, ReturnType<typeof tfIdfVector>, ReturnType<typeof tfIdfVector>];
const id = (t: string) => vocab.id(t);

describe("tf-idf", () => {
  it("counts term frequencies and document frequencies", () => {
    expect(docs[1]).toEqual({ terms: [id("cat"), id("dog")], counts: [2, 1] });
    expect([df[id("cat")], df[id("sat")], df[id("dog")], df[id("bird")]]).toEqual([2, 1, 2, 1]);
  });

  it("smooths the idf", () => {
    // idf(cat) = ln(4/3) + 1 = 1.287682; idf(sat) = ln(4/2) + 1 = 1.693147
    expect(idf[id("cat")]).toBeCloseTo(1.287682, 6);
    expect(idf[id("sat")]).toBeCloseTo(1.693147, 6);
    expect(inverseDocumentFrequency(0, 0)).toBe(1);
  });

  it("weights sublinear term frequency and normalises to unit length", () => {
    // d2: cat = (1 + ln 2) × 1.287682 = 2.180235, dog = 1.287682; norm = √(2.180235² + 1.287682²) = 2.532104
    expect(d2.terms).toEqual([id("cat"), id("dog")]);
    expect(d2.weights[0]).toBeCloseTo(2.180235 / 2.532104, 6);
    expect(d2.weights[1]).toBeCloseTo(1.287682 / 2.532104, 6);
  });

  it("computes cosine similarity by hand", () => {
    // d1: cat 1.287682, sat 1.693147, norm 2.127175. Shared term: cat.
    // cos(d1, d2) = 1.287682 × 2.180235 / (2.127175 × 2.532104) = 2.807452 / 5.386228 = 0.521227
    expect(cosineSimilarity(d1, d2)).toBeCloseTo(0.521227, 6);
    // cos(d2, d3) = 1.287682 × 1.287682 / (2.532104 × 2.127175) = 1.658125 / 5.386228 = 0.307845
    expect(cosineSimilarity(d2, d3)).toBeCloseTo(0.307845, 6);
    expect(cosineSimilarity(d1, d3)).toBe(0);
    expect(cosineSimilarity(d1, d1)).toBeCloseTo(1, 12);
  });

  it("lists shared terms by contribution", () => {
    expect(sharedTerms(d1, d2).map((s) => vocab.term(s.term))).toEqual(["cat"]);
    expect(sharedTerms(d1, d3)).toEqual([]);
  });

  it("returns an empty vector for a document without terms", () => {
    expect(tfIdfVector(termFrequencies([]), idf)).toEqual({ terms: [], weights: [] });
  });

  it("searches the inverted index with the same scores as pairwise cosine", () => {
    const index = buildInvertedIndex([d1, d2, d3]);
    expect(index.postings[id("cat")]?.docs).toEqual([0, 1]);
    const hits = searchInvertedIndex(index, d2, 5, 0);
    expect(hits.map((h) => h.doc)).toEqual([1, 0, 2]);
    expect(hits[1]?.score).toBeCloseTo(0.521227, 6);
    expect(hits[2]?.score).toBeCloseTo(0.307845, 6);
    // The accumulator is reset, so a second search gives the same answer.
    expect(searchInvertedIndex(index, d2, 5, 0)).toEqual(hits);
  });

  it("applies the limit and the minimum score", () => {
    const index = buildInvertedIndex([d1, d2, d3]);
    expect(searchInvertedIndex(index, d2, 1, 0).map((h) => h.doc)).toEqual([1]);
    expect(searchInvertedIndex(index, d2, 5, 0.4).map((h) => h.doc)).toEqual([1, 0]);
  });
});

describe("blendVectors", () => {
  it("scores a query with the same blend of the two cosines", () => {
    const blended = blendVectors(d1, d2, 0.5, 0.5);
    expect(blended.terms).toEqual([id("cat"), id("sat"), id("dog")]);
    // 0.5 × cos(d1, d2) + 0.5 × cos(d2, d2) = 0.5 × 0.521227 + 0.5 × 1 = 0.760614
    const [hit] = searchInvertedIndex(buildInvertedIndex([blended]), d2, 1, 0);
    expect(hit?.score).toBeCloseTo(0.760614, 6);
  });
});

describe("Vocabulary", () => {
  it("numbers terms in order of first sight", () => {
    const v = new Vocabulary();
    expect([v.id("b"), v.id("a"), v.id("b")]).toEqual([0, 1, 0]);
    expect(v.term(1)).toBe("a");
    expect(v.size).toBe(2);
    expect(() => v.term(5)).toThrow();
  });
});
