import { isStopWord, normalise, stem, tokenize } from '../../../text/src';
import { Filter, IndexSettings, Scalar, SearchDocument, SearchRequest } from '../search-engine';
import { isEquals, isIn, isLeaf, LeafFilter } from '../shared/filter';
import { DocumentStore } from './document-store';
import { fieldPieces, ProximityQuery } from './proximity';
import { SnapshotReader, SnapshotSections } from './snapshot-file';
import { Vocabulary } from './vocabulary';

/**
 * A purpose-built in-memory inverted index. Documents live in integer slots; a deleted or replaced
 * document leaves a tombstone (its slot emptied) until a compaction rebuilds the index.
 *
 * - text: per term, one posting list of (slot, field, term frequency), scored with BM25 per field
 *   (field boosts from the order of searchableFields) at query time;
 * - filters: per string / boolean field, value → slots; per number field, slot → value;
 * - facets: per field, slot → value id(s), counted over the matching slots only;
 * - sort: per sortable field, slot → comparable key.
 */

const K1 = 1.2;
const B = 0.75;
/** A typo or prefix completion weighs this much of an exact match (or synonym) of the query word. */
const FUZZY_WEIGHT = 0.2;
/**
 * The proximity rule orders this many hits at most, the first of those matching the most query
 * words (see rankByProximity): five pages of the default 20, set before measuring anything.
 */
const PROXIMITY_WINDOW = 100;

/** Growable Int32 list. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }
  /** A full list over `data` (a view: the first push copies it out). */
  static of(data: Int32Array): IntList {
    const list = new IntList(0);
    list.data = data;
    list.length = data.length;
    return list;
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(Math.max(4, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** Growable Float64 list. */
class FloatList {
  data: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }
  /** A full list over `data` (a view: the first push copies it out). */
  static of(data: Float64Array): FloatList {
    const list = new FloatList(0);
    list.data = data;
    list.length = data.length;
    return list;
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(Math.max(1024, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

interface ValueField {
  kind: 'values';
  multi: boolean;
  ids: Map<string, number>;
  names: string[];
  postings: IntList[];
  /** slot → value id (-1 when missing), for single-valued fields. */
  single: IntList;
  /** For lists: slot s's distinct value ids are listData[listOffsets[s], listOffsets[s + 1]). */
  listData: IntList;
  listOffsets: IntList;
  /** Scratch for facet counts, all zeros between searches. */
  counts: Int32Array;
}

interface NumberField {
  kind: 'number';
  /** slot → value, NaN when missing. */
  values: FloatList;
}

type FilterField = ValueField | NumberField;

type Bits = Uint32Array;

/**
 * At most `max` of the value ids seen, the most frequent first (ties by name), as Meilisearch
 * keeps a facet's values sorted by count; every id when there are no more than `max`. Only the
 * values kept are named and sent: a concept facet over a large index counts thousands.
 */
function mostFrequentIds(ids: number[], counts: Int32Array, names: string[], max: number | undefined): number[] {
  if (max === undefined || ids.length <= max) return ids;
  if (max <= 0) return [];
  const threshold = Int32Array.from(ids, (id) => counts[id]).sort()[ids.length - max];
  const above = ids.filter((id) => counts[id] > threshold);
  const ties = ids.filter((id) => counts[id] === threshold).sort((a, b) => byName(names[a], names[b]));
  return above
    .concat(ties.slice(0, max - above.length))
    .sort((a, b) => counts[b] - counts[a] || byName(names[a], names[b]));
}

function mostFrequentNumbers(counts: Map<number, number>, max: number | undefined): Iterable<[number, number]> {
  if (max === undefined || counts.size <= max) return counts;
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a - b).slice(0, Math.max(0, max));
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per-token analysis cache: the stem, or null for a stop word. */
const tokenCache = new Map<string, string | null>();

/** libs/matching's analyse (tokenize, drop stop words, stem), with the per-token part cached. */
export function analyseCached(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    let term = tokenCache.get(token);
    if (term === undefined) {
      if (tokenCache.size > 500_000) tokenCache.clear();
      term = isStopWord(token) ? null : stem(token);
      tokenCache.set(token, term);
    }
    if (term !== null) out.push(term);
  }
  return out;
}

/** analyseCached with a cache of its own per whole text (at most 200,000 texts; shared results: do not modify). */
function cachedAnalysis(): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    let terms = cache.get(text);
    if (terms === undefined) {
      if (cache.size > 200_000) cache.clear();
      terms = analyseCached(text);
      cache.set(text, terms);
    }
    return terms;
  };
}

/**
 * The terms of one word as written (a run of letters, marks and digits: see WORD in proximity.ts):
 * highlighting and the proximity rule re-analyse the same words again and again, and a word at a
 * time costs a map look-up instead of normalising whole texts.
 */
export const analyseWord = cachedAnalysis();

/** The terms of one list element (keywords, concept labels repeat across documents). */
const elementTerms = cachedAnalysis();

/**
 * The terms of a searchable field: a string is analysed whole; a list element by element, which
 * gives the terms of its values joined by line breaks (analysis never crosses a line break).
 */
function fieldTerms(value: unknown): string[] {
  if (typeof value === 'string') return analyseCached(value);
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const element of value) for (const term of elementTerms(String(element))) out.push(term);
  return out;
}

/** A copy of a document (its id and `fields` only, when given): new object and arrays, shared (immutable) strings. */
export function copyDocument<T extends SearchDocument>(document: T, fields?: readonly string[]): T {
  const copy: Record<string, unknown> = {};
  for (const key of fields ? ['id', ...fields.filter((field) => field !== 'id' && field in document)] : Object.keys(document)) {
    const value = document[key];
    if (value === null || typeof value !== 'object') copy[key] = value;
    else if (Array.isArray(value) && value.every((element) => element === null || typeof element !== 'object')) copy[key] = value.slice();
    else copy[key] = structuredClone(value);
  }
  return copy as T;
}

export interface RankedPage {
  total: number;
  hits: { slot: number; score: number }[];
  facets: Record<string, Record<string, number>>;
}

export interface QueryTerms {
  hasWords: boolean;
  /** Per query word, the indexed terms that match it. */
  words: { matches: Set<string>; exact: Set<string>; typoFree: Set<string> }[];
}

export class InvertedIndex {
  vocabulary = new Vocabulary();
  private readonly fieldCount: number;
  private readonly boosts: number[];
  /** term id → [slot, field << 24 | tf, …] */
  private postings: IntList[] = [];
  /** slot * fieldCount + field → number of terms */
  private lengths = new IntList(1024);
  private lengthSums: number[];
  private slotIds: string[] = [];
  /** The stored documents, by slot (read only for hits, removals and rebuilds). */
  private store = new DocumentStore();
  private slots = new Map<string, number>();
  private readonly filterFields = new Map<string, FilterField>();
  private readonly sortKeys = new Map<string, (number | string | null)[]>();
  /** Bumped on every write: caches below hold for one version. */
  private version = 0;
  private cacheVersion = -1;
  private leafCache = new Map<string, Bits>();
  private aliveBits: Bits | null = null;
  // Scratch per query.
  private stamps = new Int32Array(0);
  private wordStamp = new Int32Array(0);
  private words = new Int32Array(0);
  /** Per ranked slot, how many query words it matched without a typo (Meilisearch's "typo" rule). */
  private typoFreeWords = new Int32Array(0);
  private scores = new Float64Array(0);
  private stamp = 0;
  /** The last search's plan (matchWords), for the proximity rule's look-ups. */
  private plan: ReturnType<InvertedIndex['planWords']> = [];

  constructor(readonly settings: IndexSettings) {
    this.fieldCount = settings.searchableFields.length;
    this.boosts = settings.searchableFields.map((_, position) => 2 ** (this.fieldCount - 1 - position));
    this.lengthSums = settings.searchableFields.map(() => 0);
    for (const field of settings.filterableFields) {
      const type = settings.fields[field];
      this.filterFields.set(
        field,
        type === 'number'
          ? { kind: 'number', values: new FloatList() }
          : { kind: 'values', multi: type === 'string[]', ids: new Map(), names: [], postings: [], single: new IntList(1024), listData: new IntList(1024), listOffsets: IntList.of(new Int32Array(1)), counts: new Int32Array(0) },
      );
    }
    for (const field of settings.sortableFields) this.sortKeys.set(field, []);
  }

  get count(): number {
    return this.store.live;
  }

  get tombstones(): number {
    return this.store.length - this.store.live;
  }

  /** Live documents (BM25's document count). */
  private get live(): number {
    return this.store.live;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Live documents, in slot order (the stored objects themselves; documents loaded from a snapshot parsed afresh). */
  allDocuments(): SearchDocument[] {
    return this.store.liveDocuments();
  }

  /** Slots, tombstones included: a compaction copies slots [0, slotCount) as they are when it starts. */
  get slotCount(): number {
    return this.store.length;
  }

  /** The live document in `slot` or undefined, read for a copy (not kept in the stored documents' cache). */
  liveDocumentAt(slot: number): SearchDocument | undefined {
    return this.store.peek(slot);
  }

  /** The live document with this id, or undefined. */
  documentById(id: string): SearchDocument | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.store.peek(slot);
  }

  /** The live document in `slot`, shared: copy it before handing it out. */
  document(slot: number): SearchDocument {
    return this.store.get(slot) as SearchDocument;
  }

  /** Adds a document the caller has copied; an existing document with its id is removed first. */
  add(document: SearchDocument): void {
    this.remove(document.id);
    this.version++;
    const slot = this.store.push(document);
    this.slotIds.push(document.id);
    this.slots.set(document.id, slot);
    // Text.
    const seen = new Set<number>();
    for (let field = 0; field < this.fieldCount; field++) {
      const terms = fieldTerms(document[this.settings.searchableFields[field]]);
      this.lengths.push(terms.length);
      this.lengthSums[field] += terms.length;
      if (terms.length === 0) continue;
      const frequencies = new Map<string, number>();
      for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      for (const [term, tf] of frequencies) {
        const id = this.vocabulary.intern(term);
        let list = this.postings[id];
        if (!list) this.postings[id] = list = new IntList(4);
        list.push(slot);
        list.push((field << 24) | Math.min(tf, 0xffffff));
        if (!seen.has(id)) {
          seen.add(id);
          this.vocabulary.adjust(id, 1);
        }
      }
    }
    // Filters and facets.
    for (const [field, index] of this.filterFields) {
      const value = document[field];
      if (index.kind === 'number') {
        index.values.push(typeof value === 'number' ? value : NaN);
        continue;
      }
      if (index.multi) {
        const ids = Array.isArray(value) ? [...new Set(value.map((v) => this.valueId(index, String(v))))] : [];
        for (const id of ids) {
          index.postings[id].push(slot);
          index.listData.push(id);
        }
        index.listOffsets.push(index.listData.length);
      } else if (value === undefined || value === null) {
        index.single.push(-1);
      } else {
        const id = this.valueId(index, String(value));
        index.postings[id].push(slot);
        index.single.push(id);
      }
    }
    for (const [field, keys] of this.sortKeys) {
      const value = document[field];
      keys.push(value === undefined || value === null ? null : typeof value === 'string' ? normalise(value) : Number(value));
    }
  }

  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.version++;
    const document = this.store.get(slot) as SearchDocument;
    const seen = new Set<number>();
    for (let field = 0; field < this.fieldCount; field++) {
      this.lengthSums[field] -= this.lengths.data[slot * this.fieldCount + field];
      for (const term of fieldTerms(document[this.settings.searchableFields[field]])) {
        const termId = this.vocabulary.id(term);
        if (termId !== undefined && !seen.has(termId)) {
          seen.add(termId);
          this.vocabulary.adjust(termId, -1);
        }
      }
    }
    this.store.delete(slot);
    this.slots.delete(id);
    return true;
  }

  private valueId(index: ValueField, value: string): number {
    let id = index.ids.get(value);
    if (id === undefined) {
      id = index.names.length;
      index.ids.set(value, id);
      index.names.push(value);
      index.postings.push(new IntList(4));
    }
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshot: the index as typed arrays (postings, lengths, filters), JSON (terms, ids, value
  // names, sort keys) and the documents' JSON bytes, restored without analysing a single document
  // again nor parsing one: each typed array is read straight from its section of the file (a term's
  // list is a view into its section's array, copied out at its first write), the documents stay on
  // disk until read (see DocumentStore).

  writeState(out: SnapshotSections, prefix: string): void {
    this.vocabulary.writeState(out, `${prefix}vocabulary.`);
    const [postingData, postingOffsets] = concatLists(this.postings, this.vocabulary.size);
    out.i32(`${prefix}postings.data`, postingData);
    out.i32(`${prefix}postings.offsets`, postingOffsets);
    out.i32(`${prefix}lengths`, this.lengths.data.subarray(0, this.lengths.length));
    out.json(`${prefix}lengthSums`, this.lengthSums);
    out.jsonArray(`${prefix}slotIds`, this.slotIds);
    this.store.writeState(out, `${prefix}documents.`);
    for (const [field, index] of this.filterFields) {
      const at = `${prefix}filter.${field}.`;
      if (index.kind === 'number') {
        out.f64(`${at}values`, index.values.data.subarray(0, index.values.length));
        continue;
      }
      out.json(`${at}names`, index.names);
      const [data, offsets] = concatLists(index.postings, index.names.length);
      out.i32(`${at}postings.data`, data);
      out.i32(`${at}postings.offsets`, offsets);
      if (index.multi) {
        out.i32(`${at}lists.data`, index.listData.data.subarray(0, index.listData.length));
        out.i32(`${at}lists.offsets`, index.listOffsets.data.subarray(0, index.listOffsets.length));
      } else {
        out.i32(`${at}single`, index.single.data.subarray(0, index.single.length));
      }
    }
    for (const [field, keys] of this.sortKeys) out.jsonArray(`${prefix}sort.${field}`, keys);
  }

  /** The index writeState saved, under `settings` (which must be the ones it was saved with). */
  static fromState(settings: IndexSettings, input: SnapshotReader, prefix: string): InvertedIndex {
    const index = new InvertedIndex(settings);
    index.vocabulary = Vocabulary.fromState(input, `${prefix}vocabulary.`);
    index.postings = splitLists(input.i32(`${prefix}postings.data`), input.i32(`${prefix}postings.offsets`));
    if (index.postings.length !== index.vocabulary.size) throw new Error('corrupt postings');
    const lengths = input.i32(`${prefix}lengths`);
    index.lengths = IntList.of(lengths);
    index.lengthSums = input.json<number[]>(`${prefix}lengthSums`);
    index.slotIds = input.jsonArray<string>(`${prefix}slotIds`);
    index.store = DocumentStore.fromState(input, `${prefix}documents.`, index.slotIds);
    const slotCount = index.store.length;
    if (index.slotIds.length !== slotCount || lengths.length !== slotCount * index.fieldCount || index.lengthSums.length !== index.fieldCount) {
      throw new Error('corrupt document table');
    }
    for (let slot = 0; slot < slotCount; slot++) {
      if (!index.store.isLive(slot)) continue;
      const id = index.slotIds[slot];
      if (typeof id !== 'string' || index.slots.has(id)) throw new Error('corrupt document table');
      index.slots.set(id, slot);
    }
    for (const [field, filter] of index.filterFields) {
      const at = `${prefix}filter.${field}.`;
      if (filter.kind === 'number') {
        filter.values = FloatList.of(input.f64(`${at}values`));
        if (filter.values.length !== slotCount) throw new Error(`corrupt filter ${field}`);
        continue;
      }
      filter.names = input.json<string[]>(`${at}names`);
      filter.names.forEach((name, id) => filter.ids.set(name, id));
      filter.postings = splitLists(input.i32(`${at}postings.data`), input.i32(`${at}postings.offsets`));
      if (filter.postings.length !== filter.names.length) throw new Error(`corrupt filter ${field}`);
      const valueCount = filter.names.length;
      if (filter.multi) {
        const data = input.i32(`${at}lists.data`);
        const offsets = input.i32(`${at}lists.offsets`);
        if (offsets.length !== slotCount + 1 || offsets[0] !== 0 || offsets[slotCount] !== data.length) throw new Error(`corrupt filter ${field}`);
        for (let slot = 0; slot < slotCount; slot++) if (offsets[slot + 1] < offsets[slot]) throw new Error(`corrupt filter ${field}`);
        for (let i = 0; i < data.length; i++) if (data[i] < 0 || data[i] >= valueCount) throw new Error(`corrupt filter ${field}`);
        filter.listData = IntList.of(data);
        filter.listOffsets = IntList.of(offsets);
      } else {
        const single = input.i32(`${at}single`);
        if (single.length !== slotCount) throw new Error(`corrupt filter ${field}`);
        for (let slot = 0; slot < slotCount; slot++) if (single[slot] < -1 || single[slot] >= valueCount) throw new Error(`corrupt filter ${field}`);
        filter.single = IntList.of(single);
      }
    }
    for (const field of index.sortKeys.keys()) {
      const keys = input.jsonArray<number | string | null>(`${prefix}sort.${field}`);
      if (keys.length !== slotCount) throw new Error(`corrupt sort keys ${field}`);
      index.sortKeys.set(field, keys);
    }
    index.version++;
    return index;
  }

  // ---------------------------------------------------------------------------------------------
  // Search

  search(query: QueryTerms, filter: Filter | boolean, request: SearchRequest, offset: number, limit: number): RankedPage {
    const empty: RankedPage = { total: 0, hits: [], facets: {} };
    if (filter === false) return { ...empty, facets: this.countFacets([], 0, request.facets ?? []) };
    this.refreshCaches();
    const bits = filter === true ? null : this.evaluate(filter);
    if (bits) andInPlace(bits, this.alive());
    let matched: Int32Array;
    let total = 0;
    /** The slots the page is taken from (with words: those that can reach it, see matchWords). */
    let ranked: Int32Array;
    let rankedCount: number;
    const hasWords = query.hasWords;
    const k = offset + limit;
    if (!hasWords) {
      const n = this.store.length;
      const liveFlags = this.store.flags;
      matched = new Int32Array(bits ? n : this.live);
      for (let slot = 0; slot < n; slot++) {
        if (bits ? (bits[slot >>> 5] & (1 << (slot & 31))) !== 0 : liveFlags[slot] === 1) matched[total++] = slot;
      }
      ranked = matched;
      rankedCount = total;
    } else {
      // Without facets or an exact total, the documents that cannot reach the page may be skipped.
      const exhaustive = request.exactTotal !== false || !!request.facets?.length;
      const result = this.matchWords(query, bits, limit === 0 ? 0 : k, exhaustive);
      matched = result.matched;
      total = result.total;
      ranked = result.ranked;
      rankedCount = result.ranked.length;
    }
    const facets = this.countFacets(matched, total, request.facets ?? []);
    if (limit === 0 || offset >= rankedCount) return { total, facets, hits: [] };
    // With two query words or more and no sort (a sort comes first, as in Meilisearch's rules), the
    // proximity rule reorders the first PROXIMITY_WINDOW hits of those matching the most words,
    // whatever the page: each page is cut from the same order.
    const withProximity = hasWords && query.words.length >= 2 && !request.sort?.length;
    let top = this.topK(ranked, rankedCount, withProximity ? Math.max(k, PROXIMITY_WINDOW) : k, hasWords, request.sort ?? []);
    const proximities = withProximity ? this.rankByProximity(top, query, k) : null;
    top = top.slice(offset, k);
    return { total, facets, hits: top.map((slot) => ({ slot, score: hasWords ? this.scoreOf(slot, query.words.length, proximities) : 0 })) };
  }

  /**
   * Meilisearch's proximity rule (see proximity.ts), bounded: among the hits matching the most query
   * words, the first PROXIMITY_WINDOW in the order of the rules below it (typo, BM25, id: no sort is given) are
   * reordered by typo, then proximity, then that order; the hits after them keep their order, even a
   * hit whose words stand closer together. `top` holds the hits in that order (at least the window's,
   * when there are as many); its first `k` places are put in the new order, in place (the places
   * after k are left in any order). Returns the proximity of the slots measured.
   *
   * Why bounded: positions are not indexed (memory), so a hit's proximity is measured on its stored
   * text (a few microseconds a document: only the fields where two consecutive query words both
   * occur are read, through the postings), too slow for every hit of two common words.
   *
   * Within the window, only what the first k places need is measured: each typo bucket's hits are
   * taken by their proximity's lower bound (1 per pair of consecutive words sharing a field, else
   * MAX_DISTANCE, known from the postings), then in order, and measuring stops once the bucket's
   * places before k are held by hits no unmeasured one can precede. Every page is cut from the same
   * order (a later page measures further). A window hit alone in its typo bucket is not measured.
   */
  private rankByProximity(top: number[], query: QueryTerms, k: number): Map<number, number> {
    const proximities = new Map<number, number>();
    const best = this.words[top[0]];
    let end = 0;
    while (end < top.length && end < PROXIMITY_WINDOW && this.words[top[end]] === best) end++;
    const typoFree = this.typoFreeWords;
    // The typo buckets of the window with two hits or more that reach the first k places.
    const buckets: [number, number][] = [];
    for (let start = 0; start < end && start < k; ) {
      let stop = start + 1;
      while (stop < end && typoFree[top[stop]] === typoFree[top[start]]) stop++;
      if (stop - start >= 2) buckets.push([start, stop]);
      start = stop;
    }
    if (buckets.length === 0) return proximities;
    const candidates = Int32Array.from(buckets.flatMap(([start, stop]) => top.slice(start, stop))).sort();
    const masks = this.wordFieldMasks(candidates, query.words.length);
    const wordCount = query.words.length;
    const maskOf = new Map<number, Int32Array>();
    candidates.forEach((slot, c) => maskOf.set(slot, masks.subarray(c * wordCount, (c + 1) * wordCount)));
    const proximity = new ProximityQuery(query.words);
    const fields = this.settings.searchableFields;
    const measure = (slot: number): number => {
      let document: SearchDocument | undefined;
      const pieces = (field: number) => fieldPieces((document ??= this.store.get(slot) as SearchDocument)[fields[field]], analyseWord, elementTerms);
      const value = proximity.measure(maskOf.get(slot) as Int32Array, pieces);
      proximities.set(slot, value);
      return value;
    };
    for (const [start, stop] of buckets) {
      // Places start + i hold slots by (proximity, place); unmeasured ones are taken by (lower bound, place).
      const places = top.slice(start, stop);
      const bounds = places.map((slot) => ProximityQuery.lowerBound(maskOf.get(slot) as Int32Array));
      const byBound = places.map((_, i) => i).sort((a, b) => bounds[a] - bounds[b] || a - b);
      const needed = Math.min(stop, k) - start;
      const done: { value: number; place: number }[] = [];
      let next = 0;
      for (; next < byBound.length; next++) {
        if (done.length >= needed) {
          // Stop when the needed-th best measured key is below the next one's lowest possible key.
          done.sort((a, b) => a.value - b.value || a.place - b.place);
          const last = done[needed - 1];
          const place = byBound[next];
          if (last.value < bounds[place] || (last.value === bounds[place] && last.place < place)) break;
        }
        const place = byBound[next];
        done.push({ value: measure(places[place]), place });
      }
      done.sort((a, b) => a.value - b.value || a.place - b.place);
      const first = done.slice(0, needed).map(({ place }) => places[place]);
      const placed = new Set(first);
      const rest = places.filter((slot) => !placed.has(slot));
      [...first, ...rest].forEach((slot, i) => (top[start + i] = slot));
    }
    return proximities;
  }

  /**
   * For each of `slots` (sorted) and each query word w, the fields (bit f: searchable field f) where
   * the slot holds one of w's terms: [slot index * wordCount + w]. From the last plan's postings,
   * galloping to the slots (a few look-ups per term).
   */
  private wordFieldMasks(slots: Int32Array, wordCount: number): Int32Array {
    const masks = new Int32Array(slots.length * wordCount);
    for (const { wordId, termIds } of this.plan) {
      const w = wordId - 1;
      for (const termId of termIds) {
        const list = this.postings[termId];
        const data = list.data;
        const entries = list.length >> 1;
        let at = 0;
        for (let c = 0; c < slots.length && at < entries; c++) {
          const slot = slots[c];
          if (data[at << 1] < slot) at = gallop(data, at, entries, slot);
          for (; at < entries && data[at << 1] === slot; at++) masks[c * wordCount + w] |= 1 << (data[(at << 1) + 1] >>> 24);
        }
      }
    }
    return masks;
  }

  /**
   * In [words, words + 1), in the ranking's order: words matched, then without a typo, then (the
   * window's hits, see rankByProximity) proximity, then BM25.
   */
  private scoreOf(slot: number, queryWords: number, proximities: Map<number, number> | null): number {
    const bm25 = this.scores[slot];
    const relevance = bm25 / (1 + bm25);
    if (proximities === null) return this.words[slot] + (this.typoFreeWords[slot] + relevance) / (queryWords + 1);
    // Measured hits (by proximity) before the unmeasured ones of their typo bucket, which follow the window.
    const worst = ProximityQuery.worst(this.words[slot]);
    const proximity = proximities.get(slot);
    const closeness = proximity === undefined ? 0 : worst - proximity + 1;
    return this.words[slot] + (this.typoFreeWords[slot] + (closeness + relevance) / (worst + 2)) / (queryWords + 1);
  }

  private ensureScratch(): void {
    const n = this.store.length;
    if (this.stamps.length >= n) return;
    const size = Math.max(1024, n * 2);
    this.stamps = new Int32Array(size);
    this.wordStamp = new Int32Array(size);
    this.words = new Int32Array(size);
    this.typoFreeWords = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.stamp = 0;
  }

  /**
   * The slots matching a word, and the best `keep` of them by words matched with their BM25, in
   * two passes. Hits rank by words matched first, so the first pass only counts each slot's words
   * (a few nanoseconds a posting) and the second computes BM25 for the slots that matched as many
   * words as the `keep`-th best, looking their postings up (galloping).
   *
   * Words are taken rarest first. Unless `exhaustive`, once `keep` slots have matched more words
   * than the words left could give any other slot, the other slots are no longer counted, and the
   * words left are only looked up for the slots that can still reach the best `keep`: `matched`
   * (and `total`) then holds just those, the ranked slots are the same.
   */
  private matchWords(query: QueryTerms, bits: Bits | null, keep: number, exhaustive: boolean): { matched: Int32Array; total: number; ranked: Int32Array } {
    this.ensureScratch();
    if (this.stamp >= 0x3fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const plan = (this.plan = this.planWords(query));
    const histogram = new Int32Array(plan.length + 2);
    const touched = new IntList(256);
    let candidates: Int32Array | null = null;
    let candidateCount = 0;
    for (let i = 0; i < plan.length; i++) {
      const { wordId, termIds } = plan[i];
      for (const termId of termIds) {
        if (candidates) this.countAtCandidates(this.postings[termId], wordId, candidates, candidateCount, histogram);
        else this.countPostings(this.postings[termId], wordId, stamp, bits, touched, histogram);
      }
      const left = plan.length - 1 - i;
      const threshold = exhaustive ? 0 : countOfRank(histogram, keep);
      if (threshold <= left) continue;
      // No slot outside the candidates can reach `threshold` words any more; nor can those below threshold − left.
      if (candidates) {
        const count = candidateCount;
        candidateCount = 0;
        for (let j = 0; j < count; j++) if (this.words[candidates[j]] + left >= threshold) candidates[candidateCount++] = candidates[j];
      } else {
        candidates = this.inSlotOrder(touched.data, touched.length, (slot) => this.words[slot] + left >= threshold);
        candidateCount = candidates.length;
      }
    }
    const [matched, total] = candidates ? [candidates, candidateCount] : [touched.data, touched.length];
    const least = keep > 0 ? countOfRank(histogram, keep) : Infinity;
    const ranked = this.inSlotOrder(matched, total, (slot) => this.words[slot] >= least);
    this.scoreRanked(plan, ranked);
    return { matched, total, ranked };
  }

  /** The query words' indexed terms, the rarest words (fewest postings) first. */
  private planWords(query: QueryTerms): Array<{ wordId: number; cost: number; termIds: number[]; exact: boolean[]; typoFree: boolean[] }> {
    const plan = query.words.map((word, w) => {
      const termIds: number[] = [];
      const exact: boolean[] = [];
      const typoFree: boolean[] = [];
      let cost = 0;
      for (const term of word.matches) {
        const termId = this.vocabulary.id(term);
        if (termId === undefined || this.vocabulary.documentCount(termId) <= 0) continue;
        termIds.push(termId);
        exact.push(word.exact.has(term));
        typoFree.push(word.typoFree.has(term));
        cost += this.postings[termId].length;
      }
      return { wordId: w + 1, cost, termIds, exact, typoFree };
    });
    return plan.sort((a, b) => a.cost - b.cost || a.wordId - b.wordId);
  }

  /** First pass: counts the word at every posting of a term (within `bits`), touching the slots seen for the first time. */
  private countPostings(list: IntList, wordId: number, stamp: number, bits: Bits | null, touched: IntList, histogram: Int32Array): void {
    const { stamps, words, wordStamp } = this;
    const liveFlags = this.store.flags;
    const data = list.data;
    const everyDocumentLive = this.tombstones === 0;
    for (let i = 0; i < list.length; i += 2) {
      const slot = data[i];
      if (bits ? (bits[slot >>> 5] & (1 << (slot & 31))) === 0 : !everyDocumentLive && liveFlags[slot] === 0) continue;
      if (stamps[slot] !== stamp) {
        stamps[slot] = stamp;
        words[slot] = 0;
        wordStamp[slot] = 0;
        touched.push(slot);
      }
      if (wordStamp[slot] !== wordId) {
        wordStamp[slot] = wordId;
        countWord(histogram, words[slot]++);
      }
    }
  }

  /** First pass, once pruned: counts the word at the candidate slots only (both sorted by slot). */
  private countAtCandidates(list: IntList, wordId: number, candidates: Int32Array, count: number, histogram: Int32Array): void {
    const { words, wordStamp } = this;
    const data = list.data;
    const entries = list.length >> 1;
    let at = 0;
    for (let c = 0; c < count && at < entries; c++) {
      const slot = candidates[c];
      if (data[at << 1] < slot) at = gallop(data, at, entries, slot);
      if (at < entries && data[at << 1] === slot && wordStamp[slot] !== wordId) {
        wordStamp[slot] = wordId;
        countWord(histogram, words[slot]++);
      }
    }
  }

  /**
   * Second pass: the BM25 sum of each ranked slot (sorted by slot) over every query term, and how
   * many query words it matched without a typo (each word counted once: `wordStamp` is reused).
   */
  private scoreRanked(plan: ReturnType<InvertedIndex['planWords']>, ranked: Int32Array): void {
    const { scores, typoFreeWords, wordStamp } = this;
    for (let c = 0; c < ranked.length; c++) {
      scores[ranked[c]] = 0;
      typoFreeWords[ranked[c]] = 0;
      wordStamp[ranked[c]] = 0;
    }
    if (ranked.length === 0) return;
    const live = Math.max(1, this.live);
    const averages = this.lengthSums.map((sum) => Math.max(sum / live, 1e-9));
    const lengths = this.lengths.data;
    const { fieldCount, boosts } = this;
    for (const { wordId, termIds, exact, typoFree } of plan) {
      termIds.forEach((termId, t) => {
        const df = this.vocabulary.documentCount(termId);
        const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5)) * (exact[t] ? 1 : FUZZY_WEIGHT);
        const list = this.postings[termId];
        const data = list.data;
        const entries = list.length >> 1;
        let at = 0;
        for (let c = 0; c < ranked.length && at < entries; c++) {
          const slot = ranked[c];
          if (data[at << 1] < slot) at = gallop(data, at, entries, slot);
          if (at < entries && data[at << 1] === slot && typoFree[t] && wordStamp[slot] !== wordId) {
            wordStamp[slot] = wordId;
            typoFreeWords[slot]++;
          }
          for (; at < entries && data[at << 1] === slot; at++) {
            const meta = data[(at << 1) + 1];
            const field = meta >>> 24;
            const tf = meta & 0xffffff;
            const norm = 1 - B + (B * lengths[slot * fieldCount + field]) / averages[field];
            scores[slot] += (boosts[field] * idf * tf * (K1 + 1)) / (tf + K1 * norm);
          }
        }
      });
    }
  }

  /** The slots of `slots[0, count)` that pass `keep`, in slot order (through a bitset: cheaper than sorting them). */
  private inSlotOrder(slots: Int32Array, count: number, keep: (slot: number) => boolean): Int32Array {
    const marks = new Uint32Array(this.words32());
    let kept = 0;
    for (let j = 0; j < count; j++) {
      const slot = slots[j];
      if (keep(slot)) {
        marks[slot >>> 5] |= 1 << (slot & 31);
        kept++;
      }
    }
    const out = new Int32Array(kept);
    let k = 0;
    for (let word = 0; word < marks.length; word++) {
      for (let bits = marks[word]; bits !== 0; bits &= bits - 1) out[k++] = (word << 5) + 31 - Math.clz32(bits & -bits);
    }
    return out;
  }

  /** Best k slots in order: more words, then more words without a typo, then the sort, then BM25, then id. */
  private topK(matched: Int32Array, total: number, k: number, hasWords: boolean, sort: NonNullable<SearchRequest['sort']>): number[] {
    const words = this.words;
    const typoFreeWords = this.typoFreeWords;
    const scores = this.scores;
    const ids = this.slotIds;
    const sorters = sort.map(({ field, direction }) => ({ keys: this.sortKeys.get(field) as (number | string | null)[], dir: direction === 'desc' ? -1 : 1 }));
    // Meilisearch's rules in the adapter's order: words, then the sort when there is one, then typo (and BM25).
    const compare = (a: number, b: number): number => {
      if (hasWords) {
        const byWords = words[b] - words[a];
        if (byWords !== 0) return byWords;
      }
      for (const { keys, dir } of sorters) {
        const x = keys[a];
        const y = keys[b];
        if (x === null || y === null) {
          if (x !== y) return x === null ? 1 : -1;
          continue;
        }
        if (x < y) return -dir;
        if (x > y) return dir;
      }
      if (hasWords) {
        const byTypos = typoFreeWords[b] - typoFreeWords[a];
        if (byTypos !== 0) return byTypos;
        const byScore = scores[b] - scores[a];
        if (byScore !== 0) return byScore;
      }
      const x = ids[a];
      const y = ids[b];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    if (k * 4 >= total) return Array.from(matched.subarray(0, total)).sort(compare).slice(0, k);
    // Bounded heap, worst of the best k on top.
    const heap: number[] = [];
    const worse = (a: number, b: number) => compare(a, b) > 0;
    for (let i = 0; i < total; i++) {
      const slot = matched[i];
      if (heap.length < k) {
        heap.push(slot);
        let c = heap.length - 1;
        while (c > 0) {
          const p = (c - 1) >> 1;
          if (!worse(heap[c], heap[p])) break;
          [heap[c], heap[p]] = [heap[p], heap[c]];
          c = p;
        }
      } else if (compare(slot, heap[0]) < 0) {
        heap[0] = slot;
        let p = 0;
        for (;;) {
          const l = 2 * p + 1;
          const r = l + 1;
          let m = p;
          if (l < k && worse(heap[l], heap[m])) m = l;
          if (r < k && worse(heap[r], heap[m])) m = r;
          if (m === p) break;
          [heap[m], heap[p]] = [heap[p], heap[m]];
          p = m;
        }
      }
    }
    return heap.sort(compare);
  }

  private countFacets(matched: Int32Array | never[], total: number, fields: string[]): Record<string, Record<string, number>> {
    const facets: Record<string, Record<string, number>> = {};
    for (const field of fields) {
      const index = this.filterFields.get(field) as FilterField;
      const out: Record<string, number> = {};
      if (index.kind === 'number') {
        const counts = new Map<number, number>();
        for (let i = 0; i < total; i++) {
          const value = index.values.data[matched[i]];
          if (!Number.isNaN(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        for (const [value, count] of mostFrequentNumbers(counts, this.settings.maxValuesPerFacet)) out[String(value)] = count;
      } else {
        // Scratch counts, reset through the list of values seen (a field may have many values).
        if (index.counts.length < index.names.length) index.counts = new Int32Array(Math.max(64, index.names.length * 2));
        const counts = index.counts;
        const seen: number[] = [];
        if (index.multi) {
          const data = index.listData.data;
          const offsets = index.listOffsets.data;
          for (let i = 0; i < total; i++) {
            const slot = matched[i];
            for (let j = offsets[slot], end = offsets[slot + 1]; j < end; j++) if (counts[data[j]]++ === 0) seen.push(data[j]);
          }
        } else {
          const single = index.single.data;
          for (let i = 0; i < total; i++) {
            const id = single[matched[i]];
            if (id >= 0 && counts[id]++ === 0) seen.push(id);
          }
        }
        for (const id of mostFrequentIds(seen, counts, index.names, this.settings.maxValuesPerFacet)) out[index.names[id]] = counts[id];
        for (const id of seen) counts[id] = 0;
      }
      facets[field] = out;
    }
    return facets;
  }

  // ---------------------------------------------------------------------------------------------
  // Filters, as bitsets over slots (tombstones included: the caller intersects with the live set).

  private refreshCaches(): void {
    if (this.cacheVersion === this.version) return;
    this.cacheVersion = this.version;
    this.leafCache = new Map();
    this.aliveBits = null;
  }

  private words32(): number {
    return (this.store.length + 31) >>> 5;
  }

  private alive(): Bits {
    if (this.aliveBits) return this.aliveBits;
    const bits = new Uint32Array(this.words32());
    const liveFlags = this.store.flags;
    for (let slot = 0; slot < this.store.length; slot++) if (liveFlags[slot] === 1) bits[slot >>> 5] |= 1 << (slot & 31);
    return (this.aliveBits = bits);
  }

  /** A fresh bitset the caller may modify. */
  private evaluate(filter: Filter): Bits {
    if (isLeaf(filter)) return this.leaf(filter).slice();
    if ('not' in filter) {
      const bits = this.evaluate(filter.not);
      for (let i = 0; i < bits.length; i++) bits[i] = ~bits[i];
      return bits;
    }
    const isAnd = 'and' in filter;
    const parts = isAnd ? filter.and : filter.or;
    const bits = this.evaluate(parts[0] as Filter);
    for (let p = 1; p < parts.length; p++) {
      const other = isLeaf(parts[p]) ? this.leaf(parts[p] as LeafFilter) : this.evaluate(parts[p]);
      if (isAnd) andInPlace(bits, other);
      else for (let i = 0; i < bits.length; i++) bits[i] |= other[i];
    }
    return bits;
  }

  private leaf(leaf: LeafFilter): Bits {
    const key = JSON.stringify(leaf);
    const cached = this.leafCache.get(key);
    if (cached) return cached;
    const bits = new Uint32Array(this.words32());
    const index = this.filterFields.get(leaf.field) as FilterField;
    if (index.kind === 'number') {
      const values = index.values.data;
      const n = index.values.length;
      if (isEquals(leaf) || isIn(leaf)) {
        const wanted = new Set<Scalar>(isEquals(leaf) ? [leaf.equals] : leaf.in);
        for (let slot = 0; slot < n; slot++) if (wanted.has(values[slot])) bits[slot >>> 5] |= 1 << (slot & 31);
      } else {
        const low = leaf.gte ?? -Infinity;
        const high = leaf.lte ?? Infinity;
        for (let slot = 0; slot < n; slot++) {
          const value = values[slot];
          if (value >= low && value <= high) bits[slot >>> 5] |= 1 << (slot & 31);
        }
      }
    } else {
      const wanted: Scalar[] = isEquals(leaf) ? [leaf.equals] : isIn(leaf) ? leaf.in : [];
      for (const value of wanted) {
        const id = index.ids.get(String(value));
        if (id === undefined) continue;
        const list = index.postings[id];
        for (let i = 0; i < list.length; i++) {
          const slot = list.data[i];
          bits[slot >>> 5] |= 1 << (slot & 31);
        }
      }
    }
    if (this.leafCache.size > 256) this.leafCache.clear();
    this.leafCache.set(key, bits);
    return bits;
  }
}

/** A slot's words went from `from` to from + 1: moves it in the histogram of words per slot. */
function countWord(histogram: Int32Array, from: number): void {
  if (from > 0) histogram[from]--;
  histogram[from + 1]++;
}

/** The words of the slot ranked `rank` by words (0 when fewer slots matched). */
function countOfRank(histogram: Int32Array, rank: number): number {
  let slots = 0;
  for (let words = histogram.length - 1; words > 0; words--) {
    slots += histogram[words];
    if (slots >= rank) return words;
  }
  return 0;
}

/** The first entry at or after `from` (of [slot, meta] pairs sorted by slot) whose slot is ≥ `slot`. */
function gallop(data: Int32Array, from: number, entries: number, slot: number): number {
  let low = from;
  let step = 1;
  let high = from + step;
  while (high < entries && data[high << 1] < slot) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > entries) high = entries;
  // data[low] < slot; the answer is in (low, high].
  while (low + 1 < high) {
    const mid = (low + high) >>> 1;
    if (data[mid << 1] < slot) low = mid;
    else high = mid;
  }
  return high;
}

/** Lists as one array and offsets (a missing list is empty). */
function concatLists(lists: (IntList | undefined)[], count: number): [Int32Array, Int32Array] {
  const offsets = new Int32Array(count + 1);
  let total = 0;
  for (let i = 0; i < count; i++) {
    total += lists[i]?.length ?? 0;
    offsets[i + 1] = total;
  }
  const data = new Int32Array(total);
  for (let i = 0; i < count; i++) {
    const list = lists[i];
    if (list) data.set(list.data.subarray(0, list.length), offsets[i]);
  }
  return [data, offsets];
}

/** Views over one array (each list's first push copies it out). */
function splitLists(data: Int32Array, offsets: Int32Array): IntList[] {
  const lists: IntList[] = new Array(Math.max(0, offsets.length - 1));
  for (let i = 0; i + 1 < offsets.length; i++) {
    const [start, end] = [offsets[i], offsets[i + 1]];
    if (start < 0 || end < start || end > data.length) throw new Error('corrupt lists');
    lists[i] = IntList.of(data.subarray(start, end));
  }
  return lists;
}

function andInPlace(bits: Bits, other: Bits): void {
  for (let i = 0; i < bits.length; i++) bits[i] &= other[i];
}
