import { createHash } from 'node:crypto';
import type { ConceptSource } from '../../../text/src';
import { Matcher, type MatcherOptions } from '../scoring/matcher';
import { Corpus, type CorpusJSON } from './corpus';
import { TextModel } from './text-model';

/**
 * A Matcher's corpus statistics as plain parts (JSON values and typed arrays) that a caller
 * persists and restores without registering a single researcher again (registration analyses
 * every profile: minutes at 100k; restoring copies arrays and interns the terms: about a second).
 *
 * What is saved: the text model's two corpora (terms in id order, document frequencies, unit
 * count and total length) and its per-researcher packed term counts; the concept corpus; each
 * researcher's packed concepts. Not saved: caches, and the records of registered researchers
 * (callers pass candidates to rankResearchers).
 *
 * This reads the private state of Matcher, TextModel and Corpus (kept in a separate file so those
 * classes stay as they are). MATCHER_STATE_VERSION hashes their source, so any change to them
 * makes older parts refused (the caller rebuilds), and importMatcherState checks every shape it
 * reads and throws rather than guess.
 */

export const MATCHER_STATE_VERSION = createHash('sha256')
  .update(['matcher-state/1', Matcher.toString(), TextModel.toString(), Corpus.toString()].join('\u0000'))
  .digest('hex')
  .slice(0, 24);

export interface MatcherStateParts {
  version: string;
  json: Record<string, unknown>;
  i32: Record<string, Int32Array>;
  f64: Record<string, Float64Array>;
  u8: Record<string, Uint8Array>;
}

type Channel = 'words' | 'grams';
const CHANNELS: Channel[] = ['words', 'grams'];

interface CorpusInternals {
  ids: Map<string, number>;
  names: string[];
  df: Int32Array;
  owners: Map<string, unknown>;
  unitCount: number;
  totalLength: number;
  changed(): void;
}

interface StoredResearcher {
  signature: number;
  data: Uint8Array;
  floats?: Float64Array;
}

interface TextModelInternals {
  corpora: Record<Channel, Corpus>;
  stored: Map<string, StoredResearcher>;
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
  researcherConceptStore: Map<string, StoredConcepts>;
  registered: Map<string, unknown> | null;
}

function internals<T>(value: unknown, fields: string[], what: string): T {
  for (const field of fields) if (!(field in (value as object))) throw new Error(`matcher state: ${what}.${field} is gone (the class changed)`);
  return value as T;
}

export function exportMatcherState(matcher: Matcher): MatcherStateParts {
  const m = internals<MatcherInternals>(matcher, ['textModel', 'conceptCorpus', 'researcherConceptStore'], 'Matcher');
  const model = internals<TextModelInternals>(m.textModel, ['corpora', 'stored'], 'TextModel');
  const parts: MatcherStateParts = { version: MATCHER_STATE_VERSION, json: {}, i32: {}, f64: {}, u8: {} };
  parts.json.options = m.textModel.options;
  for (const channel of CHANNELS) {
    const corpus = internals<CorpusInternals>(model.corpora[channel], ['names', 'df', 'owners', 'unitCount', 'totalLength'], 'Corpus');
    if (corpus.owners.size) throw new Error('matcher state: a text corpus holds owners (a version-1 model), not supported');
    parts.json[`${channel}.names`] = corpus.names;
    parts.json[`${channel}.totals`] = [corpus.unitCount, corpus.totalLength];
    parts.i32[`${channel}.df`] = corpus.df.slice(0, corpus.names.length);
  }
  // Researchers' packed counts: ids, signatures, one byte array with offsets, floats likewise.
  const ids: string[] = [];
  const signatures: number[] = [];
  let bytes = 0;
  let floats = 0;
  for (const [id, stored] of model.stored) {
    ids.push(id);
    signatures.push(stored.signature);
    bytes += stored.data.length;
    floats += stored.floats?.length ?? 0;
  }
  const data = new Uint8Array(bytes);
  const dataOffsets = new Int32Array(ids.length + 1);
  const floatData = new Float64Array(floats);
  const floatOffsets = new Int32Array(ids.length + 1);
  let i = 0;
  let at = 0;
  let floatAt = 0;
  for (const stored of model.stored.values()) {
    data.set(stored.data, at);
    at += stored.data.length;
    dataOffsets[i + 1] = at;
    // A researcher without floats is marked by an empty range; one with an empty floats array is the same to unpack.
    if (stored.floats) floatData.set(stored.floats, floatAt);
    floatAt += stored.floats?.length ?? 0;
    floatOffsets[i + 1] = floatAt;
    i++;
  }
  parts.json['researchers.ids'] = ids;
  parts.f64['researchers.signatures'] = Float64Array.from(signatures);
  parts.u8['researchers.data'] = data;
  parts.i32['researchers.dataOffsets'] = dataOffsets;
  parts.f64['researchers.floats'] = floatData;
  parts.i32['researchers.floatOffsets'] = floatOffsets;
  parts.json['researchers.hasFloats'] = [...model.stored.values()].map((stored) => (stored.floats ? 1 : 0));
  // Concepts.
  parts.json.conceptCorpus = m.conceptCorpus.toJSON();
  parts.json.concepts = [...m.researcherConceptStore].map(([id, stored]) => [id, stored.signature, stored.packed, stored.count]);
  return parts;
}

/** A Matcher with the statistics exportMatcherState saved (throws on anything unexpected). */
export function importMatcherState(parts: MatcherStateParts, options: { concepts?: ConceptSource } & Omit<MatcherOptions, 'textModel' | 'concepts'> = {}): Matcher {
  if (parts.version !== MATCHER_STATE_VERSION) throw new Error(`matcher state version ${parts.version}, expected ${MATCHER_STATE_VERSION}`);
  const textModel = new TextModel(parts.json.options as TextModel['options']);
  const model = internals<TextModelInternals>(textModel, ['corpora', 'stored'], 'TextModel');
  for (const channel of CHANNELS) {
    const corpus = internals<CorpusInternals>(model.corpora[channel], ['names', 'df', 'unitCount', 'totalLength'], 'Corpus');
    const names = parts.json[`${channel}.names`] as string[];
    const df = parts.i32[`${channel}.df`];
    const totals = parts.json[`${channel}.totals`] as [number, number];
    if (!Array.isArray(names) || !df || df.length !== names.length || !Array.isArray(totals)) throw new Error(`matcher state: corrupt ${channel} corpus`);
    for (const name of names) model.corpora[channel].intern(name);
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
    const stored: StoredResearcher = { signature: signatures[i], data: data.slice(dataOffsets[i], dataOffsets[i + 1]) };
    if (hasFloats[i]) stored.floats = floatData.slice(floatOffsets[i], floatOffsets[i + 1]);
    model.stored.set(ids[i], stored);
  }
  model.version++;
  const matcher = new Matcher([], { ...options, textModel });
  const m = internals<MatcherInternals>(matcher, ['conceptCorpus', 'researcherConceptStore', 'registered'], 'Matcher');
  m.conceptCorpus = Corpus.fromJSON(parts.json.conceptCorpus as CorpusJSON);
  for (const [id, signature, packed, count] of parts.json.concepts as Array<[string, number, string, number]>) m.researcherConceptStore.set(id, { signature, packed, count });
  m.registered = null; // records are not kept: callers pass the candidates
  return matcher;
}
