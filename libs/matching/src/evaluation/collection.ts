import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConceptIndex, detectLanguage, normalise } from '../../../text/src';
import { researcherCandidates } from '../candidates';
import { RESEARCHERS_INDEX, RESEARCHERS_INDEX_SETTINGS, researcherDocument, type ResearcherRecord } from '../documents/search-documents';
import { Matcher, type MatcherOptions } from '../scoring/matcher';
import type { MatchLanguage, MatchNeed, MatchPublication } from '../scoring/types';
import type { EvaluationSearchEngine } from '../search-port';
import { rankingMetrics, type Grades, type RankingMetrics } from './metrics';

/**
 * A need → researcher test collection (the format of shared/data/xling-dev/collection.json) run
 * through the API's proposeMatches path: researchers indexed in a fresh search engine (the
 * caller's `createEngine`: the evaluation command passes libs/search's embedded engine)
 * (researcherDocument, RESEARCHERS_INDEX_SETTINGS), one Matcher over all of them with the shipped
 * thesaurus, then for each need researcherCandidates(engine, …) and matcher.rankResearchers over
 * those candidates. Nothing here is tuned for the collection.
 */

export interface CollectionResearcher {
  id: string;
  displayName?: string;
  organization?: string;
  city?: string;
  region?: string;
  languages?: string[];
  headline?: string;
  expertise?: string;
  keywords?: string[];
  techniques?: string[];
  equipment?: string[];
  publications?: Array<{ title: string; abstract?: string | null; year?: number | null }>;
  sectors?: string[];
  trlMin?: number;
  trlMax?: number;
}

export interface CollectionNeed {
  id: string;
  language?: string;
  sector?: string;
  title: string;
  description?: string;
  keywords?: string[];
  trlCurrent?: number;
  trlTarget?: number;
  city?: string;
  region?: string;
  /** Graded judgements: researcher id → grade (3 ideal, 2 able to help, 1 partial). */
  relevant?: Record<string, number>;
}

export interface CollectionFile {
  name?: string;
  version?: number;
  researchers: CollectionResearcher[];
  needs: CollectionNeed[];
  /** Judgements kept apart from the needs, {needId: {researcherId: grade}}: merged with needs[].relevant. */
  judgements?: Record<string, Record<string, number>>;
}

export interface CollectionOptions {
  /** A fresh, empty search engine (libs/search's createSearchEngine({}) in the evaluation command). */
  createEngine: () => EvaluationSearchEngine;
  /** Matcher options for experiments; the default is exactly the API's `{ concepts: ConceptIndex.loadDefault() }`. */
  matcher?: MatcherOptions;
  /** Candidates per need (researcherCandidates' limit; default its DEFAULT_CANDIDATES). */
  candidateLimit?: number;
  /** Researchers kept per need in the rankings (100). */
  keep?: number;
  /** Also rank every researcher for every need (no candidate generation), for reference (true). */
  reference?: boolean;
}

export interface CollectionFigures extends RankingMetrics {
  /** Mean over needs of the share of judged researchers (grade ≥ 1) found among the candidates. */
  candidateRecall: number;
  /** Mean number of candidates per need. */
  candidates: number;
}

export interface CollectionResult {
  name: string;
  researchers: number;
  needs: number;
  judged: number;
  overall: CollectionFigures;
  /** Per need language (as given, else detected). */
  byLanguage: Record<string, CollectionFigures>;
  /** The matcher over all researchers, without candidate generation (when `reference`). */
  reference?: { overall: RankingMetrics; byLanguage: Record<string, RankingMetrics> };
  /** {needId: [researcherId, …]} best first. */
  rankings: Record<string, string[]>;
  /** Per need: language, candidates, judged researchers missing from the candidates, and its nDCG@10, Recall@20, MRR. */
  perNeed: Array<{ needId: string; language: string; candidates: number; missed: string[] } & Omit<RankingMetrics, 'queries'>>;
}

const LANGUAGES: readonly MatchLanguage[] = ['fr', 'ar', 'en'];

export function readCollection(file: string): CollectionFile {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<CollectionFile>;
  if (!Array.isArray(raw.researchers) || !Array.isArray(raw.needs)) throw new Error(`${file}: expected "researchers" and "needs" arrays`);
  return raw as CollectionFile;
}

/** {needId: {researcherId: grade}} from needs[].relevant and a top-level `judgements`, grades > 0 only. */
export function collectionJudgements(collection: CollectionFile): Record<string, Grades> {
  const out: Record<string, Grades> = {};
  for (const need of collection.needs) {
    const grades = { ...(need.relevant ?? {}), ...(collection.judgements?.[need.id] ?? {}) };
    out[need.id] = Object.fromEntries(Object.entries(grades).filter(([, grade]) => Number(grade) > 0).map(([id, grade]) => [id, Number(grade)]));
  }
  return out;
}

/** A stable organisation id from its name: researchers of one lab share it, so diversity applies per lab. */
export function organisationIdOf(name: string | null | undefined): string | null {
  const key = normalise(name ?? '').replace(/\s+/g, ' ').trim();
  return key ? `org-${createHash('sha1').update(key).digest('hex').slice(0, 16)}` : null;
}

function matchLanguage(value: string | null | undefined): MatchLanguage | null {
  const language = (value ?? '').toLowerCase().slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(language) ? (language as MatchLanguage) : null;
}

export function toResearcherRecord(r: CollectionResearcher): ResearcherRecord {
  const publications: MatchPublication[] = (r.publications ?? []).map((p) => ({ title: p.title ?? '', abstract: p.abstract ?? null, year: p.year ?? null }));
  return {
    id: r.id,
    userId: r.id,
    fullName: r.displayName ?? '',
    labName: r.organization ?? '',
    organisationId: organisationIdOf(r.organization),
    organisationKind: 'RESEARCH_LAB',
    city: r.city ?? null,
    region: r.region ?? null,
    languages: (r.languages ?? []).map(matchLanguage).filter((l): l is MatchLanguage => l !== null),
    headline: r.headline ?? '',
    expertise: r.expertise ?? '',
    keywords: r.keywords ?? [],
    techniques: r.techniques ?? [],
    equipment: r.equipment ?? [],
    publications,
    sectors: r.sectors ?? [],
    trlMin: r.trlMin ?? null,
    trlMax: r.trlMax ?? null,
    availability: 'AVAILABLE',
    updatedAt: 0,
  };
}

export function toMatchNeed(n: CollectionNeed): MatchNeed {
  return {
    id: n.id,
    title: n.title ?? '',
    description: n.description ?? '',
    keywords: n.keywords ?? null,
    language: matchLanguage(n.language),
    sector: n.sector ?? null,
    trlCurrent: n.trlCurrent ?? null,
    trlTarget: n.trlTarget ?? null,
    city: n.city ?? null,
    region: n.region ?? null,
  };
}

export async function evaluateCollection(file: string | CollectionFile, options: CollectionOptions): Promise<CollectionResult> {
  const collection = typeof file === 'string' ? readCollection(file) : file;
  const keep = options.keep ?? 100;
  const concepts = ConceptIndex.loadDefault();
  const records = collection.researchers.map(toResearcherRecord);
  const byId = new Map(records.map((r) => [r.id, r]));
  const judgements = collectionJudgements(collection);

  const engine = options.createEngine();
  try {
    await engine.configureIndex(RESEARCHERS_INDEX_SETTINGS);
    for (let i = 0; i < records.length; i += 500) {
      await engine.upsert(RESEARCHERS_INDEX, records.slice(i, i + 500).map((record) => researcherDocument(record, concepts)));
    }
    const matcher = new Matcher(records, { concepts, ...options.matcher });

    const rankings: Record<string, string[]> = {};
    const referenceRankings: Record<string, string[]> = {};
    const perNeed: CollectionResult['perNeed'] = [];
    const candidateCounts: Record<string, number> = {};
    const candidateRecalls: Record<string, number> = {};
    for (const raw of collection.needs) {
      const need = toMatchNeed(raw);
      const language = need.language ?? detectLanguage(`${need.title}\n${need.description}`);
      const ids = await researcherCandidates(engine, RESEARCHERS_INDEX, need, concepts, options.candidateLimit, options.matcher?.translation ?? true);
      const candidates = ids.map((id) => byId.get(id)).filter((r): r is ResearcherRecord => !!r);
      const matches = matcher.rankResearchers(need, candidates, { language: need.language ?? undefined });
      rankings[need.id] = matches.slice(0, keep).map((m) => m.researcherId);
      if (options.reference ?? true) {
        referenceRankings[need.id] = matcher.rankResearchers(need, records, { language: need.language ?? undefined }).slice(0, keep).map((m) => m.researcherId);
      }
      const judged = Object.keys(judgements[need.id] ?? {});
      const found = new Set(ids);
      const missed = judged.filter((id) => !found.has(id));
      candidateCounts[need.id] = ids.length;
      candidateRecalls[need.id] = judged.length ? (judged.length - missed.length) / judged.length : 0;
      const own = rankingMetrics({ [need.id]: rankings[need.id] }, { [need.id]: judgements[need.id] ?? {} });
      perNeed.push({ needId: need.id, language, candidates: ids.length, missed, ndcg: own.ndcg, recall: own.recall, mrr: own.mrr });
    }

    const figures = (needIds: string[]): CollectionFigures => {
      const subset = Object.fromEntries(needIds.map((id) => [id, judgements[id]]));
      const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
      return {
        ...rankingMetrics(rankings, subset),
        candidateRecall: mean(needIds.map((id) => candidateRecalls[id])),
        candidates: mean(needIds.map((id) => candidateCounts[id])),
      };
    };
    const languages = [...new Set(perNeed.map((n) => n.language))].sort((a, b) => LANGUAGES.indexOf(a as MatchLanguage) - LANGUAGES.indexOf(b as MatchLanguage));
    const needsOf = (language?: string) => perNeed.filter((n) => !language || n.language === language).map((n) => n.needId);
    const subsetOf = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, judgements[id]]));
    return {
      name: collection.name ?? 'collection',
      researchers: records.length,
      needs: collection.needs.length,
      judged: Object.values(judgements).reduce((sum, grades) => sum + Object.keys(grades).length, 0),
      overall: figures(needsOf()),
      byLanguage: Object.fromEntries(languages.map((language) => [language, figures(needsOf(language))])),
      reference:
        options.reference ?? true
          ? {
              overall: rankingMetrics(referenceRankings, subsetOf(needsOf())),
              byLanguage: Object.fromEntries(languages.map((language) => [language, rankingMetrics(referenceRankings, subsetOf(needsOf(language)))])),
            }
          : undefined,
      rankings,
      perNeed,
    };
  } finally {
    await engine.close();
  }
}

/** Targets of the matching brief: nDCG@10 ≥ 0.75 overall, and no need language below 0.65. */
export const COLLECTION_TARGETS = { ndcgOverall: 0.75, ndcgPerLanguage: 0.65 };

/** The table printed by the collection command. */
export function formatCollectionTable(result: CollectionResult): string {
  const f = (x: number) => x.toFixed(3);
  const header = ['needs', 'queries', 'nDCG@10', 'Recall@20', 'MRR', 'cand.recall', 'candidates'];
  const row = (label: string, m: CollectionFigures) => [label, String(m.queries), f(m.ndcg), f(m.recall), f(m.mrr), f(m.candidateRecall), m.candidates.toFixed(1)];
  const rows = [row('all', result.overall), ...Object.entries(result.byLanguage).map(([language, m]) => row(language, m))];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    `${result.name}: ${result.researchers} researchers, ${result.needs} needs, ${result.judged} judged pairs — proposeMatches path ` +
      '(embedded engine, researcherCandidates, Matcher.rankResearchers)',
    line(header),
    ...rows.map(line),
  ];
  if (result.reference) {
    const r = result.reference;
    const per = Object.entries(r.byLanguage).map(([language, m]) => `${language} ${f(m.ndcg)}`).join(', ');
    out.push(`reference, matcher over all researchers (no candidate generation): nDCG@10 ${f(r.overall.ndcg)} (${per}), Recall@20 ${f(r.overall.recall)}, MRR ${f(r.overall.mrr)}`);
  }
  const missed = result.perNeed.filter((n) => n.missed.length);
  if (missed.length) out.push(`judged researchers missing from the candidates: ${missed.map((n) => `${n.needId} (${n.language}) ${n.missed.join(' ')}`).join('; ')}`);
  const worst = Math.min(...Object.values(result.byLanguage).map((m) => m.ndcg));
  const met = result.overall.ndcg >= COLLECTION_TARGETS.ndcgOverall && worst >= COLLECTION_TARGETS.ndcgPerLanguage;
  out.push(
    `targets: nDCG@10 ≥ ${COLLECTION_TARGETS.ndcgOverall} overall (${f(result.overall.ndcg)}), no language below ${COLLECTION_TARGETS.ndcgPerLanguage} (lowest ${f(worst)}): ${met ? 'met' : 'NOT met'}`,
  );
  return out.join('\n');
}
