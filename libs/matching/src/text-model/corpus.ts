/**
 * Document statistics of the researcher corpus: how many text units (a publication, or the
 * profile statement) contain each term, and their lengths. It is incrementally updatable —
 * adding, replacing or removing one researcher touches only that researcher's units — and
 * serialisable to JSON, so the API can persist it instead of rebuilding it at start-up.
 *
 * Terms are interned in a dictionary (term → integer id) and document frequencies kept in a
 * typed array, so the statistics cost O(distinct terms) integers; an owner's units are kept as
 * typed arrays of term ids (only what removing or replacing the owner needs).
 */
export interface CorpusJSON {
  version: 1;
  /** Per owner (researcher id): the distinct terms and the length of each of its units. */
  owners: Record<string, Array<{ terms: string[]; length: number }>>;
}

interface Unit {
  ids: Int32Array;
  length: number;
}

export class Corpus {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private df = new Int32Array(1024);
  private readonly owners = new Map<string, Unit[]>();
  private unitCount = 0;
  private totalLength = 0;
  /** Bumped by every change of the statistics; idfs[id] holds while idfRevisions[id] equals it. */
  private revision = 1;
  private idfs = new Float64Array(0);
  private idfRevisions = new Int32Array(0);

  /** Number of units (the N of the idf). */
  get size(): number {
    return this.unitCount;
  }

  /** Number of owners (researchers) added through set(). */
  get ownerCount(): number {
    return this.owners.size;
  }

  get averageLength(): number {
    return this.unitCount ? this.totalLength / this.unitCount : 0;
  }

  /** Number of interned terms (ids are 0 … vocabularySize − 1). */
  get vocabularySize(): number {
    return this.names.length;
  }

  has(ownerId: string): boolean {
    return this.owners.has(ownerId);
  }

  /** Units containing the term. */
  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.df[id];
  }

  /**
   * Inverse document frequency, log((N + 1) / (df + 0.5)): always positive, largest for terms
   * no unit contains (so unknown words in a need still weigh in its norm).
   */
  idf(term: string): number {
    return Math.log((this.unitCount + 1) / (this.documentFrequency(term) + 0.5));
  }

  /** idf of an interned term id (memoised until the statistics change: scoring asks for the same terms again and again). */
  idfOf(id: number): number {
    if (this.idfRevisions[id] === this.revision) return this.idfs[id];
    if (id >= this.idfs.length) this.growIdfCache();
    const idf = Math.log((this.unitCount + 1) / (this.df[id] + 0.5));
    this.idfs[id] = idf;
    this.idfRevisions[id] = this.revision;
    return idf;
  }

  /** The id of a term, interning it (with df 0) when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(term);
      this.ids.set(term, id);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** The id of a term, or −1 when it was never interned. */
  idOf(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  term(id: number): string {
    return this.names[id];
  }

  /** Adds (or replaces) an owner's units; each unit is the list of its terms, repeats allowed. */
  set(ownerId: string, units: ReadonlyArray<readonly string[]>): void {
    this.remove(ownerId);
    const stored: Unit[] = [];
    for (const unit of units) {
      if (!unit.length) continue;
      const ids = Int32Array.from(new Set(unit), (term) => this.intern(term));
      stored.push({ ids, length: unit.length });
    }
    this.addOwner(ownerId, stored);
  }

  remove(ownerId: string): boolean {
    const units = this.owners.get(ownerId);
    if (!units) return false;
    for (const unit of units) this.removeUnit(unit.ids, unit.length);
    this.owners.delete(ownerId);
    return true;
  }

  /** Counts one unit of distinct term ids (for owners whose units are kept elsewhere). */
  addUnit(ids: ArrayLike<number>, length: number): void {
    this.changed();
    const df = this.df;
    for (let i = 0; i < ids.length; i++) df[ids[i]]++;
    this.unitCount++;
    this.totalLength += length;
  }

  /** Undoes addUnit. */
  removeUnit(ids: ArrayLike<number>, length: number): void {
    this.changed();
    const df = this.df;
    for (let i = 0; i < ids.length; i++) df[ids[i]]--;
    this.unitCount--;
    this.totalLength -= length;
  }

  toJSON(): CorpusJSON {
    const owners: CorpusJSON['owners'] = {};
    for (const [ownerId, units] of this.owners) owners[ownerId] = units.map((unit) => ({ terms: Array.from(unit.ids, (id) => this.names[id]), length: unit.length }));
    return { version: 1, owners };
  }

  static fromJSON(json: CorpusJSON): Corpus {
    if (json.version !== 1) throw new Error(`Unsupported corpus version ${String(json.version)}`);
    const corpus = new Corpus();
    for (const [ownerId, units] of Object.entries(json.owners)) {
      const stored = units.map((unit) => ({ ids: Int32Array.from(new Set(unit.terms), (term) => corpus.intern(term)), length: unit.length }));
      corpus.addOwner(ownerId, stored);
    }
    return corpus;
  }

  private changed(): void {
    if (++this.revision >= 0x3fffffff) {
      this.idfRevisions.fill(0);
      this.revision = 1;
    }
  }

  private growIdfCache(): void {
    const size = Math.max(1024, this.df.length);
    const idfs = new Float64Array(size);
    const revisions = new Int32Array(size);
    idfs.set(this.idfs);
    revisions.set(this.idfRevisions);
    this.idfs = idfs;
    this.idfRevisions = revisions;
  }

  private addOwner(ownerId: string, units: Unit[]): void {
    for (const unit of units) this.addUnit(unit.ids, unit.length);
    this.owners.set(ownerId, units);
  }
}
