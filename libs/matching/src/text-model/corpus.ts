/**
 * Document statistics of the researcher corpus: how many text units (a publication, or the
 * profile statement) contain each term, and their lengths. It is incrementally updatable —
 * adding, replacing or removing one researcher touches only that researcher's units — and
 * serialisable to JSON, so the API can persist it instead of rebuilding it at start-up.
 */
export interface CorpusJSON {
  version: 1;
  /** Per owner (researcher id): the distinct terms and the length of each of its units. */
  owners: Record<string, Array<{ terms: string[]; length: number }>>;
}

interface Unit {
  terms: string[];
  length: number;
}

export class Corpus {
  private readonly df = new Map<string, number>();
  private readonly owners = new Map<string, Unit[]>();
  private unitCount = 0;
  private totalLength = 0;

  /** Number of units (the N of the idf). */
  get size(): number {
    return this.unitCount;
  }

  /** Number of owners (researchers). */
  get ownerCount(): number {
    return this.owners.size;
  }

  get averageLength(): number {
    return this.unitCount ? this.totalLength / this.unitCount : 0;
  }

  has(ownerId: string): boolean {
    return this.owners.has(ownerId);
  }

  /** Units containing the term. */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /**
   * Inverse document frequency, log((N + 1) / (df + 0.5)): always positive, largest for terms
   * no unit contains (so unknown words in a need still weigh in its norm).
   */
  idf(term: string): number {
    return Math.log((this.unitCount + 1) / (this.documentFrequency(term) + 0.5));
  }

  /** Adds (or replaces) an owner's units; each unit is the list of its terms, repeats allowed. */
  set(ownerId: string, units: ReadonlyArray<readonly string[]>): void {
    this.remove(ownerId);
    const stored = units.filter((unit) => unit.length > 0).map((unit) => ({ terms: [...new Set(unit)], length: unit.length }));
    this.addOwner(ownerId, stored);
  }

  remove(ownerId: string): boolean {
    const units = this.owners.get(ownerId);
    if (!units) return false;
    for (const unit of units) {
      for (const term of unit.terms) {
        const count = (this.df.get(term) ?? 0) - 1;
        if (count > 0) this.df.set(term, count);
        else this.df.delete(term);
      }
      this.unitCount--;
      this.totalLength -= unit.length;
    }
    this.owners.delete(ownerId);
    return true;
  }

  toJSON(): CorpusJSON {
    return { version: 1, owners: Object.fromEntries(this.owners) };
  }

  static fromJSON(json: CorpusJSON): Corpus {
    if (json.version !== 1) throw new Error(`Unsupported corpus version ${String(json.version)}`);
    const corpus = new Corpus();
    for (const [ownerId, units] of Object.entries(json.owners)) {
      const stored = units.map((unit) => ({ terms: [...unit.terms], length: unit.length }));
      corpus.addOwner(ownerId, stored);
    }
    return corpus;
  }

  private addOwner(ownerId: string, units: Unit[]): void {
    for (const unit of units) this.addUnit(unit);
    this.owners.set(ownerId, units);
  }

  private addUnit(unit: Unit): void {
    for (const term of unit.terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.unitCount++;
    this.totalLength += unit.length;
  }
}
