// Seeds the API's database (migrated) with N generated researcher profiles (bench/matching's
// corpus: fr/ar/en, thesaurus topics, publications) in one lab, a cooperative with an industrial
// member and `needs` public needs, and a staff member, straight into the tables (no outbox rows:
// the API's next start rebuilds its index from Postgres). Shared by bench/start-snapshot.mjs and
// bench/request-cost/under-load.mjs. Every account's password is `password`:
//   staff@bench.example (STAFF), industrial@bench.example (INDUSTRIAL), researcher<i>@bench.example.
import { hash } from '@node-rs/argon2';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Thesaurus, buildVocabulary } from './search/corpus.mjs';
import { Rng, buildNeeds, buildResearchers } from './matching/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * One lab, one cooperative, a staff member, `size` researchers with generated profiles, `needs` needs.
 * `db` is a connected pg.Client; `dist` the compiled API (for libs/text). Returns the generated
 * records (researchers and needs, as bench/matching/corpus.mjs builds them).
 */
export async function seedProfiles(db, { dist, size, needs: needCount = 200, password }) {
  const text = require(join(dist, 'libs/text/src/index.js'));
  const concepts = text.ConceptIndex.loadDefault();
  const raw = JSON.parse(readFileSync(join(root, 'libs/text/data/agrovoc-concepts.json'), 'utf8'));
  const thesaurus = new Thesaurus(raw, concepts, text.analyse);
  const seedValue = 20261130;
  const vocab = buildVocabulary(thesaurus, new Rng(seedValue));
  const { researchers } = buildResearchers(size, vocab, thesaurus, new Rng(seedValue + size));
  const needs = buildNeeds(needCount, vocab, thesaurus, new Rng(seedValue + 1 + size));
  const passwordHash = await hash(password);
  await db.query(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status) VALUES
    ('Coopérative du banc', 'COOPERATIVE', '{AGRIFOOD,COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE'),
    ('Laboratoire du banc', 'RESEARCH_LAB', '{AGRIFOOD,COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE')`);
  const orgOf = async (kind) => (await db.query('SELECT id FROM organisations WHERE kind = $1', [kind])).rows[0].id;
  const [coopId, labId] = [await orgOf('COOPERATIVE'), await orgOf('RESEARCH_LAB')];
  await db.query(`INSERT INTO users (email, password_hash, full_name, role, preferred_language, status) VALUES ('staff@bench.example', $1, 'Staff du banc', 'STAFF', 'fr', 'ACTIVE')`, [passwordHash]);
  await db.query(`INSERT INTO users (email, password_hash, full_name, role, organisation_id, preferred_language, status) VALUES ('industrial@bench.example', $1, 'Industriel', 'INDUSTRIAL', $2, 'fr', 'ACTIVE')`, [passwordHash, coopId]);
  const authorId = (await db.query(`SELECT id FROM users WHERE email = 'industrial@bench.example'`)).rows[0].id;
  await db.query(
    `INSERT INTO users (email, password_hash, full_name, role, organisation_id, preferred_language, status)
     SELECT 'researcher' || i || '@bench.example', $1, 'Chercheur ' || i, 'RESEARCHER', $2, 'fr', 'ACTIVE' FROM generate_series(0, $3::int - 1) AS i`,
    [passwordHash, labId, size],
  );
  for (let start = 0; start < researchers.length; start += 2000) {
    const batch = researchers.slice(start, start + 2000).map((r, j) => ({
      email: `researcher${start + j}@bench.example`,
      headline: r.headline.slice(0, 200),
      expertise: r.expertise,
      keywords: r.keywords,
      techniques: r.techniques,
      equipment: r.equipment,
      publications: r.publications.map((p) => ({ title: p.title, abstract: p.abstract, year: p.year, doi: null })),
      languages: r.languages,
      trl_min: r.trlMin,
      trl_max: r.trlMax,
    }));
    await db.query(
      `INSERT INTO researcher_profiles (user_id, headline, expertise, keywords, techniques, equipment, publications, languages, availability, trl_min, trl_max)
       SELECT u.id, r.headline, r.expertise,
              ARRAY(SELECT jsonb_array_elements_text(r.keywords)), ARRAY(SELECT jsonb_array_elements_text(r.techniques)),
              ARRAY(SELECT jsonb_array_elements_text(r.equipment)), r.publications,
              ARRAY(SELECT jsonb_array_elements_text(r.languages))::varchar[], 'AVAILABLE', r.trl_min, r.trl_max
         FROM jsonb_to_recordset($1::jsonb) AS r(email text, headline text, expertise text, keywords jsonb, techniques jsonb, equipment jsonb, publications jsonb, languages jsonb, trl_min int, trl_max int)
         JOIN users u ON u.email = r.email`,
      [JSON.stringify(batch)],
    );
  }
  await db.query(
    `INSERT INTO needs (organisation_id, author_id, title, description, language, sector, trl_current, trl_target, visibility, status)
     SELECT $1, $2, left(n.title, 160), n.description, n.language, n.sector, n.trl_current, n.trl_target, 'PUBLIC', 'OPEN'
       FROM jsonb_to_recordset($3::jsonb) AS n(title text, description text, language text, sector text, trl_current int, trl_target int)`,
    [coopId, authorId, JSON.stringify(needs.map((n) => ({ title: n.title, description: n.description, language: n.language, sector: n.sector === 'BOTH' ? 'AGRIFOOD' : n.sector, trl_current: n.trlCurrent, trl_target: n.trlTarget })))],
  );
  await db.query('ANALYZE');
  return { researchers, needs };
}
