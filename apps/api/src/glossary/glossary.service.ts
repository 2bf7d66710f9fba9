import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, FindOptionsOrder, FindOptionsSelect, FindOptionsWhere, In, IsNull, MoreThan } from 'typeorm';
import { needConceptSegments, researcherConceptSegments } from '../../../../libs/matching/src';
import {
  ConceptIndex,
  conceptLabel,
  glossaryTerms,
  labelTerms,
  normalise,
  starterGlossary,
  unmappedTerms,
  type GlossaryConcept,
} from '../../../../libs/text/src';
import { AuditService } from '../audit/audit.service';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Language } from '../common/i18n-messages';
import { PollingLoop } from '../common/polling-loop';
import { forEachYielding } from '../common/yielding-map';
import { Viewer } from '../common/viewer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { LiveConceptIndex } from '../search/concept-index.provider';
import { GlossaryEntriesArgs, GlossaryEntryInput } from './dto/glossary.input';
import { toGlossaryConcept } from './glossary-concepts';
import { GlossaryEntry } from './glossary-entry.entity';
import {
  ConceptRef,
  GlossaryCategory,
  GlossaryChange,
  GlossaryEntryModel,
  GlossaryEntryStatus,
  GlossaryOverview,
  GlossarySuggestion,
  ZeroHitQuery,
} from './glossary.model';
import { glossaryPolicy } from './glossary.policy';
import { insertStarterGlossary } from './starter-glossary-loader';

export const SUBJECT = 'GLOSSARY_ENTRY';

/** What an entry's fields are once validated and cleaned. */
export interface CleanEntry {
  labelsFr: string[];
  labelsAr: string[];
  labelsEn: string[];
  variants: string[];
  category: string | null;
  extendsCode: string | null;
  broaderCodes: string[];
  definition: string | null;
}

export interface Affected {
  needs: string[];
  researchers: string[];
}

/**
 * The cluster glossary: staff add concepts (or labels of AGROVOC concepts) that search and
 * matching then use everywhere the thesaurus is used. Every change is audited, re-indexes the
 * needs and profiles whose text holds the entry's labels (before and after) through the search
 * outbox, and rebuilds this instance's concept index and matcher at once; other instances see the
 * new glossary version at their next poll (or their next indexing batch).
 */
@Injectable()
export class GlossaryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GlossaryService.name);
  private readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly live: LiveConceptIndex,
    private readonly audit: AuditService,
  ) {
    this.loop = new PollingLoop(() => this.live.reload(), config.indexerIntervalMs > 0 ? Math.max(config.indexerIntervalMs, 2000) : 0, this.logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.live.ready();
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  // ---- reads ------------------------------------------------------------------------------

  async list(viewer: Viewer, args: GlossaryEntriesArgs): Promise<GlossaryEntryModel[]> {
    glossaryPolicy.assertMayManage(viewer);
    await this.live.reload(); // labels of glossary concepts as this instance's index has them, current
    const entries = await this.db.getRepository(GlossaryEntry).find({
      where: { status: args.status ?? GlossaryEntryStatus.ACTIVE, ...(args.category ? { category: args.category } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
    });
    const wanted = args.search ? normalise(args.search).trim() : '';
    const found = wanted
      ? entries.filter((e) => normalise([e.code, ...e.labelsFr, ...e.labelsAr, ...e.labelsEn, ...e.variants, e.definition ?? ''].join(' \u0001 ')).includes(wanted))
      : entries;
    return this.toModels(found, viewer.language);
  }

  async one(viewer: Viewer, id: string): Promise<GlossaryEntryModel> {
    glossaryPolicy.assertMayManage(viewer);
    const entry = await this.find(this.db.manager, id);
    return (await this.toModels([entry], viewer.language))[0];
  }

  async overview(viewer: Viewer): Promise<GlossaryOverview> {
    glossaryPolicy.assertMayManage(viewer);
    const rows: Array<{ status: string; n: number }> = await this.db.query('SELECT status, count(*)::int AS n FROM glossary_entries GROUP BY status');
    const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    return { active: count('ACTIVE'), retired: count('RETIRED'), merged: count('MERGED'), starterSize: starterGlossary().length, canLoadStarter: total === 0 };
  }

  /** Thesaurus and glossary concepts whose labels contain the words: for the "extends" and "broader" pickers. */
  thesaurusConcepts(viewer: Viewer, search: string, first: number): ConceptRef[] {
    glossaryPolicy.assertMayManage(viewer);
    return this.live.current.searchLabels(search, first).map(({ code }) => this.ref(code, viewer.language));
  }

  /** Words of needs and profiles that map to no concept, most useful first (see unmappedTerms). */
  async suggestions(viewer: Viewer, first: number): Promise<GlossarySuggestion[]> {
    glossaryPolicy.assertMayManage(viewer);
    await this.live.reload();
    const needs = await this.db.getRepository(Need).find({ select: { id: true, title: true, description: true, keywords: true }, where: { archivedAt: IsNull() } });
    const profiles = await this.db.getRepository(ResearcherProfile).find({
      select: { id: true, headline: true, expertise: true, keywords: true, techniques: true, equipment: true, publications: true },
      where: { archivedAt: IsNull() },
    });
    const documents = [
      ...needs.map((n) => ({ id: n.id, kind: 'NEED' as const, title: n.title, segments: needConceptSegments(n) })),
      ...profiles.map((p) => ({ id: p.id, kind: 'PROFILE' as const, title: p.headline, segments: researcherConceptSegments(p) })),
    ];
    return unmappedTerms(this.live.current, documents, { limit: first });
  }

  async zeroHitQueries(viewer: Viewer, first: number): Promise<ZeroHitQuery[]> {
    glossaryPolicy.assertMayManage(viewer);
    const rows: Array<{ query: string; scope: string; occurrences: number; last_at: Date }> = await this.db.query(
      'SELECT query, scope, occurrences, last_at FROM search_zero_hit_queries ORDER BY occurrences DESC, last_at DESC LIMIT $1',
      [first],
    );
    // A query that finds something now (a glossary entry was added since) is no longer a gap.
    return rows.map((r) => ({ query: r.query, scope: r.scope, occurrences: r.occurrences, lastAt: r.last_at }));
  }

  // ---- changes ----------------------------------------------------------------------------

  async create(viewer: Viewer, input: GlossaryEntryInput): Promise<GlossaryChange> {
    glossaryPolicy.assertMayManage(viewer);
    return this.change(async (db) => {
      const clean = await this.validate(db, input, null);
      const entry = await db.getRepository(GlossaryEntry).save(
        db.getRepository(GlossaryEntry).create({ ...clean, code: await this.newCode(db, clean), source: 'STAFF', status: 'ACTIVE', createdBy: viewer.id, updatedBy: viewer.id }),
      );
      const affected = await this.enqueueAffected(db, [this.probeConcept(entry)]);
      await this.audit.record(db, { actorId: viewer.id, action: 'GLOSSARY_ENTRY_CREATED', subjectType: SUBJECT, subjectId: entry.id, details: { code: entry.code, labels: summary(entry), ...counts(affected) } });
      return { entry, affected };
    }, viewer.language);
  }

  async update(viewer: Viewer, id: string, input: GlossaryEntryInput): Promise<GlossaryChange> {
    glossaryPolicy.assertMayManage(viewer);
    return this.change(async (db) => {
      const entry = await this.find(db, id, true);
      if (entry.status === 'MERGED') throw InvalidInputError.field('id', 'glossaryEntryNotActive');
      const before = this.probeConcept(entry);
      const previous = summary(entry);
      const clean = await this.validate(db, input, entry.id);
      Object.assign(entry, clean, { updatedBy: viewer.id });
      await db.getRepository(GlossaryEntry).save(entry);
      const affected = entry.status === 'ACTIVE' ? await this.enqueueAffected(db, [before, this.probeConcept(entry)]) : { needs: [], researchers: [] };
      await this.audit.record(db, {
        actorId: viewer.id,
        action: 'GLOSSARY_ENTRY_UPDATED',
        subjectType: SUBJECT,
        subjectId: entry.id,
        details: { code: entry.code, from: previous, to: summary(entry), ...counts(affected) },
      });
      return { entry, affected };
    }, viewer.language);
  }

  async retire(viewer: Viewer, id: string): Promise<GlossaryChange> {
    glossaryPolicy.assertMayManage(viewer);
    return this.change(async (db) => {
      const entry = await this.find(db, id, true);
      if (entry.status !== 'ACTIVE') throw InvalidInputError.field('id', 'glossaryEntryNotActive');
      entry.status = 'RETIRED';
      entry.updatedBy = viewer.id;
      await db.getRepository(GlossaryEntry).save(entry);
      const affected = await this.enqueueAffected(db, [this.probeConcept(entry)]);
      await this.audit.record(db, { actorId: viewer.id, action: 'GLOSSARY_ENTRY_RETIRED', subjectType: SUBJECT, subjectId: entry.id, details: { code: entry.code, ...counts(affected) } });
      return { entry, affected };
    }, viewer.language);
  }

  async restore(viewer: Viewer, id: string): Promise<GlossaryChange> {
    glossaryPolicy.assertMayManage(viewer);
    return this.change(async (db) => {
      const entry = await this.find(db, id, true);
      if (entry.status !== 'RETIRED') throw InvalidInputError.field('id', 'glossaryEntryNotRetired');
      await this.validate(db, entryInput(entry), entry.id);
      entry.status = 'ACTIVE';
      entry.updatedBy = viewer.id;
      await db.getRepository(GlossaryEntry).save(entry);
      const affected = await this.enqueueAffected(db, [this.probeConcept(entry)]);
      await this.audit.record(db, { actorId: viewer.id, action: 'GLOSSARY_ENTRY_RESTORED', subjectType: SUBJECT, subjectId: entry.id, details: { code: entry.code, ...counts(affected) } });
      return { entry, affected };
    }, viewer.language);
  }

  /** The source's labels and variants join the target; the source becomes MERGED (kept, pointing at the target). */
  async merge(viewer: Viewer, sourceId: string, targetId: string): Promise<GlossaryChange> {
    glossaryPolicy.assertMayManage(viewer);
    if (sourceId === targetId) throw InvalidInputError.field('targetId', 'glossaryMergeSame');
    return this.change(async (db) => {
      const [first, second] = [sourceId, targetId].sort();
      const locked = new Map([[first, await this.find(db, first, true)], [second, await this.find(db, second, true)]]);
      const source = locked.get(sourceId)!;
      const target = locked.get(targetId)!;
      if (source.status !== 'ACTIVE') throw InvalidInputError.field('sourceId', 'glossaryEntryNotActive');
      if (target.status !== 'ACTIVE') throw InvalidInputError.field('targetId', 'glossaryEntryNotActive');
      const before = [this.probeConcept(source), this.probeConcept(target)];
      const join = (a: string[], b: string[]) => distinct([...a, ...b]);
      target.labelsFr = join(target.labelsFr, source.labelsFr);
      target.labelsAr = join(target.labelsAr, source.labelsAr);
      target.labelsEn = join(target.labelsEn, source.labelsEn);
      target.variants = join(target.variants, source.variants);
      target.broaderCodes = target.extendsCode ? target.broaderCodes : join(target.broaderCodes, source.broaderCodes).filter((code) => code !== target.code && code !== source.code);
      target.definition = target.definition ?? source.definition;
      target.updatedBy = viewer.id;
      source.status = 'MERGED';
      source.mergedIntoId = target.id;
      source.updatedBy = viewer.id;
      await db.getRepository(GlossaryEntry).save([source, target]);
      // Entries whose broader concept was the source now sit under the target.
      await db.query(`UPDATE glossary_entries SET broader_codes = array_replace(broader_codes, $1, $2), updated_at = now() WHERE $1 = ANY(broader_codes)`, [source.code, target.code]);
      const affected = await this.enqueueAffected(db, [...before, this.probeConcept(target)]);
      await this.audit.record(db, { actorId: viewer.id, action: 'GLOSSARY_ENTRY_MERGED', subjectType: SUBJECT, subjectId: source.id, details: { code: source.code, into: target.code, ...counts(affected) } });
      await this.audit.record(db, { actorId: viewer.id, action: 'GLOSSARY_ENTRY_ABSORBED', subjectType: SUBJECT, subjectId: target.id, details: { code: target.code, from: source.code, labels: summary(target) } });
      return { entry: target, affected };
    }, viewer.language);
  }

  /** Loads the shipped starter glossary into an empty glossary (a new installation). */
  async loadStarter(viewer: Viewer): Promise<GlossaryChange> {
    glossaryPolicy.assertMayManage(viewer);
    return this.change(async (db) => {
      await db.query('LOCK TABLE glossary_entries IN SHARE ROW EXCLUSIVE MODE');
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM glossary_entries');
      if (n > 0) throw InvalidInputError.field('glossary', 'glossaryNotEmpty');
      const inserted = await insertStarterGlossary(db, viewer.id);
      const affected = await this.enqueueAffected(db, starterGlossary());
      await this.audit.record(db, { actorId: viewer.id, action: 'GLOSSARY_STARTER_LOADED', subjectType: SUBJECT, subjectId: null, details: { entries: inserted, ...counts(affected) } });
      return { entry: null, affected };
    }, viewer.language);
  }

  /**
   * Runs a change in a transaction, then rebuilds this instance's concept index (and through its
   * listeners the matcher and the engines' synonyms) before answering.
   */
  async change(
    work: (db: EntityManager) => Promise<{ entry: GlossaryEntry | null; affected: Affected }>,
    language: Language,
  ): Promise<GlossaryChange> {
    const { entry, affected } = await this.db.transaction(work);
    await this.live.reload(true);
    return { entry: entry ? (await this.toModels([entry], language))[0] : null, needsReindexed: affected.needs.length, profilesReindexed: affected.researchers.length };
  }

  // ---- rules ------------------------------------------------------------------------------

  /** Cleans and checks an entry's fields; throws InvalidInputError with the first problem's field. */
  async validate(db: EntityManager, input: GlossaryEntryInput, selfId: string | null): Promise<CleanEntry> {
    const problems = await this.problems(db, input, selfId, new Set());
    if (problems.length) throw new InvalidInputError(problems.map((p) => ({ field: p.field, reason: p.reason, params: p.params })));
    return clean(input);
  }

  /**
   * Problems of an entry's fields: labels (at least one; each long and specific enough to be
   * matched; not already a label of another active entry), category, the AGROVOC concept it
   * extends, its broader concepts (known concepts, or codes in `pendingCodes`, e.g. of the same CSV).
   */
  async problems(
    db: EntityManager,
    input: GlossaryEntryInput,
    selfId: string | null,
    pendingCodes: Set<string>,
    taken?: Map<string, LabelOwner>,
  ): Promise<Array<{ field: string; reason: string; params?: Record<string, string> }>> {
    const entry = clean(input);
    const out: Array<{ field: string; reason: string; params?: Record<string, string> }> = [];
    if (!entry.labelsFr.length && !entry.labelsAr.length && !entry.labelsEn.length) out.push({ field: 'labelsFr', reason: 'glossaryLabelRequired' });
    const fields: Array<[keyof CleanEntry, string[]]> = [
      ['labelsFr', entry.labelsFr],
      ['labelsAr', entry.labelsAr],
      ['labelsEn', entry.labelsEn],
      ['variants', entry.variants],
    ];
    const labelsInUse = taken ?? (await this.labelsInUse(db));
    for (const [field, labels] of fields) {
      for (const label of labels) {
        if (!labelTerms(label)) out.push({ field, reason: 'glossaryLabelUnusable', params: { label } });
        const owner = labelsInUse.get(normalise(label));
        if (owner && owner.id !== selfId) out.push({ field, reason: 'glossaryLabelTaken', params: { label, ...owner.names } });
      }
    }
    if (entry.category && !Object.values(GlossaryCategory).includes(entry.category as GlossaryCategory)) out.push({ field: 'category', reason: 'glossaryUnknownCategory' });
    if (entry.extendsCode) {
      if (!ConceptIndex.loadDefault().has(entry.extendsCode) || entry.extendsCode.startsWith('g_')) out.push({ field: 'extendsCode', reason: 'glossaryUnknownConcept', params: { code: entry.extendsCode } });
      if (entry.broaderCodes.length) out.push({ field: 'broaderCodes', reason: 'glossaryExtendsNoBroader' });
    }
    for (const code of entry.broaderCodes) {
      if (!this.live.current.has(code) && !pendingCodes.has(code)) out.push({ field: 'broaderCodes', reason: 'glossaryUnknownConcept', params: { code } });
    }
    return out;
  }

  /** Normalised labels of active entries → the entry that has them, and its name in each language (for the reader's message). */
  async labelsInUse(db: EntityManager): Promise<Map<string, LabelOwner>> {
    const active = await db.getRepository(GlossaryEntry).find({ where: { status: 'ACTIVE' } });
    const taken = new Map<string, LabelOwner>();
    for (const entry of active) {
      const first = entry.labelsFr[0] ?? entry.labelsEn[0] ?? entry.labelsAr[0] ?? entry.code;
      const names = { entryFr: entry.labelsFr[0] ?? first, entryAr: entry.labelsAr[0] ?? first, entryEn: entry.labelsEn[0] ?? first };
      for (const label of [...entry.labelsFr, ...entry.labelsAr, ...entry.labelsEn, ...entry.variants]) taken.set(normalise(label), { id: entry.id, names });
    }
    return taken;
  }

  /** g_ + the first label's letters (ASCII), made unique. */
  async newCode(db: EntityManager, entry: CleanEntry): Promise<string> {
    const label = entry.labelsFr[0] ?? entry.labelsEn[0] ?? entry.variants.find((v) => !/[\u0600-\u06FF]/.test(v)) ?? '';
    const slug = normalise(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'concept';
    for (let attempt = 0; ; attempt++) {
      const code = attempt === 0 ? `g_${slug}` : `g_${slug}_${Math.random().toString(36).slice(2, 7)}`;
      if (!(await db.getRepository(GlossaryEntry).exists({ where: { code } })) && !this.live.current.has(code)) return code;
    }
  }

  /** The concept whose labels find the documents an entry touches: its own labels, and those of the AGROVOC concept it extends. */
  probeConcept(entry: Pick<GlossaryEntry, 'code' | 'labelsFr' | 'labelsAr' | 'labelsEn' | 'variants' | 'extendsCode' | 'broaderCodes'>): GlossaryConcept {
    const concept = toGlossaryConcept(entry);
    const extended = entry.extendsCode ? ConceptIndex.loadDefault().concept(entry.extendsCode) : undefined;
    if (!extended) return { ...concept, extends: null };
    return { code: concept.code, extends: null, fr: [...extended.labels.fr, ...(concept.fr ?? [])], ar: [...extended.labels.ar, ...(concept.ar ?? [])], en: [...extended.labels.en, ...(concept.en ?? [])], variants: concept.variants };
  }

  /**
   * Appends a search outbox row for every need and listed profile whose text holds one of these
   * concepts' labels (any language, as concept extraction reads them), in the caller's transaction.
   * The records are read a page at a time and probed in slices, so that requests are served
   * meanwhile (every record is probed: the time grows with the cluster).
   */
  async enqueueAffected(db: EntityManager, concepts: readonly GlossaryConcept[]): Promise<Affected> {
    const probe = ConceptIndex.load({ concepts: [] }).withGlossary(concepts.map((c, k) => ({ ...c, code: `probe_${k}`, extends: null, broader: [] })));
    const hits = (segments: Array<string | null | undefined>) => segments.some((segment) => !!segment?.trim() && probe.extract(segment).length > 0);
    const affected: Affected = {
      needs: await holding(db, Need, { id: true, title: true, description: true, keywords: true }, (n) => hits(needConceptSegments(n))),
      researchers: await holding(db, ResearcherProfile, { id: true, headline: true, expertise: true, keywords: true, techniques: true, equipment: true, publications: true }, (p) =>
        hits(researcherConceptSegments(p)),
      ),
    };
    if (affected.needs.length) await db.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT 'need', unnest($1::uuid[])`, [affected.needs]);
    if (affected.researchers.length) await db.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT 'researcher', unnest($1::uuid[])`, [affected.researchers]);
    return affected;
  }

  async find(db: EntityManager, id: string, lock = false): Promise<GlossaryEntry> {
    const entry = await db.getRepository(GlossaryEntry).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!entry) throw new NotFoundError('GlossaryEntry', id);
    return entry;
  }

  // ---- output -----------------------------------------------------------------------------

  ref(code: string, language: Language): ConceptRef {
    const index = this.live.current;
    return { code, label: conceptLabel(index, code, language), glossary: index.isGlossaryConcept(code) };
  }

  async toModels(entries: GlossaryEntry[], language: Language): Promise<GlossaryEntryModel[]> {
    const ids = [...new Set(entries.flatMap((e) => [e.createdBy, e.updatedBy]).filter((id): id is string => !!id))];
    const names = new Map<string, string>(
      ids.length ? (await this.db.query('SELECT id, full_name FROM users WHERE id = ANY($1)', [ids])).map((u: { id: string; full_name: string }) => [u.id, u.full_name]) : [],
    );
    const actor = (id: string | null) => (id && names.has(id) ? { id, fullName: names.get(id)! } : null);
    return entries.map((e) => ({
      id: e.id,
      code: e.code,
      conceptCode: e.extendsCode ?? e.code,
      category: (e.category as GlossaryCategory | null) ?? null,
      labelsFr: e.labelsFr,
      labelsAr: e.labelsAr,
      labelsEn: e.labelsEn,
      variants: e.variants,
      extends: e.extendsCode ? this.ref(e.extendsCode, language) : null,
      broader: e.broaderCodes.map((code) => this.ref(code, language)),
      definition: e.definition,
      status: e.status as GlossaryEntryStatus,
      mergedIntoId: e.mergedIntoId,
      source: e.source,
      createdBy: actor(e.createdBy),
      createdAt: e.createdAt,
      updatedBy: actor(e.updatedBy),
      updatedAt: e.updatedAt,
    }));
  }

  /** Every entry, any status, for the CSV export. */
  all(): Promise<GlossaryEntry[]> {
    return this.db.getRepository(GlossaryEntry).find({ order: { code: 'ASC' } });
  }

  byCodes(db: EntityManager, codes: string[]): Promise<GlossaryEntry[]> {
    return codes.length ? db.getRepository(GlossaryEntry).find({ where: { code: In(codes) } }) : Promise.resolve([]);
  }
}

export function clean(input: Partial<GlossaryEntryInput>): CleanEntry {
  const list = (values: readonly string[] | null | undefined) => distinct((values ?? []).map((v) => v.trim().replace(/\s+/g, ' ')).filter(Boolean));
  return {
    labelsFr: list(input.labelsFr),
    labelsAr: list(input.labelsAr),
    labelsEn: list(input.labelsEn),
    variants: list(input.variants),
    category: input.category ?? null,
    extendsCode: input.extendsCode?.trim() || null,
    broaderCodes: distinct((input.broaderCodes ?? []).map((c) => c.trim()).filter(Boolean)),
    definition: input.definition?.trim() || null,
  };
}

function entryInput(entry: GlossaryEntry): GlossaryEntryInput {
  return {
    labelsFr: entry.labelsFr,
    labelsAr: entry.labelsAr,
    labelsEn: entry.labelsEn,
    variants: entry.variants,
    category: entry.category as GlossaryCategory | null,
    extendsCode: entry.extendsCode,
    broaderCodes: entry.broaderCodes,
    definition: entry.definition,
  };
}

/** Distinct values once normalised, first spelling kept. */
function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = normalise(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function summary(entry: Pick<GlossaryEntry, 'code' | 'labelsFr' | 'labelsAr' | 'labelsEn' | 'variants'>): string {
  return glossaryTerms(toGlossaryConcept({ ...entry, extendsCode: null, broaderCodes: [] })).join(' | ');
}

function counts(affected: Affected) {
  return { needsReindexed: affected.needs.length, profilesReindexed: affected.researchers.length };
}

export interface LabelOwner {
  id: string;
  names: { entryFr: string; entryAr: string; entryEn: string };
}

const PAGE = 1000;

/** Ids of the records (not archived) of `entity` for which `holds` is true, read a page at a time by id. */
async function holding<T extends { id: string }>(db: EntityManager, entity: EntityTarget<T>, select: FindOptionsSelect<T>, holds: (record: T) => boolean): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const where = { archivedAt: IsNull(), ...(after ? { id: MoreThan(after) } : {}) } as unknown as FindOptionsWhere<T>;
    const page: T[] = await db.getRepository(entity).find({ select, where, order: { id: 'ASC' } as FindOptionsOrder<T>, take: PAGE });
    await forEachYielding(page, (record) => {
      if (holds(record)) ids.push(record.id);
    });
    if (page.length < PAGE) return ids;
    after = page[page.length - 1].id;
  }
}
