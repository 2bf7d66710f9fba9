import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreTable } from './metrics';

/**
 * Reader of an expertise gold standard in the OpenReview layout (Stelmakh et al. 2023):
 *   evaluations.tsv                      ParticipantID, Paper1..PaperN, Expertise1..ExpertiseN
 *   d_20_x/submissions.json              {paperId: {id, content: {title, abstract}}}
 *   d_20_x/archives/~{participant}.jsonl one {id, content: {title, abstract}} per line
 *   baselines/{algorithm}_d_20_x.json    {participantId: {paperId: score}}   (optional)
 */
export interface GoldPaper {
  id: string;
  title: string;
  abstract: string;
}

export interface GoldSplit {
  name: string;
  /** Rated papers, by id. */
  submissions: Map<string, GoldPaper>;
  /** Each participant's profile papers. */
  archives: Map<string, GoldPaper[]>;
}

export interface GoldData {
  /** participant → paper → rating. */
  ratings: ScoreTable;
  splits: GoldSplit[];
  /** algorithm → split name → scores. */
  baselines: Map<string, Map<string, ScoreTable>>;
}

export function readRatings(file: string): ScoreTable {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim());
  const header = lines[0].split('\t').map((cell) => cell.trim());
  const paperColumns = header.map((name, i) => ({ name, i })).filter((c) => /^Paper\d+$/i.test(c.name));
  const ratings: ScoreTable = {};
  for (const line of lines.slice(1)) {
    const cells = line.split('\t').map((cell) => cell.trim());
    const participant = cells[0];
    const rated: Record<string, number> = {};
    for (const { name, i } of paperColumns) {
      const paper = cells[i];
      const ratingColumn = header.indexOf(name.replace(/^Paper/i, 'Expertise'));
      const rating = Number.parseFloat(cells[ratingColumn] ?? '');
      if (paper && Number.isFinite(rating)) rated[paper] = rating;
    }
    if (participant && Object.keys(rated).length) ratings[participant] = rated;
  }
  return ratings;
}

function paper(raw: { id?: string; content?: { title?: unknown; abstract?: unknown } }, fallbackId = ''): GoldPaper {
  const text = (value: unknown) => (typeof value === 'string' ? value : value && typeof value === 'object' && 'value' in value ? String((value as { value: unknown }).value ?? '') : '');
  return { id: raw.id ?? fallbackId, title: text(raw.content?.title), abstract: text(raw.content?.abstract) };
}

export function readSplit(dir: string, name: string): GoldSplit {
  const raw = JSON.parse(readFileSync(join(dir, name, 'submissions.json'), 'utf8')) as Record<string, Parameters<typeof paper>[0]>;
  const submissions = new Map(Object.entries(raw).map(([id, value]) => [id, paper(value, id)]));
  const archives = new Map<string, GoldPaper[]>();
  const archiveDir = join(dir, name, 'archives');
  for (const file of readdirSync(archiveDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const participant = file.replace(/\.jsonl$/, '').replace(/^~/, '');
    const papers = readFileSync(join(archiveDir, file), 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => paper(JSON.parse(line) as Parameters<typeof paper>[0]));
    archives.set(participant, papers);
  }
  return { name, submissions, archives };
}

/** Split directories (d_20_1 … d_20_10, or any directory holding submissions.json), in numeric order. */
export function listSplits(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'submissions.json')))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function readBaselines(dir: string, splitNames: readonly string[]): Map<string, Map<string, ScoreTable>> {
  const baselines = new Map<string, Map<string, ScoreTable>>();
  const baselineDir = join(dir, 'baselines');
  if (!existsSync(baselineDir)) return baselines;
  for (const file of readdirSync(baselineDir).filter((f) => f.endsWith('.json'))) {
    const split = splitNames.find((name) => file.endsWith(`_${name}.json`));
    if (!split) continue;
    const algorithm = file.slice(0, -`_${split}.json`.length);
    if (!baselines.has(algorithm)) baselines.set(algorithm, new Map());
    baselines.get(algorithm)!.set(split, JSON.parse(readFileSync(join(baselineDir, file), 'utf8')) as ScoreTable);
  }
  return baselines;
}

export function readGold(dir: string, splitNames?: readonly string[]): GoldData {
  const names = splitNames?.length ? [...splitNames] : listSplits(dir);
  return {
    ratings: readRatings(join(dir, 'evaluations.tsv')),
    splits: names.map((name) => readSplit(dir, name)),
    baselines: readBaselines(dir, names),
  };
}
