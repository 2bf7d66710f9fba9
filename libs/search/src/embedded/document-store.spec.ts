import { mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchDocument } from '../search-engine';
import { DocumentStore } from './document-store';
import { readSnapshotFile, SnapshotSections, writeSnapshotFile } from './snapshot-file';

describe('DocumentStore', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'document-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const document = (i: number): SearchDocument => ({ id: `d${i}`, title: `Titre ${i} — زيت ${i}`, keywords: ['argan', `k${i % 7}`], trl: i % 9, nested: { i } });

  /** A store of `count` documents, and their ids in slot order. */
  function storeOf(count: number): { store: DocumentStore; ids: string[] } {
    const store = new DocumentStore();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(document(i).id);
      store.push(document(i));
    }
    return { store, ids };
  }

  /** Writes `store` to a snapshot file in `dir`; answers its path. */
  function save(store: DocumentStore, name = 'docs.snap', meta: object = {}): string {
    const sections = new SnapshotSections();
    store.writeState(sections, 'x.');
    const path = join(dir, name);
    writeSnapshotFile(path, meta, sections);
    return path;
  }

  /** Saves `store` and loads it back, as a snapshot does. */
  function roundTrip(store: DocumentStore, ids: string[], name = 'docs.snap'): DocumentStore {
    return DocumentStore.fromState(readSnapshotFile(save(store, name)).reader, 'x.', ids);
  }

  it('loads documents as bytes and gives each one back, equal to what was stored, tombstones included', () => {
    const { store, ids } = storeOf(50);
    store.delete(3);
    store.delete(49);
    const loaded = roundTrip(store, ids);
    expect([loaded.length, loaded.live]).toEqual([50, 48]);
    for (let slot = 0; slot < 50; slot++) {
      expect(loaded.isLive(slot)).toBe(slot !== 3 && slot !== 49);
      expect(loaded.get(slot)).toEqual(slot === 3 || slot === 49 ? undefined : document(slot));
    }
    expect(loaded.liveDocuments()).toEqual(store.liveDocuments());
  });

  it('stays right past its cache (more documents read than it keeps) and after writes, and saves again the same', () => {
    const count = 5000; // more than the cache holds
    const { store, ids } = storeOf(count);
    const loaded = roundTrip(store, ids);
    for (let pass = 0; pass < 2; pass++) for (let slot = count - 1; slot >= 0; slot -= 3) expect(loaded.get(slot)).toEqual(document(slot));
    // Writes after the load: tombstones among loaded slots, new documents, one of them deleted.
    loaded.delete(0);
    loaded.delete(2500);
    const added = [document(9001), document(9002)];
    for (const doc of added) {
      ids.push(doc.id);
      loaded.push(doc);
    }
    loaded.delete(count + 1);
    expect(loaded.get(2500)).toBeUndefined();
    expect(loaded.get(count)).toBe(added[0]);
    expect(loaded.live).toBe(count - 2 + 1);

    const again = roundTrip(loaded, ids, 'again.snap');
    expect(again.length).toBe(count + 2);
    expect(again.liveDocuments()).toEqual(loaded.liveDocuments());
    expect(again.get(count)).toEqual(added[0]);
    expect(again.get(count + 1)).toBeUndefined();
    expect(again.get(1)).toEqual(document(1));
  });

  it('reads its documents from the file it was loaded from, after that file is replaced or removed, and saves them again from it', () => {
    const { store, ids } = storeOf(300);
    const path = save(store);
    const loaded = DocumentStore.fromState(readSnapshotFile(path).reader, 'x.', ids);
    // A later snapshot replaces the file (by a rename, as writeSnapshotFile does), then it is deleted.
    const other = new DocumentStore();
    other.push({ id: 'other', title: 'autre' });
    renameSync(save(other, 'other.snap'), path);
    expect(loaded.get(299)).toEqual(document(299));
    unlinkSync(path);
    expect(loaded.get(7)).toEqual(document(7));
    loaded.delete(8);
    const again = roundTrip(loaded, ids, 'again.snap');
    expect(again.liveDocuments()).toEqual(store.liveDocuments().filter((d) => d.id !== 'd8'));
  });

  it('writes a section loaded from a file back byte for byte, streamed in chunks', () => {
    const { store, ids } = storeOf(2000);
    const first = save(store, 'first.snap', { same: true });
    const loaded = DocumentStore.fromState(readSnapshotFile(first).reader, 'x.', ids);
    const second = save(loaded, 'second.snap', { same: true });
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  });

  it('checks every range in a pass over the file in chunks, whatever their size against the ranges', () => {
    const { store, ids } = storeOf(40);
    store.delete(0);
    store.delete(17);
    store.delete(39);
    const { reader } = readSnapshotFile(save(store));
    for (const chunk of [1, 2, 7, 64, 1 << 20]) {
      const loaded = DocumentStore.fromState(reader, 'x.', ids, chunk);
      expect(loaded.liveDocuments()).toEqual(store.liveDocuments());
    }
    // Ranges that are not one JSON object each: the first cut one byte short, the second starting at its brace.
    const bad = new SnapshotSections();
    const json = Buffer.from('{"id":"d0"}{"id":"d1"}', 'utf8');
    bad.f64('x.offsets', Float64Array.from([0, 10, json.length]));
    bad.u8('x.json', json);
    writeSnapshotFile(join(dir, 'bad.snap'), {}, bad);
    const badReader = readSnapshotFile(join(dir, 'bad.snap')).reader;
    for (const chunk of [1, 3, 1 << 20]) expect(() => DocumentStore.fromState(badReader, 'x.', ['d0', 'd1'], chunk)).toThrow(/corrupt document table/);
  });

  it('refuses a document table that does not fit its ids or its bytes, and a document under another id', () => {
    const store = new DocumentStore();
    for (let i = 0; i < 3; i++) store.push(document(i));
    const { reader } = readSnapshotFile(save(store));
    expect(() => DocumentStore.fromState(reader, 'x.', ['d0', 'd1'])).toThrow(/corrupt/);
    const swapped = DocumentStore.fromState(reader, 'x.', ['d0', 'd2', 'd1']);
    expect(swapped.get(0)).toEqual(document(0));
    expect(() => swapped.get(1)).toThrow(/corrupt/);
  });
});
