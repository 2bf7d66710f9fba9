import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGoldCommand } from './cli';
import { evaluateGold, formatGoldTable } from './gold';
import { readGold } from './gold-data';

/**
 * A two-participant gold standard in the OpenReview layout: "soil" works on soil salinity, "bees"
 * on honey bees. Each rated three papers; the matcher should order them as they did.
 */
function writeFixture(dir: string): void {
  const paper = (id: string, title: string, abstract: string) => ({ id, content: { title, abstract } });
  const submissions = {
    p1: paper('p1', 'Soil salinity mapping', 'Mapping soil salinity in irrigated fields with electromagnetic induction.'),
    p2: paper('p2', 'Irrigation water quality', 'Saline irrigation water and soil structure.'),
    p3: paper('p3', 'Honey bee foraging', 'Foraging distance of honey bee colonies in orchards.'),
    p4: paper('p4', 'Varroa mites in bee colonies', 'Varroa infestation and colony losses of honey bees.'),
  };
  const archives = {
    soil: [paper('a1', 'Soil salinity under irrigation', 'Salinity of irrigated soils measured by electromagnetic induction.'), paper('a2', 'Saline soils', 'Soil structure of saline soils.')],
    bees: [paper('b1', 'Honey bee colony losses', 'Varroa mites and colony losses of honey bees.'), paper('b2', 'Bee foraging', 'Foraging of bees in orchards.')],
  };
  for (const split of ['d_20_1', 'd_20_2']) {
    mkdirSync(join(dir, split, 'archives'), { recursive: true });
    writeFileSync(join(dir, split, 'submissions.json'), JSON.stringify(submissions));
    for (const [id, papers] of Object.entries(archives)) writeFileSync(join(dir, split, 'archives', `~${id}.jsonl`), papers.map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  writeFileSync(
    join(dir, 'evaluations.tsv'),
    ['ParticipantID\tPaper1\tPaper2\tPaper3\tExpertise1\tExpertise2\tExpertise3', 'soil\tp1\tp2\tp3\t5\t4\t1', 'bees\tp3\tp4\tp1\t4\t5\t1.5', 'ghost\tp1\tp3\t\t3\t3\t'].join('\n') + '\n',
  );
  mkdirSync(join(dir, 'baselines'));
  // A baseline that orders soil's papers right and bees' papers backwards.
  writeFileSync(join(dir, 'baselines', 'tpms_d_20_1.json'), JSON.stringify({ soil: { p1: 3, p2: 2, p3: 1 }, bees: { p3: 2, p4: 1, p1: 3 }, ghost: { p1: 1, p3: 1 } }));
}

describe('gold standard evaluation', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-gold-'));
    writeFixture(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the OpenReview layout', () => {
    const gold = readGold(dir);
    expect(gold.ratings).toEqual({ soil: { p1: 5, p2: 4, p3: 1 }, bees: { p3: 4, p4: 5, p1: 1.5 }, ghost: { p1: 3, p3: 3 } });
    expect(gold.splits.map((s) => s.name)).toEqual(['d_20_1', 'd_20_2']);
    expect(gold.splits[0].archives.get('soil')).toHaveLength(2);
    expect(gold.splits[0].submissions.get('p4')?.title).toBe('Varroa mites in bee colonies');
    expect([...gold.baselines.keys()]).toEqual(['tpms']);
  });

  it('scores every rated pair through the matcher and orders them as the participants did', () => {
    const result = evaluateGold(dir, { matcher: { concepts: null } });
    expect(result.splits).toHaveLength(2);
    for (const split of result.splits) {
      expect(Object.keys(split.predictions).sort()).toEqual(['bees', 'ghost', 'soil']);
      expect(Object.keys(split.predictions.soil).sort()).toEqual(['p1', 'p2', 'p3']);
      expect(split.predictions.soil.p1).toBeGreaterThan(split.predictions.soil.p3);
      expect(split.predictions.bees.p4).toBeGreaterThan(split.predictions.bees.p1);
    }
    expect(result.meanLoss).toBeLessThan(0.2);
    expect(result.participants).toBe(3);
  });

  it('computes the baselines on the same ratings', () => {
    const result = evaluateGold(dir, { matcher: { concepts: null } });
    // soil: right order → 0 of 1 + 4 + 3 = 8. bees: p3 (4) vs p4 (5) predicted 2 > 1, against → 1;
    // p3 (4) vs p1 (1.5) predicted 2 < 3, against → 2.5; p4 (5) vs p1 (1.5) 1 < 3, against → 3.5; max 7.
    // ghost: equal ratings, nothing. Pooled: (0 + 7) / (8 + 7) = 7/15.
    expect(result.splits[0].baselines.tpms).toBeCloseTo(7 / 15, 12);
    expect(result.splits[1].baselines.tpms).toBeUndefined();
    expect(formatGoldTable(result)).toMatch(/mean\s+0\.\d{4}\s+/);
  });

  it('runs the same path with the shipped thesaurus', () => {
    const result = evaluateGold(dir, { splits: ['d_20_1'] });
    expect(result.splits).toHaveLength(1);
    expect(result.splits[0].predictions.soil.p1).toBeGreaterThan(result.splits[0].predictions.soil.p3);
  });

  it('runGoldCommand prints the table and writes the predictions', () => {
    const out = join(dir, 'predictions.json');
    const lines: string[] = [];
    const result = runGoldCommand(['gold', dir, '--out', out, '--split', 'd_20_2'], (line) => lines.push(line));
    expect(lines[0]).toMatch(/Weighted Kendall-tau loss/);
    expect(lines.join('\n')).toMatch(/d_20_2/);
    expect(lines.join('\n')).toMatch(/Cross-validation over participants: 3 folds .* nothing tuned/);
    expect(lines.join('\n')).toMatch(/held-out loss pooled over participants: 0\.\d{4} \[0\.\d{4}, [01]\.\d{4}\]/);
    expect(existsSync(out)).toBe(true);
    // {participantId: {paperId: score}}, every rated pair.
    const written = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, number>>;
    expect(Object.keys(written.soil).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(written.soil.p1).toBeCloseTo(result.splits[0].predictions.soil.p1, 12);
    expect(() => runGoldCommand(['gold'], () => undefined)).toThrow(/Usage/);
  });
});
