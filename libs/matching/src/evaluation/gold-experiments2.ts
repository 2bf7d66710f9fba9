import { readGold } from './gold-data';
import { weightedKendallTauLoss, type ScoreTable } from './metrics';
import { terms, DEFAULT_TERM_OPTIONS } from '../text-model/terms';
import { TextModel } from '../text-model/text-model';

type Scorer = (q: Map<string, number>, r: Map<string, number>, rLen: number, cf: Map<string, number>, cLen: number, qlen: number) => number;

function count(list: string[]): Map<string, number> { const m = new Map<string, number>(); for (const t of list) m.set(t, (m.get(t) ?? 0) + 1); return m; }

function main(): void {
  const gold = readGold(process.argv[2]);
  const mus = [500, 1000, 2000, 4000];
  const variants: Record<string, Scorer> = {};
  for (const mu of mus) {
    variants[`nllr mu=${mu}`] = (q, r, rLen, cf, cLen, qlen) => { let s = 0; for (const [t, c] of q) { const pc = ((cf.get(t) ?? 0) + 0.5) / (cLen + 1); s += (c / qlen) * Math.log((( r.get(t) ?? 0) + mu * pc) / ((rLen + mu) * pc)); } return s; };
    variants[`ql-avg mu=${mu}`] = (q, r, rLen, cf, cLen, qlen) => { let s = 0; for (const [t, c] of q) { const pc = ((cf.get(t) ?? 0) + 0.5) / (cLen + 1); s += (c / qlen) * Math.log(((r.get(t) ?? 0) + mu * pc) / (rLen + mu)); } return s; };
  }
  const results: Record<string, number[]> = {};
  const fused: Record<string, number[]> = {};
  for (const split of gold.splits) {
    const cf = new Map<string, number>(); let cLen = 0;
    const profiles = new Map<string, { counts: Map<string, number>; len: number }>();
    for (const [id, papers] of split.archives) {
      const list = papers.flatMap((p) => terms(`${p.title} ${p.abstract}`, DEFAULT_TERM_OPTIONS));
      for (const t of list) cf.set(t, (cf.get(t) ?? 0) + 1);
      cLen += list.length;
      profiles.set(id, { counts: count(list), len: list.length });
    }
    const model = TextModel.build([...split.archives].map(([id, papers]) => ({ id, publications: papers })), { wholeWeight: 1, titleWeight: 1 });
    for (const [name, scorer] of Object.entries(variants)) {
      const preds: ScoreTable = {}; const fuse: ScoreTable = {};
      for (const [id, rated] of Object.entries(gold.ratings)) {
        const prof = profiles.get(id)!;
        preds[id] = {}; fuse[id] = {};
        const cos: Record<string, number> = {};
        for (const pid of Object.keys(rated)) {
          const p = split.submissions.get(pid)!;
          const ql = terms(`${p.title} ${p.abstract}`, DEFAULT_TERM_OPTIONS);
          preds[id][pid] = scorer(count(ql), prof.counts, prof.len, cf, cLen, ql.length);
          cos[pid] = model.score({ title: p.title, description: p.abstract }, { id, publications: split.archives.get(id)! }).value;
        }
        const rank = (o: Record<string, number>) => { const ids = Object.keys(o).sort((a, b) => o[a] - o[b]); return Object.fromEntries(ids.map((x, i) => [x, i / Math.max(1, ids.length - 1)])); };
        const a = rank(preds[id]); const b = rank(cos);
        for (const pid of Object.keys(rated)) fuse[id][pid] = a[pid] + b[pid];
      }
      (results[name] ??= []).push(weightedKendallTauLoss(preds, gold.ratings).loss);
      (fused[name] ??= []).push(weightedKendallTauLoss(fuse, gold.ratings).loss);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const name of Object.keys(results)) console.log(name, mean(results[name]).toFixed(4), 'fused with cosine', mean(fused[name]).toFixed(4));
}
main();
