import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCollectionCommand, runEvalCommand } from '../../../../libs/matching/src/evaluation/cli';
import { collectionJudgements, evaluateCollection, organisationIdOf, toResearcherRecord, type CollectionFile } from '../../../../libs/matching/src/evaluation/collection';
import { createSearchEngine } from '../../../../libs/search/src';

/** What eval.cli.ts passes: a fresh embedded engine per collection. */
const environment = { createEngine: () => createSearchEngine({}) };

/**
 * Three researchers (argan oil cosmetics in French, honey authenticity in English, date palm in
 * Arabic) and two needs; each need has one obviously right expert, written in another language.
 */
const COLLECTION: CollectionFile = {
  name: 'synthetic',
  version: 1,
  researchers: [
    {
      id: 'r1',
      displayName: 'Lab researcher r1',
      organization: 'Laboratoire des Huiles Végétales (fictional), Université Souss',
      city: 'Agadir',
      languages: ['fr'],
      headline: "Huile d'argan : extraction, qualité et formulation cosmétique",
      expertise: "J'étudie l'huile d'argan cosmétique : pressage à froid, oxydation, stabilité des crèmes et des émulsions à l'huile d'argan.",
      keywords: ["huile d'argan", 'cosmétique', 'émulsion'],
      techniques: ['chromatographie en phase gazeuse'],
      equipment: ['presse à froid'],
      publications: [{ title: "Stabilité oxydative de l'huile d'argan cosmétique", abstract: "Les crèmes à l'huile d'argan restent stables six mois.", year: 2021 }],
    },
    {
      id: 'r2',
      displayName: 'Lab researcher r2',
      organization: 'Apiculture Laboratory (fictional), Université Atlas',
      city: 'Meknès',
      languages: ['en'],
      headline: 'Honey authenticity and adulteration detection',
      expertise: 'I detect honey adulteration with sugar syrups and check the botanical origin of honey by pollen analysis.',
      keywords: ['honey', 'adulteration', 'pollen analysis'],
      techniques: ['melissopalynology'],
      publications: [{ title: 'Detecting syrup adulteration in Moroccan honey', abstract: 'Sugar syrups were detected in honey samples.', year: 2020 }],
    },
    {
      id: 'r3',
      displayName: 'Lab researcher r3',
      organization: 'مختبر النخيل (fictional)',
      city: 'Errachidia',
      languages: ['ar'],
      headline: 'تحسين زراعة نخيل التمر ومكافحة مرض البيوض',
      expertise: 'أدرس أصناف نخيل التمر ومقاومتها لمرض البيوض في الواحات.',
      keywords: ['نخيل التمر', 'البيوض'],
    },
  ],
  needs: [
    {
      id: 'n1',
      language: 'en',
      sector: 'COSMETICS',
      title: 'Argan oil face cream goes rancid',
      description: 'Our cooperative makes a face cream with argan oil. After two months the cream smells rancid. We need help to stabilise the formulation.',
      trlCurrent: 3,
      trlTarget: 6,
      relevant: { r1: 3 },
    },
    {
      id: 'n2',
      language: 'fr',
      sector: 'AGRIFOOD',
      title: 'Prouver que notre miel est pur',
      description: 'Des clients doutent de notre miel de thym. Nous voulons prouver par analyse que le miel n’est pas mélangé avec du sirop de sucre.',
      relevant: {},
    },
  ],
  judgements: { n2: { r2: 3, r3: 0 } },
};

describe('eval command: collection evaluation (proposeMatches path, libs/matching wired to libs/search)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-collection-'));
    file = join(dir, 'collection.json');
    writeFileSync(file, JSON.stringify(COLLECTION));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads judgements from the needs and from a top-level judgements object', () => {
    expect(collectionJudgements(COLLECTION)).toEqual({ n1: { r1: 3 }, n2: { r2: 3 } });
  });

  it('maps researchers to records with a stable organisation id per lab', () => {
    const record = toResearcherRecord(COLLECTION.researchers[0]);
    expect(record).toMatchObject({ id: 'r1', userId: 'r1', fullName: 'Lab researcher r1', labName: COLLECTION.researchers[0].organization, availability: 'AVAILABLE', languages: ['fr'] });
    expect(record.organisationId).toBe(organisationIdOf('laboratoire des huiles vegetales (fictional),  Université Souss'));
    expect(record.organisationId).not.toBe(toResearcherRecord(COLLECTION.researchers[1]).organisationId);
    expect(organisationIdOf('')).toBeNull();
  });

  it('ranks the obviously right researcher first for each need, across languages', async () => {
    const result = await evaluateCollection(file, environment);
    expect(result.researchers).toBe(3);
    expect(result.needs).toBe(2);
    expect(result.judged).toBe(2);
    expect(result.rankings.n1[0]).toBe('r1');
    expect(result.rankings.n2[0]).toBe('r2');
    expect(result.overall.ndcg).toBeCloseTo(1, 10);
    expect(result.overall.mrr).toBeCloseTo(1, 10);
    expect(result.overall.candidateRecall).toBeCloseTo(1, 10);
    expect(Object.keys(result.byLanguage).sort()).toEqual(['en', 'fr']);
    expect(result.reference?.overall.ndcg).toBeCloseTo(1, 10);
  });

  it('runCollectionCommand prints the table and writes the rankings with --out', async () => {
    const out = join(dir, 'rankings.json');
    const lines: string[] = [];
    await runCollectionCommand(['collection', file, '--out', out], environment, (line) => lines.push(line));
    const printed = lines.join('\n');
    expect(printed).toMatch(/nDCG@10/);
    expect(printed).toMatch(/^all\s+2\s+1\.000/m);
    expect(printed).toMatch(/targets: .* met/);
    expect(printed).toMatch(/Cross-validation over needs: 2 folds stratified by need language/);
    expect(printed).toMatch(/^all\s+2\s+1\.000 \[1\.000, 1\.000\]/m);
    await expect(runCollectionCommand(['collection', file, '--variants', 'nope'], environment, () => undefined)).rejects.toThrow(/Unknown variant/);
    const tuned: string[] = [];
    await runCollectionCommand(['collection', file, '--no-reference', '--variants', 'default,no concepts', '--folds', '2', '--bootstrap', '50'], environment, (line) => tuned.push(line));
    expect(tuned.join('\n')).toMatch(/chosen by nDCG@10 on the other folds among: default \| no concepts/);
    expect(existsSync(out)).toBe(true);
    const rankings = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string[]>;
    expect(Object.keys(rankings).sort()).toEqual(['n1', 'n2']);
    expect(rankings.n1[0]).toBe('r1');
    expect(rankings.n2[0]).toBe('r2');
    expect(rankings.n1.length).toBeLessThanOrEqual(100);
  });

  it('runEvalCommand dispatches on the sub-command or the argument', async () => {
    const lines: string[] = [];
    const result = await runEvalCommand([file, '--no-reference'], environment, (line) => lines.push(line));
    expect('rankings' in result && result.rankings.n1[0]).toBe('r1');
    await expect(runEvalCommand([], environment, () => undefined)).rejects.toThrow(/Usage/);
    await expect(runCollectionCommand(['collection'], environment, () => undefined)).rejects.toThrow(/Usage/);
  });
});
