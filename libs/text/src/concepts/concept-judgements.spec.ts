import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConceptIndex, inflectedAlike } from './concept-index';
import { segmentMentions } from './concept-source';

/**
 * Concept precision on hand-judged mentions (libs/text/data/concept-judgements.json): every concept
 * the product tags in the judged segments must have been judged, and the share judged correct must
 * stay at or above the floor in every sample. Second pass (sense rules, English labels, Arabic broken
 * plurals): heldOut2, drawn after it was frozen, 195/211 = 92.4% (distinct concepts per segment).
 * Third pass (2026-12-06: more sense rules, Arabic prepositions on construct states, exact spelling
 * over endings, shared labels named by the ancestor, Arabic everyday names, transliterations):
 * heldOut3, drawn after it was frozen and judged without changing anything, 194/207 = 93.7% (Wilson
 * 95% interval 89.6–96.3%; the second pass on the same segments 192/207 = 92.8%), the honest
 * estimate; development 244/247, heldOut 201/210 and heldOut2 197/201 guided the passes (optimistic).
 * Counted here per occurrence: heldOut3 206/219 = 94.1%. The target of 95% is not met on
 * unseen text. The floor is what heldOut3 supports, not more; see libs/text/data/README.md ("Precision").
 */
const PRECISION_FLOOR = 0.93;

interface JudgedMention {
  code: string;
  matched: string;
  correct: boolean;
}
interface JudgedSegment {
  source: string;
  text: string;
  mentions: JudgedMention[];
}

const judgements = JSON.parse(readFileSync(join(__dirname, '../../data/concept-judgements.json'), 'utf8')) as {
  samples: Record<string, { segments: JudgedSegment[] }>;
};
const segments = Object.values(judgements.samples).flatMap((sample) => sample.segments);

describe('concept precision (hand-judged mentions)', () => {
  const index = ConceptIndex.loadDefault();

  it('has at least 200 judged mentions from the demo and development data in each sample: development and three held-out ones', () => {
    expect(Object.keys(judgements.samples).sort()).toEqual(['development', 'heldOut', 'heldOut2', 'heldOut3']);
    for (const sample of Object.values(judgements.samples)) {
      expect(sample.segments.flatMap((segment) => segmentMentions(index, segment.text)).length).toBeGreaterThanOrEqual(200);
    }
    const sources = new Set(segments.map((segment) => segment.source.split(':')[0]));
    expect([...sources].sort()).toEqual(['demo', 'xling-dev']);
  });

  it.each(Object.keys(judgements.samples))(`%s: tags only judged concepts, at least ${PRECISION_FLOOR * 100}% of them correct`, (name) => {
    const unjudged: string[] = [];
    const wrong: string[] = [];
    let total = 0;
    let correct = 0;
    for (const segment of judgements.samples[name].segments) {
      const judged = new Map(segment.mentions.map((mention) => [mention.code, mention]));
      for (const mention of segmentMentions(index, segment.text)) {
        const judgement = judged.get(mention.code);
        if (!judgement) {
          unjudged.push(`${segment.source}: "${mention.text}" → ${mention.code} (${index.labels(mention.code).slice(0, 3).join(' | ')})`);
          continue;
        }
        total++;
        if (judgement.correct) correct++;
        else wrong.push(`"${mention.text}" → ${mention.code}`);
      }
    }
    // A new mention must be judged (by reading the segment) and added to the file before it counts.
    expect(unjudged).toEqual([]);
    const precision = correct / total;
    if (precision < PRECISION_FLOOR) throw new Error(`precision ${precision.toFixed(3)} (${correct}/${total}); incorrect: ${wrong.join('; ')}`);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});

describe('stemming collisions do not make concepts', () => {
  const index = ConceptIndex.loadDefault();
  const codes = (text: string) => index.codes(text);
  const labelsOf = (text: string) => codes(text).flatMap((code) => index.labels(code));

  it('"shelf life tests" and "challenge test" are not testicles', () => {
    for (const text of ['shelf life tests', 'challenge test', 'HMF and diastase tests', 'run shelf-life tests']) {
      expect(labelsOf(text)).not.toEqual(expect.arrayContaining(['testicule']));
      expect(labelsOf(text).join(' ')).not.toMatch(/teste|testicul/);
    }
  });

  it('"frais" is not a strawberry, مدة (duration) is not مدى (range), "rate" in English is not the spleen', () => {
    expect(codes('des jus frais')).not.toContain('c_7443');
    expect(codes('des fraises fraîches')).toContain('c_7443');
    expect(codes('مدة الصلاحية')).not.toContain('c_2c3f53e0');
    expect(segmentMentions(index, 'Cooling rate controls graininess in beeswax salves').map((m) => m.code)).not.toContain('c_7314');
  });

  it('negations and conjunctions are never skipped inside a label', () => {
    expect(codes('الصناعات الغذائية')).toEqual(['c_3020']);
    expect(codes('aliments sans gluten')).not.toContain('c_24179');
    expect(codes('fruit and vegetable exporters')).not.toContain('c_3129');
  });

  it('keeps inflections and cross-language forms the stemmer is there for', () => {
    expect(codes("les huiles essentielles")).toContain('c_2669');
    expect(codes('rheology of mucilage')).toContain('c_28543');
    expect(codes('oat beta-glucan')).toContain('c_43e322e8');
    expect(codes('للتمور')).toContain('c_25475');
    expect(codes('الفيتامينات')).toEqual(codes('فيتامين'));
    expect(codes('الورد')).toContain('c_6655');
  });

  it('inflectedAlike accepts inflection, not other words', () => {
    expect(inflectedAlike('oils', 'oil', 'en')).toBe(true);
    expect(inflectedAlike('berries', 'berry', 'en')).toBe(true);
    expect(inflectedAlike('boxes', 'box', 'en')).toBe(true);
    expect(inflectedAlike('test', 'testes', 'en')).toBe(false);
    expect(inflectedAlike('vegetaux', 'vegetal', 'fr')).toBe(true);
    expect(inflectedAlike('frais', 'fraise', 'fr')).toBe(false);
    expect(inflectedAlike('tests', 'testes', 'fr')).toBe(false);
    expect(inflectedAlike('proteins', 'proteine', 'fr', true)).toBe(true);
    expect(inflectedAlike('spectroscopy', 'spectroscopie', 'fr', true)).toBe(true);
    expect(inflectedAlike('tests', 'testes', 'fr', true)).toBe(true); // cognates only where the concept has no English label
    expect(inflectedAlike('والزيوت', 'زيوت', 'ar')).toBe(true);
    expect(inflectedAlike('الورد', 'ورد', 'ar')).toBe(true);
    expect(inflectedAlike('مده', 'مدي', 'ar')).toBe(false);
    expect(inflectedAlike('انتاج', 'انتاجيه', 'ar')).toBe(false);
  });
});
