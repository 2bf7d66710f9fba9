import { readFileSync } from 'node:fs';
import { evaluateGold } from './gold';
import { rankingMetrics } from './metrics';
import { Matcher, type MatcherOptions } from '../scoring/matcher';
import { ConceptIndex } from '../concepts/concept-index';
import type { MatchLanguage, MatchNeed, MatchResearcher } from '../scoring/types';

interface Collection {
  researchers: Array<{ id: string; organization: string; city: string; languages: MatchLanguage[]; headline: string; expertise: string; keywords: string[]; techniques: string[]; equipment: string[]; publications: Array<{ title: string; abstract: string }> }>;
  needs: Array<{ id: string; language: MatchLanguage; sector: string; title: string; description: string; trlCurrent: number; trlTarget: number; relevant: Record<string, number> }>;
}

export function xling(file: string, options: MatcherOptions): string {
  const c = JSON.parse(readFileSync(file, 'utf8')) as Collection;
  const researchers: MatchResearcher[] = c.researchers.map((r) => ({ ...r, organisationId: r.organization }));
  const matcher = new Matcher(researchers, { concepts: ConceptIndex.loadDefault(), ...options });
  const rankings: Record<string, string[]> = {};
  const judgements: Record<string, Record<string, number>> = {};
  const byLang: Record<string, string[]> = {};
  for (const n of c.needs) {
    const need: MatchNeed = { ...n };
    rankings[n.id] = matcher.rankResearchers(need, researchers, { limit: 100 }).map((m) => m.researcherId);
    judgements[n.id] = n.relevant;
    (byLang[n.language] ??= []).push(n.id);
  }
  const all = rankingMetrics(rankings, judgements);
  const parts = [`all ndcg ${all.ndcg.toFixed(3)} R20 ${all.recall.toFixed(3)} mrr ${all.mrr.toFixed(3)}`];
  for (const [lang, ids] of Object.entries(byLang)) {
    const m = rankingMetrics(rankings, Object.fromEntries(ids.map((id) => [id, judgements[id]])));
    parts.push(`${lang} ${m.ndcg.toFixed(3)}/${m.mrr.toFixed(3)}`);
  }
  return parts.join(' | ');
}

if (require.main === module) {
  const [dir, xfile] = [process.argv[2], process.argv[3]];
  const variants = JSON.parse(process.argv[4]) as MatcherOptions[];
  const skipGold = process.argv[5] === 'nogold';
  for (const v of variants) {
    const t = Date.now();
    const g = skipGold ? undefined : evaluateGold(dir, { matcher: { concepts: ConceptIndex.loadDefault(), ...v } });
    console.log(g ? g.meanLoss.toFixed(4) : '-', '|', xling(xfile, v), '|', JSON.stringify(v), `${Date.now() - t}ms`);
  }
}
