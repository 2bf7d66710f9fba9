import { Corpus } from './corpus';
import { charNgrams, contentWords, surfaceForms, terms } from './terms';
import { ResearcherStore, TextModel, type ResearcherText } from './text-model';

const argan: ResearcherText = {
  id: 'argan',
  headline: 'Argan oil chemistry',
  expertise: 'Cold pressing of argan kernels, oxidative stability of argan oil.',
  keywords: ['argan oil', 'cold pressing'],
  publications: [
    { title: 'Oxidative stability of cold-pressed argan oil', abstract: 'Argan oil pressed from roasted kernels kept its tocopherols longer.' },
    { title: 'Roasting argan kernels', abstract: 'Roasting time changes the flavour of culinary argan oil.' },
  ],
};
const honey: ResearcherText = {
  id: 'honey',
  headline: 'Honey quality',
  expertise: 'Moisture, fermentation and crystallisation of honey.',
  publications: [{ title: 'Fermentation of honey with high moisture', abstract: 'Osmotolerant yeasts ferment honey above 18% moisture.' }],
};
const dates: ResearcherText = {
  id: 'dates',
  headline: 'Date palm fruit processing',
  publications: [{ title: 'Date paste drying', abstract: 'Drying date paste for confectionery.' }],
};

describe('terms', () => {
  it('keeps content words, drops stop words and bare numbers, stems only when asked', () => {
    expect(contentWords('The oils of the 2021 harvest')).toEqual(['oils', 'harvest']);
    expect(contentWords('The oils of the harvest', { stem: true, dropNumbers: true })).toEqual(['oil', 'harvest']);
    expect(terms('cold pressed oil', { stem: false, bigrams: true, dropNumbers: true })).toEqual(['cold', 'pressed', 'oil', 'cold_pressed', 'pressed_oil']);
  });

  it('cuts words into marked character n-grams', () => {
    expect(charNgrams('argan', 4)).toEqual(['^arg', 'arga', 'rgan', 'gan$']);
    expect(charNgrams('pH', 4)).toEqual(['^ph$']);
    // Accents are folded first, so French and English spellings share most n-grams.
    const emulsion = new Set(charNgrams('émulsion', 4));
    expect(charNgrams('emulsions', 4).filter((g) => emulsion.has(g)).length).toBeGreaterThanOrEqual(5);
  });

  it('remembers how each term was written', () => {
    const forms = surfaceForms("L'huile d'argan et les Huiles essentielles");
    expect(forms.get('huile')).toBe('huile');
    expect(forms.get('argan')).toBe('argan');
    expect(forms.get('huiles')).toBe('huiles');
  });
});

describe('Corpus', () => {
  it('counts document frequencies per unit and updates one owner at a time', () => {
    const corpus = new Corpus();
    corpus.set('a', [['oil', 'argan', 'oil'], ['oil']]);
    corpus.set('b', [['honey']]);
    expect(corpus.size).toBe(3);
    expect(corpus.documentFrequency('oil')).toBe(2);
    expect(corpus.averageLength).toBeCloseTo((3 + 1 + 1) / 3);
    corpus.set('a', [['argan']]);
    expect(corpus.documentFrequency('oil')).toBe(0);
    expect(corpus.size).toBe(2);
    corpus.remove('b');
    expect(corpus.documentFrequency('honey')).toBe(0);
    expect(corpus.ownerCount).toBe(1);
  });

  it('gives rare terms a higher idf, unknown terms the highest', () => {
    const corpus = new Corpus();
    corpus.set('a', [['oil', 'argan'], ['oil']]);
    corpus.set('b', [['oil']]);
    expect(corpus.idf('argan')).toBeGreaterThan(corpus.idf('oil'));
    expect(corpus.idf('saffron')).toBeGreaterThan(corpus.idf('argan'));
    expect(corpus.idf('oil')).toBeGreaterThan(0);
  });

  it('round-trips through JSON', () => {
    const corpus = new Corpus();
    corpus.set('a', [['oil', 'argan'], ['oil']]);
    const copy = Corpus.fromJSON(JSON.parse(JSON.stringify(corpus.toJSON())));
    expect(copy.size).toBe(2);
    expect(copy.idf('oil')).toBe(corpus.idf('oil'));
    copy.remove('a');
    expect(copy.size).toBe(0);
  });
});

describe('TextModel', () => {
  const model = TextModel.build([argan, honey, dates]);
  const need = { title: 'Rancid argan oil', description: 'Our cold pressed argan oil turns rancid after three months.' };

  it('scores the researcher who shares more of the need higher', () => {
    const a = model.score(need, argan);
    const h = model.score(need, honey);
    expect(a.value).toBeGreaterThan(h.value);
    expect(a.value).toBeGreaterThan(0);
    expect(a.value).toBeLessThanOrEqual(1);
    expect(model.score({ title: 'Honey ferments in the jar', description: 'Foam and fermentation in our honey.' }, honey).value).toBeGreaterThan(
      model.score({ title: 'Honey ferments in the jar', description: 'Foam and fermentation in our honey.' }, argan).value,
    );
  });

  it('rises with overlap', () => {
    const little = model.score({ title: 'Roasting', description: 'roasting' }, argan).value;
    const more = model.score({ title: 'Roasting argan kernels', description: 'roasting argan kernels for culinary oil' }, argan).value;
    expect(more).toBeGreaterThan(little);
  });

  it('is 0 without a shared word or n-gram, and for an empty profile', () => {
    expect(model.score({ title: 'xyzzy', description: 'qwv' }, argan).value).toBe(0);
    expect(model.score(need, { id: 'empty' }).value).toBe(0);
  });

  it('explains with the need words shared and the closest publication', () => {
    const score = model.score(need, argan);
    expect(score.sharedTerms.map((t) => t.surface)).toEqual(expect.arrayContaining(['argan', 'oil']));
    expect(score.bestPublication?.title).toBe('Oxidative stability of cold-pressed argan oil');
  });

  it('word channel alone works when character n-grams are off', () => {
    const words = TextModel.build([argan, honey, dates], { charNgram: 0 });
    expect(words.score(need, argan).value).toBeGreaterThan(words.score(need, honey).value);
    expect(Object.values(words.toJSON().researchers).every((r) => r.units.every((unit) => unit[3].length === 0))).toBe(true);
  });

  it('is updated incrementally exactly as if rebuilt', () => {
    const incremental = TextModel.build([argan, honey]);
    incremental.add(dates);
    incremental.add({ ...honey, headline: 'Honey and bee products' });
    incremental.remove('dates');
    const rebuilt = TextModel.build([argan, { ...honey, headline: 'Honey and bee products' }]);
    expect(incremental.score(need, argan).value).toBeCloseTo(rebuilt.score(need, argan).value, 12);
    expect(incremental.corpusSize).toBe(rebuilt.corpusSize);
  });

  it('re-weighs a prepared need when the corpus changes', () => {
    const m = TextModel.build([argan, honey]);
    const prepared = m.prepareNeed(need);
    const before = m.scorePrepared(prepared, argan).value;
    m.add(dates);
    expect(m.scorePrepared(prepared, argan).value).toBeCloseTo(m.score(need, argan).value, 12);
    expect(m.scorePrepared(prepared, argan).value).not.toBe(before);
  });

  it('scores the same with a one-entry cache of weighted vectors and for unregistered or changed researchers', () => {
    const small = TextModel.build([argan, honey, dates]);
    small.cacheSize = 1;
    for (const r of [argan, honey, dates, argan, { ...honey, id: 'other' }]) {
      expect(small.score(need, r).value).toBeCloseTo(model.score(need, r).value, 12);
    }
    const changed = { ...argan, headline: 'Honey' };
    expect(small.score(need, changed).value).toBeCloseTo(TextModel.build([argan, honey, dates]).score(need, changed).value, 12);
    expect(small.score(need, argan).value).toBeCloseTo(model.score(need, argan).value, 12);
  });

  it('gives ranking the very value it explains, without building vectors, for registered, changed and unknown researchers', () => {
    const prepared = model.prepareNeed(need);
    for (const r of [argan, honey, dates, { ...argan, headline: 'Honey' }, { ...honey, id: 'unknown' }]) {
      expect(model.similarity(prepared, r)).toBe(model.scorePrepared(prepared, r).value);
    }
    const blended = TextModel.build([argan, honey, dates], { wholeWeight: 0.5 });
    const p = blended.prepareNeed(need);
    expect(blended.similarity(p, argan)).toBe(blended.scorePrepared(p, argan).value);
  });

  it('is the tf-idf cosine of the whole profile, channels blended', () => {
    // By hand on the word channel alone: sublinear tf × idf over the units of the three researchers.
    const words = TextModel.build([argan, honey, dates], { charNgram: 0 });
    const shortNeed = { title: 'honey', description: 'moisture fermentation' };
    const units = [honey.headline, honey.expertise, `${honey.publications![0].title} ${honey.publications![0].abstract}`];
    const corpusUnits = [
      `${argan.headline} ${argan.expertise} ${argan.keywords!.join(' ')}`,
      ...argan.publications!.map((p) => `${p.title} ${p.abstract}`),
      `${honey.headline} ${honey.expertise}`,
      ...honey.publications!.map((p) => `${p.title} ${p.abstract}`),
      dates.headline!,
      ...dates.publications!.map((p) => `${p.title} ${p.abstract}`),
    ].map((text) => new Set(contentWords(text)));
    const idf = (term: string) => Math.log((corpusUnits.length + 1) / (corpusUnits.filter((unit) => unit.has(term)).length + 0.5));
    const vector = (list: string[]) => {
      const counts = new Map<string, number>();
      for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
      const weights = new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * idf(term)]));
      const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
      return new Map([...weights].map(([term, w]) => [term, w / norm]));
    };
    const profile = vector(units.flatMap((text) => contentWords(text!)));
    const query = vector(contentWords(`${shortNeed.title} ${shortNeed.description}`));
    const expected = [...query].reduce((sum, [term, w]) => sum + w * (profile.get(term) ?? 0), 0);
    expect(words.similarity(words.prepareNeed(shortNeed), honey)).toBeCloseTo(expected, 12);
  });

  it('serialises to JSON and scores the same after loading', () => {
    const copy = TextModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    expect(copy.score(need, argan).value).toBeCloseTo(model.score(need, argan).value, 12);
    expect(copy.options).toEqual(model.options);
  });
});

describe('ResearcherStore', () => {
  const bytes = (seed: number, length: number) => Uint8Array.from({ length }, (_, i) => (seed * 31 + i * 7) & 0xff);
  const stored = (seed: number, length: number) => ({ signature: seed, data: bytes(seed, length), start: 0, end: length });
  const read = (store: ResearcherStore, id: string) => {
    const s = store.get(id)!;
    return { signature: s.signature, bytes: Array.from(s.data.subarray(s.start, s.end)) };
  };

  it('keeps every researcher’s bytes through replacements, removals and compactions, in insertion order', () => {
    const store = new ResearcherStore();
    const expected = new Map<string, { signature: number; length: number }>();
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 400; i++) {
        const id = `r${(i * 7 + round * 13) % 500}`;
        const seed = round * 1000 + i;
        const length = 50 + ((i * 37 + round) % 400);
        if ((i + round) % 5 === 0) {
          store.delete(id);
          expected.delete(id);
        } else {
          store.set(id, stored(seed, length));
          expected.delete(id);
          expected.set(id, { signature: seed, length });
        }
      }
    }
    expect(store.size).toBe(expected.size);
    expect([...store.entries()].map(([id]) => id)).toEqual([...expected.keys()]);
    for (const [id, { signature, length }] of expected) expect(read(store, id)).toEqual({ signature, bytes: Array.from(bytes(signature, length)) });
    // Garbage never outgrows the live bytes for long: the arena is compacted as it grows.
    expect(store.bytes.arena).toBeLessThan(4 * store.bytes.live + (1 << 16));
  });

  it('stores a researcher again from a view of its own bytes', () => {
    const store = new ResearcherStore();
    store.set('a', stored(1, 100));
    store.set('b', stored(2, 70_000)); // the arena grows (and moves) here
    store.set('a', store.get('a')!);
    expect(read(store, 'a')).toEqual({ signature: 1, bytes: Array.from(bytes(1, 100)) });
    expect(read(store, 'b').bytes.length).toBe(70_000);
  });
});

describe('prepared needs', () => {
  it('scores the same once their weighted vectors have been dropped and recomputed', () => {
    const model = TextModel.build([argan, honey, dates]);
    const need = { title: 'Argan oil oxidation', description: 'Our cold pressed argan oil goes rancid; honey moisture too.' };
    const prepared = model.prepareNeed(need);
    const before = model.scorePrepared(prepared, argan);
    // More needs weighed than are kept: the first one's weights are dropped.
    for (let i = 0; i < 2100; i++) model.prepareNeed({ title: `need ${i}`, description: `honey ${i}` });
    expect(prepared.weights).toBeNull();
    expect(model.scorePrepared(prepared, argan)).toEqual(before);
    expect(model.similarity(prepared, honey)).toBe(model.similarity(model.prepareNeed(need), honey));
  });
});
