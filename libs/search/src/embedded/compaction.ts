import { InvertedIndex } from './inverted-index';

/**
 * A copy of an index without its tombstones, built a slice at a time beside the index it replaces.
 * The source keeps answering and taking writes meanwhile. A write empties the document's old slot
 * (the copy skips it) and takes a new one past the copy's end; every id written since the start is
 * taken again from the source at the end. The copy swapped in thus holds exactly the source's live
 * documents.
 */
export class Compaction {
  private readonly copy: InvertedIndex;
  private readonly end: number;
  private next = 0;
  /** Ids written since the start. */
  private readonly written = new Set<string>();

  constructor(private readonly source: InvertedIndex) {
    this.copy = new InvertedIndex(source.settings);
    this.end = source.slotCount;
  }

  /** Notes a write (upsert or delete) made to the source after the start. */
  noteWrite(id: string): void {
    this.written.add(id);
  }

  /** Copies live documents until `budgetMs` has passed; true once every slot is copied. */
  step(budgetMs: number): boolean {
    const deadline = performance.now() + budgetMs;
    while (this.next < this.end) {
      const document = this.source.liveDocumentAt(this.next++);
      if (document) this.copy.add(document);
      if (this.next % 64 === 0 && performance.now() >= deadline) break;
    }
    return this.next >= this.end;
  }

  /** The finished copy, with the writes made since the start applied. */
  finish(): InvertedIndex {
    for (const id of this.written) {
      const document = this.source.documentById(id);
      if (document) this.copy.add(document);
      else this.copy.remove(id);
    }
    return this.copy;
  }
}
