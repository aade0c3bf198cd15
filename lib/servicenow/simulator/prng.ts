// Seeded randomness for the simulator. Everything the generator produces comes from here, so one
// seed always yields the same dataset (and the same checksums) on every machine.

/** FNV-1a over a string: turns (seed, label) pairs into independent 32-bit stream seeds. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * sfc32 (128-bit state) rather than mulberry32: mulberry32's streams are offsets of one 2^32 cycle,
 * so forked streams can overlap and repeat sys_ids; sfc32 streams do not share such a cycle.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label = "") {
    this.a = hash32(`a:${seed}:${label}`);
    this.b = hash32(`b:${seed}:${label}`);
    this.c = hash32(`c:${seed}:${label}`);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.nextU32(); // warm up past the correlated first outputs
  }

  /** An independent stream, so adding records in one section does not reshuffle the others. */
  fork(label: string): Rng {
    return new Rng(this.nextU32(), label);
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    // for…in rather than Object.entries: this runs per generated record and should not allocate.
    let total = 0;
    for (const key in weights) total += weights[key];
    let roll = this.next() * total;
    let last: K | undefined;
    for (const key in weights) {
      roll -= weights[key];
      last = key;
      if (roll < 0) return key;
    }
    return last as K;
  }

  /** Standard normal via Box-Muller. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Exponential with the given mean (waiting times, issue durations). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Poisson count (Knuth), for small means such as ad-hoc issues per control. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** In-place Fisher-Yates shuffle. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }

  /** A ServiceNow-style sys_id: 32 lowercase hex characters. */
  sysId(): string {
    // One flat string from a scratch buffer: concatenating hex pieces leaves a tree of cons strings
    // behind every id, which over a million rows is mostly garbage-collector work.
    SCRATCH.writeUInt32BE(this.nextU32(), 0);
    SCRATCH.writeUInt32BE(this.nextU32(), 4);
    SCRATCH.writeUInt32BE(this.nextU32(), 8);
    SCRATCH.writeUInt32BE(this.nextU32(), 12);
    return SCRATCH.toString("hex");
  }
}

const SCRATCH = Buffer.alloc(16);
