import { CONTRACT_NEEDS, CONTRACT_NEEDS_SETTINGS, describeSearchEngineContract } from '../search-engine.contract';
import { SearchRequest, SearchRequestError } from '../search-engine';
import { EmbeddedSearchEngine } from './embedded-search-engine';

describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine());

describe('EmbeddedSearchEngine', () => {
  const settings = CONTRACT_NEEDS_SETTINGS;
  let engine: EmbeddedSearchEngine;

  beforeEach(async () => {
    engine = new EmbeddedSearchEngine();
    await engine.configureIndex(settings);
    await engine.upsert(settings.name, CONTRACT_NEEDS);
  });

  const ids = async (target: EmbeddedSearchEngine, request: Partial<SearchRequest>) =>
    (await target.search(settings.name, { query: '', limit: 100, ...request })).hits.map((hit) => hit.id);

  describe('export and import', () => {
    const requests: Partial<SearchRequest>[] = [
      { query: 'argan', highlight: ['title'] },
      { query: 'argn' },
      { query: 'opuntia' },
      { query: 'زَيْتُ الأَرْكَانِ' },
      { filter: { not: { field: 'status', equals: 'DRAFT' } }, facets: ['sector', 'trlCurrent'] },
      { sort: [{ field: 'trlCurrent', direction: 'desc' }], offset: 2, limit: 3 },
    ];

    it('gives the same results after a JSON round trip into another engine', async () => {
      await engine.delete(settings.name, ['fr-honey']);
      const snapshot = JSON.parse(JSON.stringify(engine.exportIndex(settings.name)));
      const restored = new EmbeddedSearchEngine();
      await restored.importIndex(settings.name, snapshot);

      expect(await restored.count(settings.name)).toBe(CONTRACT_NEEDS.length - 1);
      for (const request of requests) {
        const search = (target: EmbeddedSearchEngine) => target.search(settings.name, { query: '', ...request });
        expect(await search(restored)).toEqual(await search(engine));
      }
    });

    it('keeps the imported index writable, with its vocabulary', async () => {
      const restored = new EmbeddedSearchEngine();
      await restored.importIndex('needs_copy', JSON.parse(JSON.stringify(engine.exportIndex(settings.name))));
      await restored.delete('needs_copy', ['fr-argan']);
      await restored.upsert('needs_copy', [{ ...CONTRACT_NEEDS[0], id: 'fr-argan-2', title: 'Arganier et reboisement' }]);
      const search = (query: string) => restored.search('needs_copy', { query, limit: 100 });
      expect((await search('arganier')).hits.map((hit) => hit.id)).toEqual(['fr-argan-2']);
      expect((await search('reboisment')).hits.map((hit) => hit.id)).toEqual(['fr-argan-2']);
    });

    it('rejects data that is not a snapshot', async () => {
      await expect(new EmbeddedSearchEngine().importIndex('needs', { hello: 'world' })).rejects.toBeInstanceOf(SearchRequestError);
      const corrupt = { ...engine.exportIndex(settings.name), data: { index: 42 } };
      await expect(new EmbeddedSearchEngine().importIndex('needs', corrupt)).rejects.toBeInstanceOf(SearchRequestError);
    });
  });

  describe('text analysis', () => {
    it('stems documents and queries alike (plurals)', async () => {
      expect(await ids(engine, { query: 'huiles' })).toContain('fr-argan');
      expect(await ids(engine, { query: 'cosmetique' })).toEqual(expect.arrayContaining(['fr-argan', 'fr-cactus']));
    });

    it('strips the Arabic article and conjunction', async () => {
      expect(await ids(engine, { query: 'والتمور' })).toEqual(expect.arrayContaining(['ar-dates']));
    });

    it('gives no typo to words under four letters, and prefix matching to the last word only', async () => {
      expect(await ids(engine, { query: 'mie zzzz' })).toEqual([]);
      expect(await ids(engine, { query: 'zzzz mie' })).toEqual(['fr-honey']);
      expect(await ids(engine, { query: 'thim' })).toEqual(['fr-honey']);
      expect(await ids(engine, { query: 'thi' })).toEqual([]);
    });

    it('matches everything on a query of stop words only', async () => {
      expect((await engine.search(settings.name, { query: 'de la pour the', limit: 0 })).total).toBe(CONTRACT_NEEDS.length);
    });
  });

  describe('without an exact total', () => {
    const WORDS = ['argan', 'huile', 'miel', 'safran', 'datte', 'figue', 'cactus', 'sechage', 'emulsion', 'pressage', 'olive', 'amande', 'lait', 'fromage'];
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    /** Word i is drawn with probability ∝ 1/(i+1): rare and frequent words, as in real text. */
    const pick = () => WORDS[Math.min(WORDS.length - 1, Math.floor(WORDS.length ** random()) - 1)];
    const text = (n: number) => Array.from({ length: n }, pick).join(' ');
    const documents = Array.from({ length: 600 }, (_, i) => ({
      ...CONTRACT_NEEDS[i % CONTRACT_NEEDS.length],
      id: `doc-${i}`,
      title: text(2),
      keywords: [pick()],
      description: text(8),
      trlCurrent: 1 + (i % 9),
    }));

    it('returns the same hits and scores as an exhaustive search, for any query, page, filter and sort', async () => {
      const big = new EmbeddedSearchEngine();
      await big.configureIndex(settings);
      await big.upsert(settings.name, documents);
      let skipped = 0;
      for (let q = 0; q < 150; q++) {
        const request: SearchRequest = {
          query: text(1 + (q % 7)),
          offset: q % 3 === 0 ? 5 : 0,
          limit: [1, 10, 50][q % 3],
          filter: q % 4 === 0 ? { field: 'trlCurrent', gte: 3 } : undefined,
          sort: q % 5 === 0 ? [{ field: 'trlCurrent', direction: 'desc' }] : undefined,
        };
        const exact = await big.search(settings.name, request);
        const pruned = await big.search(settings.name, { ...request, exactTotal: false });
        expect(pruned.hits.map((hit) => [hit.id, hit.score])).toEqual(exact.hits.map((hit) => [hit.id, hit.score]));
        expect(pruned.total).toBeLessThanOrEqual(exact.total);
        expect(pruned.total).toBeGreaterThanOrEqual((request.offset ?? 0) + pruned.hits.length);
        if (pruned.total < exact.total) skipped++;
      }
      // Documents were actually skipped, on most queries.
      expect(skipped).toBeGreaterThan(75);
    });

    it('still counts facets and totals exactly when facets are asked for', async () => {
      const big = new EmbeddedSearchEngine();
      await big.configureIndex(settings);
      await big.upsert(settings.name, documents);
      const request: SearchRequest = { query: 'argan huile miel safran', limit: 5, facets: ['trlCurrent'] };
      expect(await big.search(settings.name, { ...request, exactTotal: false })).toEqual(await big.search(settings.name, request));
    });
  });

  describe('proximity (after words and typo)', () => {
    const base = CONTRACT_NEEDS[0];
    /** A document holding the query words where they are given (the other searchable fields empty). */
    const doc = (id: string, fields: { title?: string; keywords?: string[]; conceptLabels?: string[]; description?: string }) => ({
      ...base,
      id,
      title: '',
      keywords: [],
      conceptLabels: [],
      description: '',
      ...fields,
    });
    const rank = async (documents: ReturnType<typeof doc>[], request: Partial<SearchRequest>) => {
      const local = new EmbeddedSearchEngine();
      await local.configureIndex(settings);
      await local.upsert(settings.name, documents);
      return { local, found: await ids(local, request) };
    };

    it('ranks the words side by side above the same words apart, with stemming and the last word as a prefix', async () => {
      // What the benchmark's "produit séché" query met: canned products documents holding "produit"
      // in their title (the heaviest field) and "séché" in another sense in their description,
      // above a cross-lingual document holding the label "produit séché" among its concept labels.
      const documents = [
        doc('canned', { title: 'Produit en conserve de qualité', description: 'Le fruit est séché au soleil, puis mis en boîte.' }),
        doc('labels', { title: 'تجفيف التين', conceptLabels: ['produit en conserve', 'produit séché', 'dried products', 'منتجات مجففة'] }),
      ];
      for (const query of ['produits séchés', 'produit séc', 'dried products', 'produit sechee']) {
        const { found } = await rank(documents, { query });
        expect(found[0]).toBe('labels');
        if (!query.startsWith('dried')) expect(found).toEqual(['labels', 'canned']);
      }
    });

    it('does not pair words of different list elements (concept labels)', async () => {
      const { found } = await rank(
        [
          doc('elements', { title: 'Produit séché', conceptLabels: ['olive', 'huile'] }),
          doc('apart', { conceptLabels: ['huile de table', "olive de l'arganier"] }),
          doc('label', { conceptLabels: ['figue', "huile d'olive"] }),
        ],
        { query: 'huile olive' },
      );
      expect(found[0]).toBe('label');
    });

    it('measures a synonym where it stands (opuntia: figue de barbarie)', async () => {
      const { found } = await rank(
        [
          doc('apart', { title: 'Figue de barbarie', description: 'Nous voulons extraire une huile de ses graines.' }),
          doc('together', { description: 'Nous pressons une huile de figue de barbarie.' }),
        ],
        { query: 'huile opuntia' },
      );
      expect(found).toEqual(['together', 'apart']);
    });

    it('normalises Arabic words before measuring', async () => {
      const { found } = await rank(
        [
          doc('apart', { title: 'الزيوت في الصناعة', description: 'نبحث عن مختبر لتحليل المركبات العطرية.' }),
          doc('together', { description: 'نبحث عن مختبر لتحليل الزُّيُوت العِطْرِيَّة.' }),
        ],
        { query: 'زيوت عطرية' },
      );
      expect(found).toEqual(['together', 'apart']);
    });

    it('comes after the typo rule: a word without a typo first, however close the typo match', async () => {
      const { found } = await rank(
        [doc('typo', { title: 'huile argon' }), doc('exact', { title: 'Argan', description: 'Une huile pressée à froid, sans additif, pour la cosmétique.' })],
        { query: 'huile argan' },
      );
      expect(found).toEqual(['exact', 'typo']);
    });

    it('orders every page the same way, and scores in that order', async () => {
      const documents = Array.from({ length: 30 }, (_, i) =>
        doc(`d${String(i).padStart(2, '0')}`, {
          title: i % 3 === 0 ? 'miel' : 'lavande',
          description: `${'miel '.repeat(i % 4)}${'mot '.repeat(i % 9)}lavande ${i % 2 === 0 ? 'miel' : ''}`,
        }),
      );
      const { local, found } = await rank(documents, { query: 'miel lavande' });
      const pages: string[] = [];
      for (let offset = 0; offset < found.length; offset += 7) pages.push(...(await ids(local, { query: 'miel lavande', offset, limit: 7 })));
      expect(pages).toEqual(found);
      const scores = (await local.search(settings.name, { query: 'miel lavande', limit: 100 })).hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // The three with the words side by side in the description ("… miel lavande") first.
      expect(found.slice(0, 3).sort()).toEqual(['d09', 'd18', 'd27']);
    });

    it('gives every page of the same order, whatever the page size (measuring only what a page needs)', async () => {
      const WORDS = ['miel', 'lavande', 'huile', 'argan', 'figue', 'datte', 'olive', 'mot', 'autre', 'texte'];
      let seed = 7;
      const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
      const text = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const documents = Array.from({ length: 300 }, (_, i) => doc(`r${i}`, { title: text(3), keywords: [text(2), text(2)], description: `${text(6)}. ${text(6)}` }));
      const local = new EmbeddedSearchEngine();
      await local.configureIndex(settings);
      await local.upsert(settings.name, documents);
      for (let q = 0; q < 20; q++) {
        const query = text(2 + (q % 3));
        const all = (await local.search(settings.name, { query, limit: 120 })).hits;
        for (const size of [1, 3, 20]) {
          const pages = [];
          for (let offset = 0; offset < 60; offset += size) pages.push(...(await local.search(settings.name, { query, offset, limit: size, exactTotal: q % 2 === 0 })).hits);
          expect(pages.map((hit) => [hit.id, hit.score])).toEqual(all.slice(0, 60).map((hit) => [hit.id, hit.score]));
        }
      }
    });

    it('is bounded: a hit after the first 100 of those matching the most words keeps its place', async () => {
      // The window of measured hits (PROXIMITY_WINDOW in inverted-index.ts): 100 hits with the two
      // words apart in the title (a heavier field) come before the one with them side by side.
      const apart = Array.from({ length: 100 }, (_, i) => doc(`apart-${i}`, { title: `miel ${'mot '.repeat(9)} lavande` }));
      const { found } = await rank([...apart, doc('together', { description: 'miel lavande' })], { query: 'miel lavande', limit: 200 });
      expect(found[100]).toBe('together');
      const { found: fewer } = await rank([...apart.slice(1), doc('together', { description: 'miel lavande' })], { query: 'miel lavande' });
      expect(fewer[0]).toBe('together');
    });
  });

  it('keeps the documents when the settings change', async () => {
    await engine.configureIndex({ ...settings, filterableFields: [...settings.filterableFields, 'organisationId'], searchableFields: ['title'] });
    expect(await engine.count(settings.name)).toBe(CONTRACT_NEEDS.length);
    expect(await ids(engine, { query: 'safran' })).toEqual(['fr-safran']);
    expect(await ids(engine, { query: 'spectroscopie' })).toEqual([]);
  });

  it('applies new synonyms without rebuilding the index (a glossary change at 100k documents)', async () => {
    await engine.upsert(settings.name, [{ ...CONTRACT_NEEDS[0], title: `${CONTRACT_NEEDS[0].title} amlou` }]);
    const before = await engine.indexStats(settings.name);
    expect(before.tombstones).toBe(1);
    await engine.configureIndex({ ...settings, synonyms: { ...settings.synonyms, amlu: ['amlou'] } });
    expect(await ids(engine, { query: 'amlu' })).toEqual([CONTRACT_NEEDS[0].id]);
    expect(await engine.indexStats(settings.name)).toEqual(before); // a rebuilt index would have no tombstone
    await engine.configureIndex({ ...settings, searchableFields: ['title', 'description'] });
    expect((await engine.indexStats(settings.name)).tombstones).toBe(0);
    expect(await ids(engine, { query: 'amlou' })).toEqual([CONTRACT_NEEDS[0].id]);
  });

  it('rejects writes to an index that was never configured', async () => {
    await expect(engine.upsert('nowhere', [CONTRACT_NEEDS[0]])).rejects.toBeInstanceOf(SearchRequestError);
    await expect(engine.count('nowhere')).rejects.toBeInstanceOf(SearchRequestError);
  });
});
