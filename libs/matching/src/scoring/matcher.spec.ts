import { normalise } from '../../../text/src';
import { ConceptIndex } from '../../../text/src';
import type { ConceptSource } from '../../../text/src';
import { diversify } from './diversity';
import { Matcher } from './matcher';
import type { FeatureName, Match, MatchLanguage, MatchNeed, MatchResearcher } from './types';
import { DEFAULT_WEIGHTS } from './weights';

/** A five-concept thesaurus: argan oil and olive oil are narrower than vegetable oil. */
const CONCEPTS: Record<string, { labels: Record<MatchLanguage, string[]>; broader: string[] }> = {
  argan: { labels: { fr: ["huile d'argan"], en: ['argan oil'], ar: ['زيت الأركان'] }, broader: ['vegoil'] },
  olive: { labels: { fr: ["huile d'olive"], en: ['olive oil'], ar: ['زيت الزيتون'] }, broader: ['vegoil'] },
  vegoil: { labels: { fr: ['huile végétale'], en: ['vegetable oil'], ar: ['زيت نباتي'] }, broader: [] },
  coldpress: { labels: { fr: ['pressage à froid'], en: ['cold pressing'], ar: ['العصر على البارد'] }, broader: [] },
  honey: { labels: { fr: ['miel'], en: ['honey'], ar: ['عسل'] }, broader: [] },
};

const fakeConcepts: ConceptSource = {
  extract(text) {
    const normalised = normalise(text);
    const found: Array<{ code: string; language: MatchLanguage; label: string; text: string }> = [];
    for (const [code, concept] of Object.entries(CONCEPTS)) {
      for (const language of ['fr', 'en', 'ar'] as const) {
        for (const label of concept.labels[language]) if (normalised.includes(normalise(label))) found.push({ code, language, label, text: label });
      }
    }
    return found;
  },
  concept: (code) => (CONCEPTS[code] ? { code, ...CONCEPTS[code] } : undefined),
  broader: (code) => CONCEPTS[code]?.broader ?? [],
};

const need: MatchNeed = {
  id: 'n1',
  title: "Rancissement de notre huile d'argan",
  description: "Notre huile d'argan obtenue par pressage à froid rancit en trois mois. Nous avons une presse à vis.",
  language: 'fr',
  sector: 'COSMETICS',
  trlCurrent: 3,
  trlTarget: 6,
  city: 'Agadir',
  region: 'Souss-Massa',
  organisationId: 'coop-1',
};

const base: MatchResearcher = {
  id: 'base',
  organisationId: 'lab-0',
  headline: 'Lipid chemistry',
  expertise: 'Oxidation of edible lipids.',
};

function with_(overrides: Partial<MatchResearcher>, id = 'r'): MatchResearcher {
  return { ...base, id, ...overrides };
}

const others: MatchResearcher[] = [
  with_({ headline: 'Honey quality', expertise: 'Honey fermentation and moisture.' }, 'honey-1'),
  with_({ headline: 'Date palm', expertise: 'Date paste drying.' }, 'dates-1'),
];

function feature(match: Match, name: FeatureName) {
  const found = match.features.find((f) => f.name === name);
  if (!found) throw new Error(`no feature ${name}`);
  return found;
}

describe('Matcher', () => {
  const matcher = new Matcher(others, { concepts: fakeConcepts });

  describe('each feature moves the score the right way', () => {
    it('lexical: more words shared, higher score', () => {
      const little = matcher.score(need, with_({ expertise: 'Rancidity of oils.' }));
      const more = matcher.score(need, with_({ expertise: "Rancissement de l'huile d'argan pressée à froid." }));
      expect(feature(more, 'lexical').value).toBeGreaterThan(feature(little, 'lexical').value);
      expect(more.score).toBeGreaterThan(little.score);
    });

    it('concepts: the need concept named in another language counts; a broader one counts less; a sibling not at all', () => {
      const english = matcher.score(need, with_({ expertise: 'Argan oil quality after cold pressing.' }));
      const broader = matcher.score(need, with_({ expertise: 'Vegetable oil quality.' }));
      const sibling = matcher.score(need, with_({ expertise: 'Olive oil quality.' }));
      // Full coverage of the need's n concepts is n / (n + prior): 2 / (2 + 2) with the default prior.
      expect(feature(english, 'concepts').value).toBe(0.5);
      expect(feature(broader, 'concepts').value).toBeGreaterThan(0);
      expect(feature(broader, 'concepts').value).toBeLessThan(feature(english, 'concepts').value);
      expect(feature(sibling, 'concepts').value).toBe(0);
      expect(english.score).toBeGreaterThan(sibling.score);
    });

    it('concepts named with the same words are left to the lexical feature (but still explained)', () => {
      const french = matcher.score(need, with_({ expertise: "Qualité de l'huile d'argan." }));
      expect(feature(french, 'concepts').value).toBe(0);
      expect(feature(french, 'lexical').value).toBeGreaterThan(0);
      expect(french.reasons).toContain("Concepts communs : huile d'argan");
    });

    it('sector: the need sector (or BOTH) beats another sector', () => {
      const same = matcher.score(need, with_({ sectors: ['COSMETICS'] }));
      const both = matcher.score(need, with_({ sectors: ['BOTH'] }));
      const other = matcher.score(need, with_({ sectors: ['AGRIFOOD'] }));
      expect(same.score).toBeGreaterThan(other.score);
      expect(both.score).toBe(same.score);
      expect(feature(other, 'sector').value).toBe(0);
    });

    it('TRL: the need path inside the researcher range beats a range outside it; partial overlap in between', () => {
      const inside = matcher.score(need, with_({ trlMin: 2, trlMax: 7 }));
      const partial = matcher.score(need, with_({ trlMin: 2, trlMax: 5 }));
      const outside = matcher.score(need, with_({ trlMin: 7, trlMax: 9 }));
      expect(feature(inside, 'trl').value).toBe(1);
      expect(feature(partial, 'trl').value).toBe(0.75); // levels 3, 4, 5 of 3–6
      expect(feature(outside, 'trl').value).toBe(0);
      expect(inside.score).toBeGreaterThan(partial.score);
      expect(partial.score).toBeGreaterThan(outside.score);
    });

    it('equipment and techniques the need mentions', () => {
      const equipped = matcher.score(need, with_({ equipment: ['presse à vis', 'spectrophotomètre'] }));
      const unrelated = matcher.score(need, with_({ equipment: ['spectrophotomètre'] }));
      expect(feature(equipped, 'equipment').value).toBe(0.5);
      expect(feature(unrelated, 'equipment').value).toBe(0);
      expect(equipped.score).toBeGreaterThan(unrelated.score);
      // A technique written in English is found in the French need through its concept.
      const technique = matcher.score(need, with_({ techniques: ['cold pressing'] }));
      expect(feature(technique, 'techniques').value).toBe(0.5);
    });

    it('languages: a researcher working in the need language', () => {
      const fr = matcher.score(need, with_({ languages: ['fr', 'en'] }));
      const en = matcher.score(need, with_({ languages: ['en'] }));
      expect(fr.score).toBeGreaterThan(en.score);
      // The language is detected when the need does not say.
      const detected = matcher.score({ ...need, id: 'n1-nolang', language: null }, with_({ languages: ['fr'] }));
      expect(feature(detected, 'languages').value).toBe(1);
    });

    it('place: same city beats same region beats elsewhere', () => {
      const city = matcher.score(need, with_({ city: 'Agadir', region: 'Souss-Massa' }));
      const region = matcher.score(need, with_({ city: 'Taroudant', region: 'Souss-Massa' }));
      const elsewhere = matcher.score(need, with_({ city: 'Fès', region: 'Fès-Meknès' }));
      expect(city.score).toBeGreaterThan(region.score);
      expect(region.score).toBeGreaterThan(elsewhere.score);
      expect(feature(region, 'place').value).toBe(0.5);
    });

    it('a feature without data is 0 for everyone', () => {
      const bare = matcher.score({ id: 'bare', title: "Huile d'argan", description: 'Rancissement.' }, with_({}));
      for (const name of ['sector', 'trl', 'equipment', 'techniques', 'languages', 'place'] as const) {
        if (name !== 'languages') expect(feature(bare, name).value).toBe(0);
      }
      expect(feature(matcher.score(need, with_({ languages: [] })), 'languages').value).toBe(0);
    });
  });

  it('contributions are weight × value and sum to the score', () => {
    const match = matcher.score(
      need,
      with_({
        expertise: 'Argan oil cold pressing and rancidity.',
        sectors: ['COSMETICS'],
        trlMin: 2,
        trlMax: 5,
        equipment: ['presse à vis'],
        techniques: ['cold pressing'],
        languages: ['fr'],
        city: 'Agadir',
      }),
    );
    expect(match.features.map((f) => f.name).sort()).toEqual(Object.keys(DEFAULT_WEIGHTS).sort());
    for (const f of match.features) {
      expect(f.contribution).toBeCloseTo(f.weight * f.value, 12);
      expect(f.value).toBeGreaterThanOrEqual(0);
      expect(f.value).toBeLessThanOrEqual(1);
      expect(f.detail.length).toBeGreaterThan(0);
    }
    expect(match.features.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(match.score, 12);
    expect(match.features.every((f) => f.contribution > 0)).toBe(true);
  });

  it('weights come from one configuration and can be overridden', () => {
    const r = with_({ sectors: ['COSMETICS'] });
    const noSector = new Matcher(others, { concepts: fakeConcepts, weights: { sector: 0 } });
    expect(matcher.score(need, r).score - noSector.score(need, r).score).toBeCloseTo(DEFAULT_WEIGHTS.sector, 12);
  });

  describe('reasons', () => {
    const researcher = with_({
      expertise: 'Argan oil quality after cold pressing.',
      sectors: ['COSMETICS'],
      trlMin: 3,
      trlMax: 6,
      equipment: ['presse à vis'],
      techniques: ['cold pressing'],
      languages: ['fr', 'en'],
      city: 'Agadir',
      region: 'Souss-Massa',
    });

    it('in French', () => {
      const { reasons } = matcher.score(need, researcher, 'fr');
      expect(reasons).toEqual(
        expect.arrayContaining([
          "Concepts communs : huile d'argan, pressage à froid",
          'Travaille aux TRL 3–6',
          'Secteur : cosmétique',
          'Équipement demandé : presse à vis',
          'Techniques demandées : cold pressing',
          'Langue commune : français',
          'Même ville : Agadir',
        ]),
      );
    });

    it('in English', () => {
      const { reasons } = matcher.score(need, researcher, 'en');
      expect(reasons).toEqual(
        expect.arrayContaining(['Shared concepts: argan oil, cold pressing', 'Works at TRL 3–6', 'Sector: cosmetics', 'Shared language: French', 'Same city: Agadir']),
      );
    });

    it('in Arabic', () => {
      const { reasons } = matcher.score(need, researcher, 'ar');
      expect(reasons).toEqual(expect.arrayContaining(['مفاهيم مشتركة: \u2068زيت الأركان\u2069، \u2068العصر على البارد\u2069', 'يعمل في مستويات الجاهزية التكنولوجية 3–6', 'لغة مشتركة: الفرنسية']));
    });

    it('strongest evidence first, nothing said about features that did not contribute', () => {
      const { reasons, features } = matcher.score(need, with_({ expertise: 'Argan oil after cold pressing.', trlMin: 8, trlMax: 9 }), 'en');
      expect(reasons[0]).toMatch(/^Shared concepts/);
      expect(reasons.some((r) => r.includes('TRL'))).toBe(false);
      expect(features.find((f) => f.name === 'trl')?.contribution).toBe(0);
    });

    it('shared words and the closest publication', () => {
      const { reasons } = matcher.score(
        need,
        with_({ publications: [{ title: "Rancissement de l'huile d'argan pressée à froid", abstract: "Stabilité oxydative de l'huile d'argan." }] }),
        'fr',
      );
      expect(reasons.find((r) => r.startsWith('Termes communs : '))).toMatch(/argan/);
      expect(reasons).toContain("Publication proche : « Rancissement de l'huile d'argan pressée à froid »");
    });
  });

  describe('ranking in both directions', () => {
    const expert = with_({ expertise: 'Argan oil rancidity after cold pressing.', sectors: ['COSMETICS'] }, 'expert');
    const pool = [expert, ...others];
    const ranker = new Matcher(pool, { concepts: fakeConcepts });

    it('researchers for a need, best first', () => {
      const ranked = ranker.rankResearchers(need, pool, { language: 'en' });
      expect(ranked.map((m) => m.researcherId)[0]).toBe('expert');
      expect(ranked).toHaveLength(3);
      expect(ranked[0].score).toBeGreaterThanOrEqual(ranked[1].score);
      // Candidates default to the registered researchers.
      expect(ranker.rankResearchers(need).map((m) => m.researcherId)[0]).toBe('expert');
    });

    it('needs for a researcher, best first', () => {
      const honeyNeed: MatchNeed = { id: 'n2', title: 'Notre miel fermente', description: 'Le miel mousse dans les pots.', organisationId: 'coop-2' };
      expect(ranker.rankNeeds(expert, [honeyNeed, need]).map((m) => m.needId)).toEqual(['n1', 'n2']);
      expect(ranker.rankNeeds(pool[1], [need, honeyNeed]).map((m) => m.needId)).toEqual(['n2', 'n1']);
    });

    it('limits the list', () => {
      expect(ranker.rankResearchers(need, pool, { limit: 2 })).toHaveLength(2);
    });

    it('explains the matches of a limited list exactly as the full list and as score() do', () => {
      const full = ranker.rankResearchers(need, pool, { language: 'en' });
      expect(ranker.rankResearchers(need, pool, { language: 'en', limit: 2 })).toEqual(full.slice(0, 2));
      for (const match of full) expect(ranker.score(need, pool.find((r) => r.id === match.researcherId)!, 'en')).toEqual(match);
    });

    it('keeps working after a researcher is added, changed or removed', () => {
      const m = new Matcher(others, { concepts: fakeConcepts });
      m.upsertResearcher(expert);
      const before = m.rankResearchers(need)[0];
      expect(before.researcherId).toBe('expert');
      m.upsertResearcher({ ...expert, expertise: 'Honey.' });
      const after = m.rankResearchers(need).find((match) => match.researcherId === 'expert')!;
      expect(feature(after, 'lexical').value).toBe(0);
      expect(after.score).toBeLessThan(before.score);
      m.removeResearcher('expert');
      expect(m.researchers.map((r) => r.id)).toEqual(['honey-1', 'dates-1']);
    });

    it('keeps full records only up to maxRetainedResearchers, and ranks the same', () => {
      const lean = new Matcher([...others, expert], { concepts: fakeConcepts, maxRetainedResearchers: 1 });
      const full = new Matcher([...others, expert], { concepts: fakeConcepts });
      expect(() => lean.researchers).toThrow(/pass the candidates/);
      const candidates = [...others, expert];
      expect(lean.rankResearchers(need, candidates).map((m) => [m.researcherId, m.score])).toEqual(full.rankResearchers(need, candidates).map((m) => [m.researcherId, m.score]));
    });
  });

  describe('diversity', () => {
    const sameLab = Array.from({ length: 5 }, (_, i) => with_({ expertise: `Argan oil cold pressing rancidity ${'argan '.repeat(5 - i)}`, organisationId: 'lab-A' }, `a${i}`));
    const otherLab = [with_({ expertise: 'Argan oil.', organisationId: 'lab-B' }, 'b0'), with_({ expertise: 'Vegetable oil.', organisationId: 'lab-C' }, 'c0')];
    const pool = [...sameLab, ...otherLab];
    const ranker = new Matcher(pool, { concepts: fakeConcepts });

    it('at most N results of one lab in the top of the list', () => {
      const plain = ranker.rankResearchers(need, pool, { diversity: false });
      expect(plain.slice(0, 4).every((m) => m.researcherId.startsWith('a'))).toBe(true);
      const diverse = ranker.rankResearchers(need, pool, { diversity: { maxPerOrganisation: 2, window: 4 } });
      expect(diverse.slice(0, 4).filter((m) => m.researcherId.startsWith('a'))).toHaveLength(2);
      expect(diverse.slice(0, 4).map((m) => m.researcherId)).toEqual(expect.arrayContaining(['b0', 'c0']));
      // Nothing is lost: the surplus follows, in score order.
      expect(diverse.map((m) => m.researcherId).sort()).toEqual(plain.map((m) => m.researcherId).sort());
      expect(diverse.slice(4).map((m) => m.researcherId)).toEqual(['a2', 'a3', 'a4']);
    });

    it('applies by default (2 per lab in the first 10) and also to needs of one organisation', () => {
      expect(ranker.rankResearchers(need, pool).slice(0, 4).filter((m) => m.researcherId.startsWith('a'))).toHaveLength(2);
      const needs = Array.from({ length: 4 }, (_, i) => ({ ...need, id: `n${i}`, description: need.description + ' argan'.repeat(4 - i) }));
      const ranked = ranker.rankNeeds(sameLab[0], [...needs, { id: 'other', title: 'Argan oil', description: 'argan', organisationId: 'coop-9' }], {
        diversity: { maxPerOrganisation: 1, window: 2 },
      });
      expect(ranked.slice(0, 2).map((m) => m.needId).sort()).toEqual(['n0', 'other']);
      expect(ranked.slice(2).map((m) => m.needId)).toEqual(['n1', 'n2', 'n3']);
    });

    it('diversify keeps items without an organisation and is a permutation', () => {
      const items = [
        { id: 1, org: 'x', s: 5 },
        { id: 2, org: 'x', s: 4 },
        { id: 3, org: null, s: 3 },
        { id: 4, org: 'x', s: 2 },
        { id: 5, org: 'y', s: 1 },
      ];
      const out = diversify(items, (i) => i.org, (i) => i.s, { maxPerOrganisation: 1, window: 3 });
      expect(out.map((i) => i.id)).toEqual([1, 3, 5, 2, 4]);
    });
  });

  it('works without a thesaurus: concepts are 0, the rest still ranks', () => {
    const plain = new Matcher([...others, with_({ expertise: "Rancissement de l'huile d'argan." }, 'expert')]);
    const ranked = plain.rankResearchers(need);
    expect(ranked[0].researcherId).toBe('expert');
    expect(feature(ranked[0], 'concepts').value).toBe(0);
  });

  describe('pseudo-relevance feedback through concepts (off by default)', () => {
    const argan: MatchNeed = { id: 'n-fb', title: "Huile d'argan", description: "Rancissement de notre huile d'argan.", language: 'fr' };
    const researchers = [
      with_({ headline: 'Argan oil', expertise: 'Argan oil after cold pressing.' }, 'a'),
      with_({ headline: "Huile d'argan", expertise: "Huile d'argan et pressage à froid." }, 'b'),
      with_({ headline: 'Seeds', expertise: 'Cold pressing of seeds.' }, 'c'),
      with_({ headline: 'Date palm', expertise: 'Date paste drying.' }, 'd'),
    ];
    const byId = (matches: Match[]) => new Map(matches.map((m) => [m.researcherId, m]));

    it('adds the concepts shared by the best candidates to the need, lowering nobody', () => {
      const plain = byId(new Matcher(researchers, { concepts: fakeConcepts, diversity: false }).rankResearchers(argan, researchers));
      const fed = byId(new Matcher(researchers, { concepts: fakeConcepts, diversity: false, feedback: { documents: 2, minDocuments: 2 } }).rankResearchers(argan, researchers, { language: 'en' }));
      // "cold pressing" is in both of the two best profiles but not in the need: a profile with only it now has concept evidence.
      expect(feature(plain.get('c')!, 'concepts').value).toBe(0);
      expect(feature(fed.get('c')!, 'concepts').value).toBeGreaterThan(0);
      expect(fed.get('c')!.reasons).toContain('Related concepts: cold pressing');
      expect(feature(fed.get('c')!, 'concepts').detail).toContain('through the best candidates: coldpress');
      for (const id of ['a', 'b', 'd']) expect(feature(fed.get(id)!, 'concepts').value).toBeGreaterThanOrEqual(feature(plain.get(id)!, 'concepts').value);
      expect(feature(fed.get('d')!, 'concepts').value).toBe(0);
      for (const match of fed.values()) expect(match.features.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(match.score, 12);
    });

    it('needs a concept in at least minDocuments of the best candidates', () => {
      const fed = byId(new Matcher(researchers, { concepts: fakeConcepts, feedback: { documents: 1, minDocuments: 2 } }).rankResearchers(argan, researchers));
      expect(feature(fed.get('c')!, 'concepts').value).toBe(0);
    });
  });

  it('with the shipped AGROVOC index, finds an English argan profile for an Arabic need', () => {
    const researchers = [
      with_({ headline: 'Argan oil', expertise: 'Oxidative stability of argan oil after cold pressing.', languages: ['en'] }, 'argan-en'),
      with_({ headline: 'Honey', expertise: 'Honey fermentation and moisture.', languages: ['en'] }, 'honey-en'),
    ];
    const real = new Matcher(researchers, { concepts: ConceptIndex.loadDefault() });
    const arabic: MatchNeed = { id: 'n-ar', title: 'تزنخ زيت الأركان', description: 'زيت الأركان عندنا يتزنخ بعد ثلاثة أشهر من العصر.', language: 'ar' };
    const [first] = real.rankResearchers(arabic, researchers, { language: 'fr' });
    expect(first.researcherId).toBe('argan-en');
    expect(feature(first, 'concepts').value).toBeGreaterThan(0);
    expect(first.reasons.some((r) => r.startsWith('Concepts communs : ') && r.includes('argan'))).toBe(true);
  });

  it('ranks and explains the same when concept and surface ids need two characters in the packed concepts', () => {
    const researchers = [
      ...others,
      with_({ expertise: 'Argan oil quality after cold pressing.' }, 'english'),
      with_({ expertise: 'Vegetable oil quality.' }, 'broader'),
      with_({ expertise: "Qualité de l'huile d'argan." }, 'french'),
    ];
    const plain = new Matcher(researchers, { concepts: fakeConcepts });
    const crowded = new Matcher([], { concepts: fakeConcepts });
    // Ids past 0x4000 (and past 2^16) are written on two characters.
    const dictionaries = crowded as unknown as { conceptCorpus: { intern(term: string): number }; surfaceDictionary: { intern(term: string): number } };
    for (let i = 0; i < 70_000; i++) {
      dictionaries.conceptCorpus.intern(`filler-concept-${i}`);
      dictionaries.surfaceDictionary.intern(`filler-surface-${i}`);
    }
    for (const researcher of researchers) crowded.upsertResearcher(researcher);
    const ranked = plain.rankResearchers(need, researchers);
    expect(ranked.some((m) => feature(m, 'concepts').value > 0)).toBe(true);
    expect(ranked.some((m) => m.reasons.includes("Concepts communs : huile d'argan"))).toBe(true);
    expect(crowded.rankResearchers(need, researchers)).toEqual(ranked);
  });
});
