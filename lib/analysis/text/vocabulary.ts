// Numbers terms, so term frequencies, document frequencies and postings are arrays indexed by a
// small integer instead of maps keyed by strings (the crosswalk handles 100k documents).
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  /** The term's id, assigning the next one on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  term(id: number): string {
    const name = this.names[id];
    if (name === undefined) throw new Error(`unknown term id ${id}`);
    return name;
  }

  get size(): number {
    return this.names.length;
  }
}
