import { CONTRACT_NEEDS, CONTRACT_NEEDS_SETTINGS, describeSearchEngineContract } from '../search-engine.contract';
import { SearchRequestError, SearchUnavailableError } from '../search-engine';
import { WorkerSearchEngine } from './worker-search-engine';

const engines: WorkerSearchEngine[] = [];
const started = () => {
  const engine = new WorkerSearchEngine();
  engines.push(engine);
  return engine;
};
afterAll(() => Promise.all(engines.map((engine) => engine.close())));

describeSearchEngineContract('embedded, in a worker thread', async () => started());

describe('WorkerSearchEngine', () => {
  const settings = CONTRACT_NEEDS_SETTINGS;

  it('keeps a bad request a SearchRequestError across the thread boundary', async () => {
    const engine = started();
    await expect(engine.search('no-such-index', { query: 'argan' })).rejects.toBeInstanceOf(SearchRequestError);
  });

  it('answers calls in the order they were made, as the in-process engine does', async () => {
    const engine = started();
    await engine.configureIndex(settings);
    const [, , count] = await Promise.all([engine.upsert(settings.name, CONTRACT_NEEDS), engine.delete(settings.name, [CONTRACT_NEEDS[0].id]), engine.count(settings.name)]);
    expect(count).toBe(CONTRACT_NEEDS.length - 1);
  });

  it('compacts the index inside the worker after a full reindex, answering meanwhile', async () => {
    const engine = started();
    await engine.configureIndex(settings);
    const lot = Array.from({ length: 1100 }, (_, i) => ({ ...CONTRACT_NEEDS[i % CONTRACT_NEEDS.length], id: `gen-${i}` }));
    await engine.upsert(settings.name, lot);
    await engine.upsert(settings.name, lot);
    expect(await engine.indexStats(settings.name)).toEqual({ documents: 1100, tombstones: 1100, compacting: true });
    const total = async () => (await engine.search(settings.name, { query: 'argan' })).total;
    const expected = await total();
    expect(expected).toBeGreaterThan(0);
    while ((await engine.indexStats(settings.name)).compacting) expect(await total()).toBe(expected);
    expect(await engine.indexStats(settings.name)).toEqual({ documents: 1100, tombstones: 0, compacting: false });
    expect(await total()).toBe(expected);
  });

  it('exports an index another engine imports, with the same hits', async () => {
    const [source, target] = [started(), started()];
    await source.configureIndex(settings);
    await source.upsert(settings.name, CONTRACT_NEEDS);
    await target.importIndex(settings.name, JSON.parse(JSON.stringify(await source.exportIndex(settings.name))));
    const ids = async (engine: WorkerSearchEngine) => (await engine.search(settings.name, { query: 'argan', limit: 50 })).hits.map((hit) => hit.id);
    expect(await ids(target)).toEqual(await ids(source));
  });

  it('writes a snapshot file from inside the worker that another worker loads, with the same hits', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'worker-snapshot-'));
    try {
      const [source, target] = [started(), started()];
      await source.configureIndex(settings);
      await source.upsert(settings.name, CONTRACT_NEEDS);
      const path = join(dir, 'search.snap');
      expect((await source.saveSnapshot(path, { position: '42' })).documents).toBe(CONTRACT_NEEDS.length);
      expect(await target.snapshotInfo(path)).toMatchObject({ usable: true, meta: { position: '42' } });
      expect((await target.loadSnapshot(path)).meta).toEqual({ position: '42' });
      const ids = async (engine: WorkerSearchEngine) => (await engine.search(settings.name, { query: 'argn', limit: 50 })).hits.map((hit) => hit.id);
      expect(await ids(target)).toEqual(await ids(source));
      await expect(target.loadSnapshot(join(dir, 'missing.snap'))).rejects.toBeInstanceOf(SearchRequestError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('once the worker is gone, calls fail as "unavailable" and health says down', async () => {
    const engine = started();
    await engine.configureIndex(settings);
    await engine.close();
    await expect(engine.count(settings.name)).rejects.toBeInstanceOf(SearchUnavailableError);
    expect((await engine.health()).up).toBe(false);
  });
});
