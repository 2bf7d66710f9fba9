import { SearchDocument } from '../search-engine';
import { FileBytes, SnapshotReader, SnapshotSections, StreamedBytes } from './snapshot-file';

/** Documents parsed from the snapshot's bytes kept for the next reads (a page of hits read again, its highlights). */
const CACHE_SIZE = 4096;

/**
 * The stored documents of one index, by slot, each live or a tombstone.
 *
 * Documents loaded from a snapshot stay as their UTF-8 JSON in the snapshot file, on disk (one
 * byte range per slot, through an offset table), and are read and parsed only when something
 * reads them: a hit's fields and highlights, a removal (its terms), a compaction or export.
 * Nothing else reads stored documents: filters, facets and sorts have their own columns in the
 * index. Loading a snapshot therefore builds no per-document object and keeps none of their
 * bytes in memory (the operating system's page cache may hold them, which the process does not
 * count); the last CACHE_SIZE parsed documents are kept for the next reads. Documents added later
 * are kept as the objects they are.
 *
 * A snapshot writes the loaded documents' bytes back as they are (no parse, no stringify),
 * streamed from the file they were loaded from.
 */
export class DocumentStore {
  /** Slots [0, packedCount): slot s is bytes [packedOffsets[s], packedOffsets[s + 1]) of packedBytes (on disk). */
  private packedBytes: FileBytes | null = null;
  private packedOffsets: Float64Array = new Float64Array(1);
  private packedCount = 0;
  /** Slots from packedCount on, as objects (undefined: a tombstone). */
  private objects: (SearchDocument | undefined)[] = [];
  /** Per slot: 1 live, 0 tombstone (the array may be longer than `length`). */
  private liveFlags = new Uint8Array(1024);
  private slotCount = 0;
  private liveCount = 0;
  /** The packed slots' document ids (a parsed document must carry its slot's). */
  private slotIds: readonly string[] = [];
  /** Parsed packed documents, least recently read first. */
  private readonly cache = new Map<number, SearchDocument>();

  /** Slots, tombstones included. */
  get length(): number {
    return this.slotCount;
  }

  get live(): number {
    return this.liveCount;
  }

  /** slot → 1 when live, 0 when a tombstone; read it again after a push (it may be replaced). */
  get flags(): Uint8Array {
    return this.liveFlags;
  }

  isLive(slot: number): boolean {
    return slot < this.slotCount && this.liveFlags[slot] === 1;
  }

  /** Stores a document (the caller's object, kept as it is) in a new slot. */
  push(document: SearchDocument): number {
    const slot = this.slotCount++;
    if (slot >= this.liveFlags.length) {
      const grown = new Uint8Array(this.liveFlags.length * 2);
      grown.set(this.liveFlags);
      this.liveFlags = grown;
    }
    this.liveFlags[slot] = 1;
    this.liveCount++;
    this.objects.push(document);
    return slot;
  }

  /** The live document in `slot` (shared: the caller copies it before handing it out), or undefined. */
  get(slot: number): SearchDocument | undefined {
    if (!this.isLive(slot)) return undefined;
    if (slot >= this.packedCount) return this.objects[slot - this.packedCount];
    const cached = this.cache.get(slot);
    if (cached) {
      this.cache.delete(slot);
      this.cache.set(slot, cached);
      return cached;
    }
    const document = this.parse(slot);
    this.cache.set(slot, document);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    return document;
  }

  /** The live document in `slot`, or undefined, without keeping it in the cache (a compaction reads each once). */
  peek(slot: number): SearchDocument | undefined {
    if (!this.isLive(slot)) return undefined;
    if (slot >= this.packedCount) return this.objects[slot - this.packedCount];
    return this.cache.get(slot) ?? this.parse(slot);
  }

  /** Makes `slot` a tombstone. */
  delete(slot: number): void {
    if (!this.isLive(slot)) return;
    this.liveFlags[slot] = 0;
    this.liveCount--;
    if (slot >= this.packedCount) this.objects[slot - this.packedCount] = undefined;
    else this.cache.delete(slot);
  }

  /** The live documents in slot order (packed ones parsed afresh, not cached). */
  liveDocuments(): SearchDocument[] {
    const out: SearchDocument[] = [];
    for (let slot = 0; slot < this.slotCount; slot++) {
      const document = this.peek(slot);
      if (document) out.push(document);
    }
    return out;
  }

  /** Into a snapshot: the live documents' JSON end to end and their offsets (a tombstone is an empty range). */
  writeState(out: SnapshotSections, prefix: string): void {
    const offsets = new Float64Array(this.slotCount + 1);
    /** In order: ranges of the packed bytes ([start, end), on disk) and documents added since (their JSON). */
    const pieces: ([number, number] | Buffer)[] = [];
    let total = 0;
    // Consecutive live packed slots are one range of the packed bytes: copied as one piece.
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart < 0) return;
      pieces.push([runStart, runEnd]);
      runStart = runEnd = -1;
    };
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.liveFlags[slot] === 1) {
        if (slot < this.packedCount) {
          const start = this.packedOffsets[slot];
          const end = this.packedOffsets[slot + 1];
          if (runStart >= 0 && runEnd === start) runEnd = end;
          else {
            flush();
            runStart = start;
            runEnd = end;
          }
          total += end - start;
        } else {
          flush();
          const bytes = Buffer.from(JSON.stringify(this.objects[slot - this.packedCount]), 'utf8');
          pieces.push(bytes);
          total += bytes.length;
        }
      } else {
        flush();
      }
      offsets[slot + 1] = total;
    }
    flush();
    out.f64(`${prefix}offsets`, offsets);
    const packed = this.packedBytes;
    if (!packed) {
      const buffers = pieces as Buffer[]; // nothing packed: every piece is a document's JSON
      out.u8(`${prefix}json`, buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, total));
      return;
    }
    // The packed ranges are streamed from the file, never gathered in memory.
    const stream: StreamedBytes = {
      length: total,
      *chunks() {
        for (const piece of pieces) {
          if (Buffer.isBuffer(piece)) yield piece;
          else yield* packed.chunks(piece[0], piece[1]);
        }
      },
    };
    out.u8Stream(`${prefix}json`, stream);
  }

  /**
   * The documents writeState saved, left in the snapshot's file (nothing parsed, nothing kept in
   * memory but the offset table). `ids` are the slots' document ids: a document parsed later must
   * carry its slot's id. (`scanChunk`: the size of the reads that check the ranges; tests use small ones.)
   */
  static fromState(input: SnapshotReader, prefix: string, ids: readonly string[], scanChunk = 4 * 1024 * 1024): DocumentStore {
    const store = new DocumentStore();
    const offsets = input.f64(`${prefix}offsets`);
    const bytes = input.fileBytes(`${prefix}json`);
    const slotCount = offsets.length - 1;
    if (slotCount < 0 || slotCount !== ids.length || offsets[0] !== 0 || offsets[slotCount] !== bytes.length) throw new Error('corrupt document table');
    const flags = new Uint8Array(Math.max(1024, slotCount * 2));
    let live = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      const start = offsets[slot];
      const end = offsets[slot + 1];
      if (!(end >= start) || !Number.isInteger(end)) throw new Error('corrupt document table');
      if (end > start) {
        flags[slot] = 1;
        live++;
      }
    }
    // Each live range is a JSON object, nothing else (the rest is checked when the document is
    // parsed): its first and last bytes, checked in one pass over the section in chunks (the
    // ranges are in order, see above).
    let slot = 0;
    let last = false; // checking slot's last byte (else its first)
    let chunkStart = 0;
    for (const chunk of bytes.chunks(0, bytes.length, scanChunk)) {
      const chunkEnd = chunkStart + chunk.length;
      while (slot < slotCount) {
        if (flags[slot] !== 1) {
          slot++;
          continue;
        }
        const at = last ? offsets[slot + 1] - 1 : offsets[slot];
        if (at >= chunkEnd) break;
        if (chunk[at - chunkStart] !== (last ? 0x7d : 0x7b)) throw new Error('corrupt document table');
        if (last) slot++;
        last = !last;
      }
      chunkStart = chunkEnd;
    }
    store.packedBytes = bytes;
    store.packedOffsets = offsets;
    store.packedCount = slotCount;
    store.slotIds = ids;
    store.liveFlags = flags;
    store.slotCount = slotCount;
    store.liveCount = live;
    return store;
  }

  private parse(slot: number): SearchDocument {
    const json = this.packedBytes!.read(this.packedOffsets[slot], this.packedOffsets[slot + 1]).toString('utf8');
    const document = JSON.parse(json) as SearchDocument;
    if (typeof document !== 'object' || document === null || document.id !== this.slotIds[slot]) throw new Error(`corrupt stored document in slot ${slot}`);
    return document;
  }
}
