import { readGold } from './gold-data';
import { weightedKendallTauLoss, type ScoreTable } from './metrics';
import { TextModel, type TextModelOptions } from '../text-model/text-model';

/** Sweeps text-model variants on a gold directory: node gold-experiments.js <dir> '<json variants>' */
function main(): void {
  const dir = process.argv[2];
  const variants = JSON.parse(process.argv[3] ?? '[{}]') as Array<Partial<TextModelOptions> & { name?: string }>;
  const gold = readGold(dir);
  for (const variant of variants) {
    const losses: number[] = [];
    const perPart: number[] = [];
    for (const split of gold.splits) {
      const researchers = [...split.archives].map(([id, papers]) => ({ id, publications: papers }));
      const model = TextModel.build(researchers, variant);
      if ((variant as { withNeeds?: boolean }).withNeeds) for (const p of split.submissions.values()) model.add({ id: `need:${p.id}`, publications: [p] });
      const predictions: ScoreTable = {};
      for (const researcher of researchers) {
        const rated = gold.ratings[researcher.id];
        if (!rated) continue;
        predictions[researcher.id] = {};
        for (const paperId of Object.keys(rated)) {
          const p = split.submissions.get(paperId)!;
          predictions[researcher.id][paperId] = model.score({ title: p.title, description: p.abstract }, researcher).value;
        }
      }
      const result = weightedKendallTauLoss(predictions, gold.ratings);
      losses.push(result.loss);
      perPart.push(result.meanPerParticipant);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(mean(losses.map((x) => (x - mean(losses)) ** 2)));
    console.log(`${mean(losses).toFixed(4)} ±${sd.toFixed(4)} (perPart ${mean(perPart).toFixed(4)})  ${JSON.stringify(variant)}`);
  }
}

main();
