import { randomBytes } from 'node:crypto';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { LiveConceptIndex } from '../apps/api/src/search/concept-index.provider';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { starterGlossary } from '../libs/text/src';
import { buildWorld, need, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const ENTRY_FIELDS = 'id code conceptCode status labelsFr labelsAr labelsEn variants source broader { code label glossary } extends { code label } createdBy { fullName }';
const CREATE = `mutation($input: GlossaryEntryInput!) { createGlossaryEntry(input: $input) { needsReindexed profilesReindexed entry { ${ENTRY_FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $input: GlossaryEntryInput!) { updateGlossaryEntry(id: $id, input: $input) { needsReindexed profilesReindexed entry { ${ENTRY_FIELDS} } } }`;
const RETIRE = `mutation($id: ID!) { retireGlossaryEntry(id: $id) { needsReindexed profilesReindexed entry { id status } } }`;
const RESTORE = `mutation($id: ID!) { restoreGlossaryEntry(id: $id) { entry { id status } } }`;
const MERGE = `mutation($sourceId: ID!, $targetId: ID!) { mergeGlossaryEntries(sourceId: $sourceId, targetId: $targetId) { entry { id labelsFr variants } } }`;
const ENTRIES = `query($search: String, $status: GlossaryEntryStatus) { glossaryEntries(search: $search, status: $status) { ${ENTRY_FIELDS} } }`;
const OVERVIEW = `{ glossaryOverview { active retired merged starterSize canLoadStarter } }`;
const LOAD_STARTER = `mutation { loadStarterGlossary { needsReindexed profilesReindexed } }`;
const IMPORT = `mutation($input: ImportGlossaryInput!) { importGlossary(input: $input) { dryRun rows created updated unchanged problems { line field reason } preview { line code label action } } }`;
const EXPORT = `{ glossaryCsv }`;
const SUGGESTIONS = `{ glossarySuggestions(first: 100) { word needs profiles contexts { kind id title snippet } } }`;
const ZERO_HITS = `{ zeroHitQueries(first: 50) { query scope occurrences lastAt } }`;
const AUDIT = `query($id: ID!) { auditLog(subjectType: "GLOSSARY_ENTRY", subjectId: $id) { action actor { fullName } details { name value } } }`;
const SEARCH_RESEARCHERS = `query($query: String!) { searchResearchers(query: $query) { total hits { researcher { id } } facets { name values { value count label } } } }`;
const SEARCH_NEEDS = `query($query: String!) { searchNeeds(query: $query) { total hits { need { id } } facets { name values { value count label } } } }`;
const PROPOSE = `query($needId: ID!) { proposeMatches(needId: $needId, first: 10) { researcher { id } reasons } }`;
const INDEXING = `{ indexingStatus { search { state pending } matching { state pending } } }`;

/** A Moroccan clay written three ways: no AGROVOC label links them. */
const GHASSOUL = {
  labelsFr: ['argile saponifère'],
  labelsAr: ['الغاسول'],
  labelsEn: ['lava clay'],
  variants: ['rhassoul'],
  broaderCodes: [] as string[],
};

describe('cluster glossary', () => {
  let app: TestApp;
  let world: World;
  let indexer: SearchIndexer;
  let arabicNeedId: string;
  let tfalNeedId: string;
  let entryId: string;

  const staff = () => ({ token: world.tokens.staff });
  const researcherHits = async (token: string, query: string) =>
    (await app.ok(SEARCH_RESEARCHERS, { query }, { token })).searchResearchers.hits.map((h: { researcher: { id: string } }) => h.researcher.id);
  /** Outbox rows written after `after` (the id of the last row before a change), as "type:id". */
  const outboxSince = async (after: string) =>
    new Set(
      (await app.db.query(`SELECT entity_type, entity_id FROM search_outbox WHERE id > $1`, [after])).map((r: { entity_type: string; entity_id: string }) => `${r.entity_type}:${r.entity_id}`),
    );
  const lastOutboxId = async () => (await app.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM search_outbox`))[0].id as string;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    indexer = app.app.get(SearchIndexer);
    // A French profile and an Arabic need about the same clay, in words no thesaurus label joins.
    await app.db.query(`UPDATE researcher_profiles SET headline = $1, expertise = $2 WHERE id = $3`, [
      'Minéralogie des argiles du Maroc',
      "Caractérisation de l'argile saponifère de la Moulouya et formulation de masques pour le hammam ; approvisionnement en tfal des savonneries.",
      world.profiles.researcherMember.id,
    ]);
    await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('researcher', $1)`, [world.profiles.researcherMember.id]);
    arabicNeedId = (
      await need(app.db, world.organisations.member, world.users.industrialMember, 'تثمين الغاسول في مستحضرات الحمام', NeedVisibility.PUBLIC, {
        description: 'تعاونية تنتج الغاسول وتبحث عن مختبر لدراسة خصائصه وتطوير أقنعة للوجه.',
        language: 'ar' as never,
      })
    ).id;
    tfalNeedId = (
      await need(app.db, world.organisations.member, world.users.industrialMember, 'Approvisionnement en tfal pour une savonnerie', NeedVisibility.PUBLIC, {
        description: 'Nous cherchons à sécuriser notre approvisionnement en tfal de qualité constante.',
      })
    ).id;
    await indexer.drain();
  });
  afterAll(() => app.close());

  describe('authorization', () => {
    it('refuses anonymous callers', async () => {
      expect(errorCode(await app.gql(ENTRIES, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.gql(CREATE, { input: GHASSOUL }))).toBe('UNAUTHENTICATED');
    });

    it('lets only staff read and edit the glossary, its suggestions and its export', async () => {
      for (const name of ['industrialOwner', 'industrialMember', 'researcherMember', 'researcherLapsed'] as const) {
        const token = world.tokens[name];
        for (const query of [ENTRIES, OVERVIEW, SUGGESTIONS, ZERO_HITS, EXPORT]) expect([name, errorCode(await app.gql(query, {}, { token }))]).toEqual([name, 'FORBIDDEN']);
        expect(errorCode(await app.gql(CREATE, { input: GHASSOUL }, { token }))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(LOAD_STARTER, {}, { token }))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(IMPORT, { input: { csv: 'code,labels_fr\ng_x,xyz', dryRun: true } }, { token }))).toBe('FORBIDDEN');
      }
      expect(await app.db.query('SELECT count(*)::int AS n FROM glossary_entries')).toEqual([{ n: 0 }]);
      expect((await app.ok(OVERVIEW, {}, staff())).glossaryOverview).toMatchObject({ active: 0, canLoadStarter: true, starterSize: starterGlossary().length });
      expect((await app.ok(OVERVIEW, {}, { token: world.tokens.admin })).glossaryOverview.active).toBe(0);
    });

    it('tells staff how many changes search has still to apply; matching, without snapshots, is built when first asked for', async () => {
      await indexer.drain();
      expect((await app.ok(INDEXING, {}, staff())).indexingStatus).toEqual({ search: { state: 'CURRENT', pending: 0 }, matching: { state: 'ON_DEMAND', pending: null } });
      await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('researcher', $1), ('need', $2)`, [world.profiles.researcherMember.id, tfalNeedId]);
      expect((await app.ok(INDEXING, {}, staff())).indexingStatus.search).toEqual({ state: 'CURRENT', pending: 2 });
      await indexer.drain();
      expect((await app.ok(INDEXING, {}, staff())).indexingStatus.search).toEqual({ state: 'CURRENT', pending: 0 });
    });
  });

  describe('before the entry', () => {
    it('an Arabic query does not find the French profile', async () => {
      expect(await researcherHits(world.tokens.industrialMember, 'الغاسول')).not.toContain(world.profiles.researcherMember.id);
    });

    it('suggests "tfal", which occurs in a need and a profile and maps to no concept, with its contexts', async () => {
      const suggestions = (await app.ok(SUGGESTIONS, {}, staff())).glossarySuggestions;
      const tfal = suggestions.find((s: { word: string }) => s.word === 'tfal');
      expect(tfal).toMatchObject({ needs: 1, profiles: 1 });
      expect(tfal.contexts.map((c: { kind: string; id: string }) => `${c.kind}:${c.id}`).sort()).toEqual([`NEED:${tfalNeedId}`, `PROFILE:${world.profiles.researcherMember.id}`].sort());
      expect(tfal.contexts.find((c: { kind: string }) => c.kind === 'NEED').snippet).toContain('tfal');
    });
  });

  describe('a new entry', () => {
    it('validates labels: one at least, specific enough, not another entry’s', async () => {
      const empty = await app.gql(CREATE, { input: { labelsFr: [], labelsAr: [], labelsEn: [], variants: [] } }, staff());
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      const tooShort = await app.gql(CREATE, { input: { labelsFr: ['de'], labelsAr: [], labelsEn: [], variants: [] } }, staff());
      expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
      expect(tooShort.errors![0].extensions.fields).toEqual([{ field: 'labelsFr', reason: '« de » est trop court ou trop courant pour être reconnu dans un texte' }]);
      const unknown = await app.gql(CREATE, { input: { ...GHASSOUL, broaderCodes: ['c_nowhere'] } }, staff());
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(await app.db.query('SELECT count(*)::int AS n FROM glossary_entries')).toEqual([{ n: 0 }]);
    });

    it('is created by staff, audited, and re-indexes exactly the documents that hold its labels', async () => {
      const before = await lastOutboxId();
      const result = (await app.ok(CREATE, { input: GHASSOUL }, staff())).createGlossaryEntry;
      entryId = result.entry.id;
      expect(result.entry).toMatchObject({ code: 'g_argile_saponifere', status: 'ACTIVE', source: 'STAFF', createdBy: { fullName: world.users.staff.fullName } });
      expect(await outboxSince(before)).toEqual(new Set([`need:${arabicNeedId}`, `researcher:${world.profiles.researcherMember.id}`]));
      expect(result).toMatchObject({ needsReindexed: 1, profilesReindexed: 1 });
      const audit = (await app.ok(AUDIT, { id: entryId }, staff())).auditLog;
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['GLOSSARY_ENTRY_CREATED']);
      expect(audit[0].actor.fullName).toBe(world.users.staff.fullName);
      // Before the documents are re-indexed, the engine's synonyms already link the entry's labels.
      expect(await researcherHits(world.tokens.industrialMember, 'rhassoul')).toContain(world.profiles.researcherMember.id);
      await indexer.drain();
    });

    it('a label taken by an entry is refused for another one', async () => {
      const taken = await app.gql(CREATE, { input: { labelsFr: ['rhassoul'], labelsAr: [], labelsEn: [], variants: [] } }, staff());
      expect(errorCode(taken)).toBe('BAD_USER_INPUT');
      expect(taken.errors![0].extensions.fields).toEqual([{ field: 'labelsFr', reason: '« rhassoul » est déjà un libellé de l’entrée « argile saponifère »' }]);
    });

    it('lets an Arabic query find the French profile, for a member, with the concept’s label in the facets', async () => {
      const result = (await app.ok(SEARCH_RESEARCHERS, { query: 'الغاسول' }, { token: world.tokens.industrialMember })).searchResearchers;
      expect(result.hits.map((h: { researcher: { id: string } }) => h.researcher.id)).toContain(world.profiles.researcherMember.id);
      const concepts = result.facets.find((f: { name: string }) => f.name === 'concepts');
      expect(concepts.values).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'g_argile_saponifere', label: 'argile saponifère' })]));
      // An English query and a transliteration too.
      expect(await researcherHits(world.tokens.researcherMember, 'lava clay')).toContain(world.profiles.researcherMember.id);
      expect(await researcherHits(world.tokens.industrialMember, 'rhassoul')).toContain(world.profiles.researcherMember.id);
    });

    it('makes proposeMatches find the French expert for the Arabic need, citing the glossary concept', async () => {
      const matches = (await app.ok(PROPOSE, { needId: arabicNeedId }, staff())).proposeMatches;
      const expert = matches.find((m: { researcher: { id: string } }) => m.researcher.id === world.profiles.researcherMember.id);
      expect(expert).toBeDefined();
      expect(expert.reasons.join(' ')).toContain('argile saponifère');
    });
  });

  describe('editing and retiring', () => {
    it('an edit re-indexes exactly the documents with its old or new labels, and is audited with before and after', async () => {
      const before = await lastOutboxId();
      const result = (await app.ok(UPDATE, { id: entryId, input: { ...GHASSOUL, variants: ['rhassoul', 'tfal'] } }, staff())).updateGlossaryEntry;
      expect(result.entry.variants).toEqual(['rhassoul', 'tfal']);
      expect(await outboxSince(before)).toEqual(new Set([`need:${arabicNeedId}`, `need:${tfalNeedId}`, `researcher:${world.profiles.researcherMember.id}`]));
      await indexer.drain();
      // Matching's statistics were built (proposeMatches above). Without snapshots they are dropped and the next
      // request rebuilds them: no background rebuild, so not REFRESHING (search-snapshot.e2e-spec.ts has that one).
      expect((await app.ok(INDEXING, {}, staff())).indexingStatus).toEqual({ search: { state: 'CURRENT', pending: 0 }, matching: { state: 'ON_DEMAND', pending: null } });
      const needs = (await app.ok(SEARCH_NEEDS, { query: 'الغاسول' }, { token: world.tokens.researcherMember })).searchNeeds;
      expect(needs.hits.map((h: { need: { id: string } }) => h.need.id)).toEqual(expect.arrayContaining([arabicNeedId, tfalNeedId]));
      const audit = (await app.ok(AUDIT, { id: entryId }, staff())).auditLog;
      expect(audit[0].action).toBe('GLOSSARY_ENTRY_UPDATED');
      expect(audit[0].details.find((d: { name: string }) => d.name === 'to').value).toContain('tfal');
      // "tfal" is a concept's label now: no longer a suggestion.
      const words = (await app.ok(SUGGESTIONS, {}, staff())).glossarySuggestions.map((s: { word: string }) => s.word);
      expect(words).not.toContain('tfal');
    });

    it('retiring removes its effect on search and matching; restoring brings it back', async () => {
      const before = await lastOutboxId();
      expect((await app.ok(RETIRE, { id: entryId }, staff())).retireGlossaryEntry.entry.status).toBe('RETIRED');
      expect(await outboxSince(before)).toEqual(new Set([`need:${arabicNeedId}`, `need:${tfalNeedId}`, `researcher:${world.profiles.researcherMember.id}`]));
      await indexer.drain();
      expect(await researcherHits(world.tokens.industrialMember, 'الغاسول')).not.toContain(world.profiles.researcherMember.id);
      const matches = (await app.ok(PROPOSE, { needId: arabicNeedId }, staff())).proposeMatches;
      expect(matches.flatMap((m: { reasons: string[] }) => m.reasons).join(' ')).not.toContain('argile saponifère');
      expect((await app.ok(ENTRIES, { status: 'RETIRED' }, staff())).glossaryEntries.map((e: { id: string }) => e.id)).toEqual([entryId]);

      await app.ok(RESTORE, { id: entryId }, staff());
      await indexer.drain();
      expect(await researcherHits(world.tokens.industrialMember, 'الغاسول')).toContain(world.profiles.researcherMember.id);
      const actions = (await app.ok(AUDIT, { id: entryId }, staff())).auditLog.map((a: { action: string }) => a.action);
      expect(actions).toEqual(['GLOSSARY_ENTRY_RESTORED', 'GLOSSARY_ENTRY_RETIRED', 'GLOSSARY_ENTRY_UPDATED', 'GLOSSARY_ENTRY_CREATED']);
    });

    it('merging moves the labels into the target, and the source is kept as MERGED', async () => {
      const other = (await app.ok(CREATE, { input: { labelsFr: ['terre à foulon'], labelsAr: [], labelsEn: ["fuller's earth"], variants: [], broaderCodes: [] } }, staff())).createGlossaryEntry.entry;
      const merged = (await app.ok(MERGE, { sourceId: other.id, targetId: entryId }, staff())).mergeGlossaryEntries.entry;
      expect(merged.labelsFr).toEqual(['argile saponifère', 'terre à foulon']);
      expect((await app.ok(ENTRIES, { status: 'MERGED' }, staff())).glossaryEntries.map((e: { id: string }) => e.id)).toEqual([other.id]);
      expect(errorCode(await app.gql(MERGE, { sourceId: entryId, targetId: entryId }, staff()))).toBe('BAD_USER_INPUT');
      expect((await app.ok(ENTRIES, { search: 'FOULON' }, staff())).glossaryEntries.map((e: { id: string }) => e.id)).toEqual([entryId]);
    });

    it('refuses the starter glossary once the glossary has entries', async () => {
      expect(errorCode(await app.gql(LOAD_STARTER, {}, staff()))).toBe('BAD_USER_INPUT');
    });
  });

  describe('zero-hit queries', () => {
    it('records a search that found nothing, normalised and without its author', async () => {
      await app.ok(SEARCH_NEEDS, { query: 'Zerradoun  ÉPICÉ' }, { token: world.tokens.researcherMember });
      const rows = (await app.ok(ZERO_HITS, {}, staff())).zeroHitQueries;
      expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ query: 'zerradoun epice', scope: 'needs', occurrences: 1 })]));
      const columns = (await app.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_zero_hit_queries'`)).map((c: { column_name: string }) => c.column_name);
      expect(columns.sort()).toEqual(['first_at', 'last_at', 'occurrences', 'query', 'scope']);
    });
  });

  describe('CSV import and export', () => {
    it('a dry run reports bad rows with line, field and reason, and writes nothing', async () => {
      const csv = [
        'code;category;labels_fr;labels_ar;labels_en;variants;extends;broader;definition',
        'g_smen;product;smen;سمن بلدي;fermented butter;dhane;;c_1162;Beurre vieilli',
        'g_empty;product;;;;;;;',
        'g_badcat;fruit;khlii;;;;;;',
        'g_orphan;product;gueddid;;;;;c_nowhere;',
        'g_smen;product;amlou;;;;;;',
        'Bad Code;product;sellou;;;;;;',
        'g_taken;product;rhassoul;;;;;;',
      ].join('\n');
      const before = await app.db.query('SELECT count(*)::int AS n FROM glossary_entries');
      const report = (await app.ok(IMPORT, { input: { csv, dryRun: true } }, staff())).importGlossary;
      expect(report).toMatchObject({ dryRun: true, rows: 7 });
      const problems = report.problems.map((p: { line: number; field: string }) => `${p.line}:${p.field}`);
      expect(problems).toEqual(['3:labels_fr', '4:category', '5:broader', '6:code', '7:code', '8:labels_fr']);
      expect(report.problems.find((p: { line: number }) => p.line === 8).reason).toContain('« argile saponifère »');
      expect(report.preview.find((p: { line: number }) => p.line === 2)).toMatchObject({ code: 'g_smen', label: 'smen', action: 'CREATE' });
      expect(await app.db.query('SELECT count(*)::int AS n FROM glossary_entries')).toEqual(before);
      // Applying a file with problems writes nothing either.
      const refused = (await app.ok(IMPORT, { input: { csv, dryRun: false } }, staff())).importGlossary;
      expect(refused.problems.length).toBe(6);
      expect(await app.db.query('SELECT count(*)::int AS n FROM glossary_entries')).toEqual(before);
    });

    it('imports a clean file (audited) and exports the glossary', async () => {
      const csv = 'code,labels_fr,labels_ar,labels_en,variants,broader\ng_smen,smen,سمن بلدي,fermented butter,dhane,c_1162\n';
      const report = (await app.ok(IMPORT, { input: { csv, dryRun: false } }, staff())).importGlossary;
      expect(report).toMatchObject({ dryRun: false, rows: 1, created: 1, updated: 0, problems: [] });
      const [smen] = (await app.ok(ENTRIES, { search: 'smen' }, staff())).glossaryEntries;
      expect(smen).toMatchObject({ code: 'g_smen', source: 'IMPORT', labelsAr: ['سمن بلدي'], broader: [{ code: 'c_1162', glossary: false }] });
      expect((await app.ok(AUDIT, { id: smen.id }, staff())).auditLog.map((a: { action: string }) => a.action)).toEqual(['GLOSSARY_ENTRY_CREATED']);
      const again = (await app.ok(IMPORT, { input: { csv, dryRun: true } }, staff())).importGlossary;
      expect(again).toMatchObject({ created: 0, unchanged: 1 });
      const exported: string = (await app.ok(EXPORT, {}, staff())).glossaryCsv;
      expect(exported.split('\r\n')[0]).toBe('\ufeffcode,category,labels_fr,labels_ar,labels_en,variants,extends,broader,definition,status');
      expect(exported).toContain('g_smen,,smen,سمن بلدي,fermented butter,dhane,,c_1162,,ACTIVE');
      expect(exported).toContain('g_terre_a_foulon');
    });
  });
});

describe('starter glossary on a new installation, and a second instance', () => {
  // Instances of one deployment share their configuration, the token secret included.
  const shared = { JWT_SECRET: randomBytes(32).toString('hex') };
  let app: TestApp;
  let second: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start(shared);
    world = await buildWorld(app);
    second = await TestApp.start(shared, { databaseUrl: app.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  it('is offered while the glossary is empty, loads once, and links Darija, French, Arabic and English words', async () => {
    const staff = { token: world.tokens.staff };
    expect((await app.ok(OVERVIEW, {}, staff)).glossaryOverview.canLoadStarter).toBe(true);
    await app.ok(LOAD_STARTER, {}, staff);
    const overview = (await app.ok(OVERVIEW, {}, staff)).glossaryOverview;
    expect(overview).toMatchObject({ active: starterGlossary().length, canLoadStarter: false });
    expect(errorCode(await app.gql(LOAD_STARTER, {}, staff))).toBe('BAD_USER_INPUT');
    const [amlou] = (await app.ok(ENTRIES, { search: 'amlou' }, staff)).glossaryEntries;
    expect(amlou).toMatchObject({ code: 'g_amlou', source: 'STARTER', labelsAr: ['أملو'] });
    // An entry that extends an AGROVOC concept shows it, in the reader's language.
    const [hendia] = (await app.ok(ENTRIES, { search: 'hendia' }, staff)).glossaryEntries;
    expect(hendia).toMatchObject({ conceptCode: 'c_ba7fc495', extends: { code: 'c_ba7fc495', label: 'figue de barbarie' } });
  });

  it('another instance uses the new glossary without a restart, new concepts and extended AGROVOC ones alike', async () => {
    await app.db.query(`UPDATE researcher_profiles SET expertise = $1 WHERE id = $2`, [
      "Formulation et conservation de l'amlou ; valorisation de la figue de barbarie.",
      world.profiles.researcherMember.id,
    ]);
    await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('researcher', $1)`, [world.profiles.researcherMember.id]);
    await second.app.get(SearchIndexer).drain();
    const hits = async (query: string) =>
      (await second.ok(SEARCH_RESEARCHERS, { query }, { token: world.tokens.industrialMember })).searchResearchers.hits.map((h: { researcher: { id: string } }) => h.researcher.id);
    expect(await hits('أملو')).toContain(world.profiles.researcherMember.id); // amlou, a new concept
    expect(await hits('hendia')).toContain(world.profiles.researcherMember.id); // a Darija label of AGROVOC's prickly pear
    expect(await hits('ghassoul')).not.toContain(world.profiles.researcherMember.id); // a starter concept it does not mention
  });

  it('an instance applies a change once, however many of its parts ask for the glossary at the same moment', async () => {
    const live = second.app.get(LiveConceptIndex);
    let changes = 0;
    live.onChange(() => {
      changes++;
    });
    const { code } = (await app.ok(CREATE, { input: { labelsFr: ['zormida de Tazenakht'], labelsAr: [], labelsEn: [], variants: [], broaderCodes: [] } }, { token: world.tokens.staff })).createGlossaryEntry.entry;
    expect(await Promise.all([live.reload(), live.reload(), live.reload()])).toEqual([true, false, false]);
    expect(changes).toBe(1);
    expect(live.current.codes('la zormida de Tazenakht')).toContain(code);
  });
});
