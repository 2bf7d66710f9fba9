import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTRACT_NEEDS, CONTRACT_NEEDS_SETTINGS } from '../search-engine.contract';
import { SearchRequest, SearchRequestError } from '../search-engine';
import { EmbeddedSearchEngine, ENGINE_SNAPSHOT_VERSION } from './embedded-search-engine';

describe('EmbeddedSearchEngine snapshots (file)', () => {
  const settings = { ...CONTRACT_NEEDS_SETTINGS, sortableFields: ['trlCurrent', 'title'] };
  const other = { ...settings, name: 'others', synonyms: { argan: ['arganier'] } };
  let dir: string;
  let engine: EmbeddedSearchEngine;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-snapshot-'));
    engine = new EmbeddedSearchEngine();
    await engine.configureIndex(settings);
    await engine.upsert(settings.name, CONTRACT_NEEDS);
    await engine.delete(settings.name, ['fr-honey']); // a tombstone, saved as it is
    await engine.upsert(settings.name, [{ ...CONTRACT_NEEDS[0], title: `${String(CONTRACT_NEEDS[0].title)} et reboisement` }]); // a replaced document
    await engine.configureIndex(other);
    await engine.upsert(other.name, CONTRACT_NEEDS.slice(0, 5));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const requests: Partial<SearchRequest>[] = [
    { query: 'argan', highlight: ['title'] },
    { query: 'argn' },
    { query: 'arga' },
    { query: 'opuntia' },
    { query: 'reboisement' },
    { query: 'زَيْتُ الأَرْكَانِ' },
    { query: 'huile olive irrigation', exactTotal: false, limit: 3 },
    { filter: { not: { field: 'status', equals: 'DRAFT' } }, facets: ['sector', 'trlCurrent', 'keywords'] },
    { filter: { field: 'keywords', in: ['argan', 'irrigation'] }, facets: ['keywords'] },
    { query: 'eau', filter: { field: 'trlCurrent', gte: 3 }, facets: ['sector'] },
    { sort: [{ field: 'trlCurrent', direction: 'desc' }], offset: 2, limit: 3 },
    { sort: [{ field: 'title', direction: 'asc' }], limit: 50 },
  ];

  it('round-trips through a file: same counts and the same results for every request, in each index', async () => {
    const path = join(dir, 'search.snap');
    const saved = await engine.saveSnapshot(path, { position: '1234' });
    expect(saved.bytes).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['search.snap']); // the temporary file was renamed

    const restored = new EmbeddedSearchEngine();
    const loaded = await restored.loadSnapshot(path);
    expect(loaded.meta).toEqual({ position: '1234' });
    expect(await restored.count(settings.name)).toBe(await engine.count(settings.name));
    for (const name of [settings.name, other.name]) {
      for (const request of requests) {
        const search = (target: EmbeddedSearchEngine) => target.search(name, { query: '', limit: 100, ...request });
        expect(await search(restored)).toEqual(await search(engine));
      }
    }
    // Synonyms come back with the settings.
    expect((await restored.search(other.name, { query: 'arganier' })).total).toBe((await engine.search(other.name, { query: 'arganier' })).total);
  });

  it('keeps a restored index writable: new documents, typos on new words, deletions, replacing', async () => {
    const path = join(dir, 'search.snap');
    await engine.saveSnapshot(path, {});
    const restored = new EmbeddedSearchEngine();
    await restored.loadSnapshot(path);
    await restored.upsert(settings.name, [{ ...CONTRACT_NEEDS[1], id: 'new-one', title: 'Hydroponie et aquaponie solaire' }]);
    await restored.delete(settings.name, ['fr-argan']);
    const ids = async (query: string) => (await restored.search(settings.name, { query, limit: 100 })).hits.map((hit) => hit.id);
    expect(await ids('aquaponie')).toEqual(['new-one']);
    expect(await ids('aquaponi')).toContain('new-one');
    expect(await ids('hydroponei')).toContain('new-one');
    expect(await ids('argan')).not.toContain('fr-argan');
    // Same writes on the original: same answers.
    await engine.upsert(settings.name, [{ ...CONTRACT_NEEDS[1], id: 'new-one', title: 'Hydroponie et aquaponie solaire' }]);
    await engine.delete(settings.name, ['fr-argan']);
    for (const request of requests) {
      const search = (target: EmbeddedSearchEngine) => target.search(settings.name, { query: '', limit: 100, ...request });
      expect(await search(restored)).toEqual(await search(engine));
    }
  });

  it('keeps answering alike through load, writes, a compaction and a second save and load', async () => {
    // Enough documents for deleting them to compact the index: a rebuild from the loaded (still unparsed) documents.
    const many = Array.from({ length: 1100 }, (_, i) => ({ ...CONTRACT_NEEDS[i % CONTRACT_NEEDS.length], id: `gen-${i}`, title: `Lot ${i} ${String(CONTRACT_NEEDS[i % CONTRACT_NEEDS.length].title)}` }));
    await engine.upsert(settings.name, many);
    const path = join(dir, 'search.snap');
    await engine.saveSnapshot(path, {});
    const restored = new EmbeddedSearchEngine();
    await restored.loadSnapshot(path);
    const sameAnswers = async (extra: Partial<SearchRequest>[] = []) => {
      for (const request of [...requests, ...extra]) {
        const search = (target: EmbeddedSearchEngine) => target.search(settings.name, { query: '', limit: 100, ...request });
        expect(await search(restored)).toEqual(await search(engine));
      }
    };
    await sameAnswers([{ query: 'lot', limit: 30, highlight: ['title', 'keywords'] }, { query: 'lot 1099', retrieve: ['title'] }]);
    for (const target of [engine, restored]) {
      await target.upsert(settings.name, [{ ...CONTRACT_NEEDS[2], id: 'gen-5', title: 'Remplacé après le chargement' }]);
      await target.delete(settings.name, many.slice(6).map((d) => d.id)); // starts a compaction
    }
    for (const target of [engine, restored]) {
      while ((await target.indexStats(settings.name)).compacting) await new Promise((resolve) => setImmediate(resolve));
      expect((await target.indexStats(settings.name)).tombstones).toBe(0);
    }
    expect(await restored.count(settings.name)).toBe(await engine.count(settings.name));
    await sameAnswers([{ query: 'lot' }, { query: 'remplacé' }]);
    await restored.saveSnapshot(path, {});
    const again = new EmbeddedSearchEngine();
    await again.loadSnapshot(path);
    for (const request of [...requests, { query: 'lot' }, { query: 'remplacé', highlight: ['title'] }]) {
      const search = (target: EmbeddedSearchEngine) => target.search(settings.name, { query: '', limit: 100, ...request });
      expect(await search(again)).toEqual(await search(engine));
    }
  });

  it('refuses a damaged file and leaves the engine as it was', async () => {
    const path = join(dir, 'search.snap');
    await engine.saveSnapshot(path, {});
    const bytes = readFileSync(path);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(path, bytes);
    const target = new EmbeddedSearchEngine();
    await target.configureIndex(settings);
    await target.upsert(settings.name, CONTRACT_NEEDS.slice(0, 2));
    await expect(target.loadSnapshot(path)).rejects.toBeInstanceOf(SearchRequestError);
    expect(await target.count(settings.name)).toBe(2);

    writeFileSync(path, readFileSync(path).subarray(0, 4000)); // truncated
    await expect(target.loadSnapshot(path)).rejects.toThrow(/truncated|checksum/);
    writeFileSync(path, 'hello');
    await expect(target.loadSnapshot(path)).rejects.toThrow(/not a snapshot/);
    expect((await target.snapshotInfo(path)).usable).toBe(false);
    expect((await target.snapshotInfo(join(dir, 'missing.snap'))).usable).toBe(false);
    await expect(target.loadSnapshot(join(dir, 'missing.snap'))).rejects.toBeInstanceOf(SearchRequestError);
    expect(await target.count(settings.name)).toBe(2);
  });

  it('refuses a snapshot written by another engine version (format or text analysis)', async () => {
    const path = join(dir, 'search.snap');
    await engine.saveSnapshot(path, { position: '1' });
    expect(await engine.snapshotInfo(path)).toMatchObject({ usable: true, meta: { position: '1' } });
    const bytes = readFileSync(path);
    const text = bytes.toString('latin1');
    const at = text.indexOf(ENGINE_SNAPSHOT_VERSION);
    expect(at).toBeGreaterThan(0);
    const forged = Buffer.from(text.slice(0, at) + ENGINE_SNAPSHOT_VERSION.replace(/.$/, (c) => (c === '0' ? '1' : '0')) + text.slice(at + ENGINE_SNAPSHOT_VERSION.length), 'latin1');
    writeFileSync(path, forged);
    expect(await engine.snapshotInfo(path)).toMatchObject({ usable: false, reason: expect.stringMatching(/engine version/) });
    await expect(new EmbeddedSearchEngine().loadSnapshot(path)).rejects.toThrow(/engine version/);
    expect(existsSync(path)).toBe(true);
  });
});
