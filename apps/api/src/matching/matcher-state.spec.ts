import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Matcher, MatchNeed, MatchResearcher } from '../../../../libs/matching/src';
import { exportMatcherState, importMatcherState, MATCHER_STATE_VERSION, MatcherStateParts } from '../../../../libs/matching/src/text-model/corpus-snapshot';
import { readSnapshotFile, SnapshotSections, writeSnapshotFile, writeSnapshotFileAsync } from '../../../../libs/search/src';
import { ConceptIndex } from '../../../../libs/text/src';
import { matcherSections, readMatcherState, shareResearcherIds } from './matcher-snapshots';

/** The matcher's statistics saved and restored (through a snapshot file) rank and explain exactly as the matcher they came from. */
describe('matcher state snapshot', () => {
  const concepts = ConceptIndex.loadDefault();
  const topics = [
    ["huile d'argan", 'pressage à froid', 'stabilité oxydative', 'polyphénols'],
    ['irrigation goutte à goutte', 'capteurs de sol', 'stress hydrique', 'palmier dattier'],
    ['figuier de Barbarie', 'valorisation des déchets', 'cactus', 'biogaz'],
    ['olive oil', 'fermentation', 'table olives', 'lactic acid bacteria'],
    ['زيت الزيتون', 'الري بالتنقيط', 'التمور', 'تجفيف'],
    ['miel', 'apiculture', 'pollinisation', 'safran'],
  ];
  const researchers: MatchResearcher[] = Array.from({ length: 240 }, (_, i) => {
    const topic = topics[i % topics.length];
    const other = topics[(i * 7 + 3) % topics.length];
    return {
      id: `r${i}`,
      organisationId: `lab${i % 9}`,
      headline: `${topic[i % 4]} et ${other[(i + 1) % 4]}`,
      expertise: `Travaux sur ${topic.join(', ')} ; collaboration sur ${other[i % 4]} (${i}).`,
      keywords: [topic[(i + 2) % 4], other[(i + 3) % 4]],
      techniques: i % 3 ? ['HPLC', 'spectrométrie'] : ['modélisation'],
      publications: i % 2 ? [{ title: `Étude ${i} : ${topic[1]}`, abstract: `Nous étudions ${topic[2]} et ${other[0]} dans la région ${i % 5}.` }] : [],
      languages: i % 4 ? ['fr'] : ['ar', 'en'],
      sectors: [i % 2 ? 'AGRIFOOD' : 'COSMETICS'] as MatchResearcher['sectors'],
      trlMin: 1 + (i % 3),
      trlMax: 5 + (i % 4),
      city: i % 2 ? 'Agadir' : 'Meknès',
    };
  });
  const needs: MatchNeed[] = [
    { id: 'n1', title: "Rancissement de notre huile d'argan", description: "L'huile d'argan pressée à froid rancit en trois mois.", language: 'fr', sector: 'COSMETICS', trlCurrent: 3, trlTarget: 6 },
    { id: 'n2', title: 'Irrigation des palmiers', description: 'Capteurs de sol et irrigation goutte à goutte pour le palmier dattier.', language: 'fr', sector: 'AGRIFOOD', trlCurrent: 2, trlTarget: 5 },
    { id: 'n3', title: 'تجفيف التمور', description: 'نبحث عن طريقة لتجفيف التمور وتخزينها مع الري بالتنقيط.', language: 'ar', sector: 'AGRIFOOD' },
    { id: 'n4', title: 'Table olives fermentation', description: 'Lactic acid bacteria starter cultures for table olives.', language: 'en', sector: 'AGRIFOOD' },
  ];
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'matcher-state-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Through a real file, as the API stores it (matcherSections, writeSnapshotFileAsync) and reads it (MatcherSnapshots.restore). */
  async function roundTrip(matcher: Matcher, versions = new Map(researchers.map((r, i) => [r.id, i]))): Promise<{ matcher: Matcher; versionIds: string[] }> {
    const { parts, sections } = await matcherSections(matcher, versions);
    const path = join(dir, 'matcher.snap');
    await writeSnapshotFileAsync(path, { names: { json: Object.keys(parts.json), i32: Object.keys(parts.i32), f64: Object.keys(parts.f64), u8: Object.keys(parts.u8) } }, sections);
    const { header, reader } = readSnapshotFile<{ names: Record<'json' | 'i32' | 'f64' | 'u8', string[]> }>(path);
    const restored = readMatcherState(reader, parts.version, header.meta.names);
    const versionIds = reader.jsonArray<string>('versions.ids');
    reader.release();
    shareResearcherIds(restored, versionIds);
    return { matcher: importMatcherState(restored, { concepts }), versionIds };
  }

  const ranking = (matcher: Matcher) => needs.map((need) => matcher.rankResearchers(need, researchers, { language: 'fr', limit: 10 }));

  it('ranks and explains every need exactly as the matcher it was saved from', async () => {
    const original = new Matcher(researchers, { concepts });
    const { matcher: restored } = await roundTrip(original);
    expect(ranking(restored)).toEqual(ranking(original));
    expect(ranking(new Matcher([], { concepts }))).not.toEqual(ranking(original)); // the statistics matter to the answer
  });

  it('stays incremental after a restore: upserts and removals give what the original gives', async () => {
    const original = new Matcher(researchers, { concepts });
    const { matcher: restored } = await roundTrip(original);
    const changed = { ...researchers[5], expertise: "Safran, miel et huile d'argan : authenticité et fraudes." };
    for (const matcher of [original, restored]) {
      matcher.upsertResearcher(changed);
      matcher.removeResearcher('r7');
    }
    const pool = researchers.filter((r) => r.id !== 'r7').map((r) => (r.id === changed.id ? changed : r));
    const rank = (matcher: Matcher) => needs.map((need) => matcher.rankResearchers(need, pool, { language: 'fr', limit: 10 }));
    expect(rank(restored)).toEqual(rank(original));
  });

  it('saves a matcher whose researchers were replaced and removed (their old counts left as garbage in its arena)', async () => {
    const original = new Matcher(researchers, { concepts });
    const pool = researchers.map((r, i) => (i % 3 ? r : { ...r, expertise: `${r.expertise} Séchage solaire des figues (${i}).`, publications: [] }));
    for (const researcher of pool.filter((_, i) => i % 3 === 0)) original.upsertResearcher(researcher);
    for (const id of ['r1', 'r100', 'r239']) original.removeResearcher(id);
    const rest = pool.filter((r) => !['r1', 'r100', 'r239'].includes(r.id));
    const { matcher: restored } = await roundTrip(original);
    const rank = (matcher: Matcher) => needs.map((need) => matcher.rankResearchers(need, rest, { language: 'fr', limit: 10 }));
    expect(rank(restored)).toEqual(rank(original));
  });

  it('reads a snapshot written before long arrays were split into chunks (each JSON value one section)', () => {
    const original = new Matcher(researchers, { concepts });
    const parts = exportMatcherState(original);
    const sections = new SnapshotSections();
    for (const [name, value] of Object.entries(parts.json)) sections.json(`state.${name}`, value);
    for (const [name, value] of Object.entries(parts.i32)) sections.i32(`state.${name}`, value);
    for (const [name, value] of Object.entries(parts.f64)) sections.f64(`state.${name}`, value);
    for (const [name, value] of Object.entries(parts.u8)) sections.u8(`state.${name}`, value);
    const path = join(dir, 'old.snap');
    writeSnapshotFile(path, {}, sections);
    const { reader } = readSnapshotFile(path);
    const names = { json: Object.keys(parts.json), i32: Object.keys(parts.i32), f64: Object.keys(parts.f64), u8: Object.keys(parts.u8) };
    const restored = importMatcherState(readMatcherState(reader, parts.version, names), { concepts });
    reader.release();
    expect(ranking(restored)).toEqual(ranking(original));
  });

  it('saves the state as it was when the save began, though the matcher changes while the sections are written', async () => {
    const original = new Matcher(researchers, { concepts });
    const before = ranking(original);
    const versions = new Map(researchers.map((r, i) => [r.id, i]));
    const saving = roundTrip(original, versions);
    // Requests running between two sections: a new researcher with words and concepts never seen, a removal.
    await new Promise((resolve) => setImmediate(resolve));
    const newcomer = { ...researchers[0], id: 'r-new', expertise: 'Spiruline, microalgues et photobioréacteurs ; escargots et héliciculture.' };
    original.upsertResearcher(newcomer);
    versions.set('r-new', 1);
    original.removeResearcher('r3');
    versions.delete('r3');
    const { matcher: restored, versionIds } = await saving;
    expect(versionIds).toEqual(researchers.map((r) => r.id));
    expect(ranking(restored)).toEqual(before);
  });

  it('shares one string per researcher id between the state\'s tables and the versions, changing no value', () => {
    const parts = exportMatcherState(new Matcher(researchers, { concepts }));
    const copy = JSON.parse(JSON.stringify(parts.json)) as MatcherStateParts['json'];
    // The shapes it shares (else it leaves the parts alone and the ids are held three times again).
    expect(copy['researchers.ids']).toEqual(researchers.map((r) => r.id));
    expect((copy.concepts as unknown[][]).every((entry) => typeof entry[0] === 'string' && researchers.some((r) => r.id === entry[0]))).toBe(true);
    const versions = researchers.map((r) => `${r.id}`);
    const sharedParts = { ...parts, json: copy };
    shareResearcherIds(sharedParts, versions);
    expect(copy).toEqual(JSON.parse(JSON.stringify(parts.json)));
    expect(versions).toEqual(researchers.map((r) => r.id));
    const odd = { ...parts, json: { 'researchers.ids': 'not an array', concepts: [[1, 2]] } };
    expect(() => shareResearcherIds(odd, ['x'])).not.toThrow();
    expect(odd.json).toEqual({ 'researchers.ids': 'not an array', concepts: [[1, 2]] });
  });

  it('refuses parts from another version of the matcher code, and damaged files', () => {
    const parts = exportMatcherState(new Matcher(researchers.slice(0, 10), { concepts }));
    expect(() => importMatcherState({ ...parts, version: 'other' }, { concepts })).toThrow(/version/);
    expect(parts.version).toBe(MATCHER_STATE_VERSION);
    const sections = new SnapshotSections();
    sections.u8('data', parts.u8['researchers.data']);
    const path = join(dir, 'x.snap');
    writeSnapshotFile(path, {}, sections);
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(path, bytes);
    expect(() => readSnapshotFile(path)).toThrow(/checksum/);
  });
});
