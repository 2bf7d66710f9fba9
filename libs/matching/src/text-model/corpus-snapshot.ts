import { createHash } from 'node:crypto';
import type { ConceptSource } from '../../../text/src';
import { Matcher, type MatcherOptions } from '../scoring/matcher';
import { Corpus } from './corpus';
import { ResearcherStore, TextModel, type StoredResearcher } from './text-model';

/**
 * A Matcher's corpus statistics as plain parts (JSON values and typed arrays) that a caller
 * persists and restores without registering a single researcher again (registration analyses
 * every profile: minutes at 100k; restoring copies arrays and interns the terms: about a second).
 *
 * What is saved: the text model's two corpora and the matcher's concept corpus (terms in id
 * order, document frequencies, unit count and total length), the text model's per-researcher
 * packed term counts (one byte array with offsets), the surface dictionary and each researcher's
 * packed concepts (ids of the concept and surface dictionaries). Not saved: caches, and the
 * records of registered researchers (callers pass candidates to rankResearchers).
 *
 * This reads the private state of Matcher, TextModel and Corpus (kept in a separate file so those
 * classes stay as they are). MATCHER_STATE_VERSION hashes their source (and ResearcherStore's), so
 * any change to them makes older parts refused (the caller rebuilds), and importMatcherState checks
 * every shape it reads and throws rather than guess. The packed formats are written by functions
 * outside those classes (text-model.ts pack/unpack, matcher.ts encodeId): bump the 'matcher-state/N'
 * tag when one of them changes (2: counts of 1 left out, concepts packed as ids).
 */

export const MATCHER_STATE_VERSION = createHash('sha256')
  .update(['matcher-state/2', Matcher.toString(), TextModel.toString(), Corpus.toString(), ResearcherStore.toString()].join('\u0000'))
  .digest('hex')
  .slice(0, 24);

export interface MatcherStateParts {
  version: string;
  json: Record<string, unknown>;
  i32: Record<string, Int32Array>;
  f64: Record<string, Float64Array>;
  u8: Record<string, Uint8Array>;
}

/** The text model's two channels, then the matcher's concept statistics. */
const CORPORA = ['words', 'grams', 'concepts'] as const;

interface CorpusInternals {
  ids: Map<string, number>;
  names: string[];
  df: Int32Array;
  owners: Map<string, unknown>;
  unitCount: number;
  totalLength: number;
  changed(): void;
}

interface TextModelInternals {
  corpora: Record<'words' | 'grams', Corpus>;
  stored: ResearcherStore;
  version: number;
}

interface StoredConcepts {
  signature: number;
  packed: string;
  count: number;
}

interface MatcherInternals {
  textModel: TextModel;
  conceptCorpus: Corpus;
  surfaceDictionary: Corpus;
  researcherConceptStore: Map<string, StoredConcepts>;
  registered: Map<string, unknown> | null;
}

function internals<T>(value: unknown, fields: string[], what: string): T {
  for (const field of fields) if (!(field in (value as object))) throw new Error(`matcher state: ${what}.${field} is gone (the class changed)`);
  return value as T;
}

export function exportMatcherState(matcher: Matcher): MatcherStateParts {
  const m = internals<MatcherInternals>(matcher, ['textModel', 'conceptCorpus', 'surfaceDictionary', 'researcherConceptStore'], 'Matcher');
  const model = internals<TextModelInternals>(m.textModel, ['corpora', 'stored'], 'TextModel');
  const parts: MatcherStateParts = { version: MATCHER_STATE_VERSION, json: {}, i32: {}, f64: {}, u8: {} };
  parts.json.options = m.textModel.options;
  const corpora = { ...model.corpora, concepts: m.conceptCorpus };
  for (const channel of CORPORA) {
    const corpus = internals<CorpusInternals>(corpora[channel], ['names', 'df', 'owners', 'unitCount', 'totalLength'], 'Corpus');
    if (corpus.owners.size) throw new Error('matcher state: a corpus holds owners (a version-1 model), not supported');
    parts.json[`${channel}.names`] = corpus.names.slice(); // a copy: interning goes on once the caller yields
    parts.json[`${channel}.totals`] = [corpus.unitCount, corpus.totalLength];
    parts.i32[`${channel}.df`] = corpus.df.slice(0, corpus.names.length);
  }
  // Researchers' packed counts: ids, signatures, one byte array with offsets, floats likewise.
  const researchers = model.stored.packed();
  parts.json['researchers.ids'] = researchers.ids;
  parts.f64['researchers.signatures'] = researchers.signatures;
  parts.u8['researchers.data'] = researchers.data;
  parts.i32['researchers.dataOffsets'] = researchers.dataOffsets;
  parts.f64['researchers.floats'] = researchers.floats;
  parts.i32['researchers.floatOffsets'] = researchers.floatOffsets;
  parts.json['researchers.hasFloats'] = researchers.hasFloats;
  // Concepts (their statistics are the 'concepts' corpus above; packed as ids of it and of the surface dictionary).
  parts.json['surfaces.names'] = internals<CorpusInternals>(m.surfaceDictionary, ['names'], 'Corpus').names.slice();
  parts.json.concepts = [...m.researcherConceptStore].map(([id, stored]) => [id, stored.signature, stored.packed, stored.count]);
  return parts;
}

/** A Matcher with the statistics exportMatcherState saved (throws on anything unexpected). */
export function importMatcherState(parts: MatcherStateParts, options: { concepts?: ConceptSource } & Omit<MatcherOptions, 'textModel' | 'concepts'> = {}): Matcher {
  if (parts.version !== MATCHER_STATE_VERSION) throw new Error(`matcher state version ${parts.version}, expected ${MATCHER_STATE_VERSION}`);
  const textModel = new TextModel(parts.json.options as TextModel['options']);
  const model = internals<TextModelInternals>(textModel, ['corpora', 'stored'], 'TextModel');
  const conceptCorpus = new Corpus();
  const corpora = { ...model.corpora, concepts: conceptCorpus };
  for (const channel of CORPORA) {
    const corpus = internals<CorpusInternals>(corpora[channel], ['names', 'df', 'unitCount', 'totalLength'], 'Corpus');
    const names = parts.json[`${channel}.names`] as string[];
    const df = parts.i32[`${channel}.df`];
    const totals = parts.json[`${channel}.totals`] as [number, number];
    if (!Array.isArray(names) || !df || df.length !== names.length || !Array.isArray(totals)) throw new Error(`matcher state: corrupt ${channel} corpus`);
    for (const name of names) corpora[channel].intern(name);
    if (corpus.names.length !== names.length) throw new Error(`matcher state: repeated terms in the ${channel} corpus`);
    corpus.df.set(df);
    corpus.unitCount = totals[0];
    corpus.totalLength = totals[1];
    corpus.changed();
  }
  const ids = parts.json['researchers.ids'] as string[];
  const signatures = parts.f64['researchers.signatures'];
  const data = parts.u8['researchers.data'];
  const dataOffsets = parts.i32['researchers.dataOffsets'];
  const floatData = parts.f64['researchers.floats'];
  const floatOffsets = parts.i32['researchers.floatOffsets'];
  const hasFloats = parts.json['researchers.hasFloats'] as number[];
  if (!Array.isArray(ids) || signatures.length !== ids.length || dataOffsets.length !== ids.length + 1 || floatOffsets.length !== ids.length + 1 || hasFloats.length !== ids.length) {
    throw new Error('matcher state: corrupt researcher table');
  }
  if (dataOffsets[ids.length] !== data.length || floatOffsets[ids.length] !== floatData.length) throw new Error('matcher state: corrupt researcher table');
  for (let i = 0; i < ids.length; i++) {
    if (!(dataOffsets[i] <= dataOffsets[i + 1] && floatOffsets[i] <= floatOffsets[i + 1])) throw new Error('matcher state: corrupt researcher table');
    const stored: StoredResearcher = { signature: signatures[i], data, start: dataOffsets[i], end: dataOffsets[i + 1] };
    if (hasFloats[i]) stored.floats = floatData.slice(floatOffsets[i], floatOffsets[i + 1]);
    model.stored.set(ids[i], stored);
  }
  model.version++;
  const matcher = new Matcher([], { ...options, textModel });
  const m = internals<MatcherInternals>(matcher, ['conceptCorpus', 'surfaceDictionary', 'researcherConceptStore', 'registered'], 'Matcher');
  m.conceptCorpus = conceptCorpus;
  const surfaces = parts.json['surfaces.names'] as string[];
  if (!Array.isArray(surfaces)) throw new Error('matcher state: corrupt surface dictionary');
  for (const surface of surfaces) m.surfaceDictionary.intern(surface);
  if (m.surfaceDictionary.vocabularySize !== surfaces.length) throw new Error('matcher state: repeated surfaces');
  for (const [id, signature, packed, count] of parts.json.concepts as Array<[string, number, string, number]>) m.researcherConceptStore.set(id, { signature, packed, count });
  m.registered = null; // records are not kept: callers pass the candidates
  return matcher;
}
