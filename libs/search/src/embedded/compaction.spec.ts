import { CONTRACT_NEEDS, CONTRACT_NEEDS_SETTINGS } from '../search-engine.contract';
import { SearchDocument, SearchRequest } from '../search-engine';
import { EmbeddedSearchEngine } from './embedded-search-engine';

const settings = CONTRACT_NEEDS_SETTINGS;
const name = settings.name;

/** 1,200 needs: replacing them all leaves more tombstones than a compaction's minimum (1,024). */
const lot = (label: string): SearchDocument[] =>
  Array.from({ length: 1200 }, (_, i) => {
    const need = CONTRACT_NEEDS[i % CONTRACT_NEEDS.length];
    return { ...need, id: `gen-${i}`, title: `${label} ${i} ${String(need.title)}` };
  });

const requests: Partial<SearchRequest>[] = [
  { query: 'argan' },
  { query: 'lot 17' },
  { query: 'remplacé' },
  { query: 'argn', facets: ['sector'] },
  { query: 'زيت الأركان' },
  { filter: { not: { field: 'status', equals: 'DRAFT' } }, facets: ['sector', 'trlCurrent'], limit: 50 },
  { sort: [{ field: 'trlCurrent', direction: 'desc' }], offset: 3, limit: 10 },
];

/** What a user sees of each request: totals, ids in order, scores, facets. */
async function answers(engine: EmbeddedSearchEngine) {
  const out = [];
  for (const request of requests) {
    const { total, hits, facets } = await engine.search(name, { query: '', limit: 30, ...request });
    out.push({ total, hits: hits.map((hit) => [hit.id, Number(hit.score.toFixed(9))]), facets });
  }
  return out;
}

async function engineWith(documents: SearchDocument[]): Promise<EmbeddedSearchEngine> {
  const engine = new EmbeddedSearchEngine();
  await engine.configureIndex(settings);
  await engine.upsert(name, documents);
  return engine;
}

/** Lets the engine's background work run once (one compaction slice). */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function untilCompacted(engine: EmbeddedSearchEngine): Promise<void> {
  while ((await engine.indexStats(name)).compacting) await nextTurn();
}

describe('compaction of the embedded index', () => {
  it('starts once a full reindex has replaced every document, and answers as a fresh index before, during and after it', async () => {
    const engine = await engineWith(lot('Lot'));
    const reindexed = lot('Lot');
    for (let start = 0; start < reindexed.length; start += 300) await engine.upsert(name, reindexed.slice(start, start + 300));
    expect(await engine.indexStats(name)).toEqual({ documents: 1200, tombstones: 1200, compacting: true });

    // Writes while the copy is built: before its first slice and between slices.
    const replaced = { ...reindexed[5], title: 'Remplacé pendant la compaction' };
    const added = { ...reindexed[9], id: 'new-1', title: 'Nouveau, remplacé aussi' };
    await engine.upsert(name, [replaced]);
    await nextTurn();
    await engine.delete(name, ['gen-7']);
    await engine.upsert(name, [added]);
    const current = [...reindexed.filter((d) => !['gen-5', 'gen-7'].includes(d.id)), replaced, added];
    const fresh = await answers(await engineWith(current));
    expect(await answers(engine)).toEqual(fresh);
    await nextTurn();
    expect(await answers(engine)).toEqual(fresh);

    await untilCompacted(engine);
    const stats = await engine.indexStats(name);
    expect(stats.documents).toBe(current.length);
    expect(stats.tombstones).toBeLessThanOrEqual(1); // only a write made after the copy had read that document
    expect(await answers(engine)).toEqual(fresh);
  });

  it('drops a copy in progress when the index is cleared, keeping what was written after', async () => {
    const engine = await engineWith(lot('Lot'));
    await engine.upsert(name, lot('Lot'));
    expect((await engine.indexStats(name)).compacting).toBe(true);
    await engine.clear(name);
    await engine.upsert(name, CONTRACT_NEEDS.slice(0, 3));
    for (let turn = 0; turn < 50; turn++) await nextTurn();
    expect(await engine.indexStats(name)).toEqual({ documents: 3, tombstones: 0, compacting: false });
    const found = (await engine.search(name, { query: '', limit: 10 })).hits.map((hit) => hit.id);
    expect(found.sort()).toEqual(CONTRACT_NEEDS.slice(0, 3).map((d) => d.id).sort());
  });

  it('leaves an index alone while replaced documents are fewer than live ones', async () => {
    const engine = await engineWith(lot('Lot'));
    await engine.upsert(name, lot('Lot').slice(0, 1199));
    expect(await engine.indexStats(name)).toEqual({ documents: 1200, tombstones: 1199, compacting: false });
  });
});
