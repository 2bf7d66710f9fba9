// Deterministic researcher profiles (ResearcherRecord) and needs (NeedRecord) written from the
// shipped AGROVOC concepts: the cluster's domain concepts of bench/search (argan oil, saffron,
// honey, dates…) as topics, the rest of the thesaurus as filler, in French, English and Arabic.
// Ground truth for a quality proxy: a profile is "on topic" for a need when it works on the
// need's primary topic concept.
import { Rng, cleanLabel } from '../search/corpus.mjs';
import { CITIES, ORG_NAME_PARTS } from '../search/templates.mjs';
import { EQUIPMENT, FOCUS, GOALS, NEED, PROBLEMS, PROFILE, TECHNIQUES } from './templates.mjs';

export { Rng };

const PROFILE_LANGUAGES = [['fr', 0.4], ['en', 0.35], ['ar', 0.25]];
const NEED_LANGUAGES = [['fr', 0.45], ['ar', 0.25], ['en', 0.3]];
const DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 10, 1);

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (template, slots) => template.replace(/\{(\w+)\}/g, (_, k) => slots[k] ?? '').replace(/\s+/g, ' ').trim();

function labs(size, rng) {
  const out = [];
  for (let i = 0; i < Math.max(20, Math.round(size / 6)); i++) {
    const [city, region] = rng.pick(CITIES);
    out.push({ id: `lab-${i}`, name: `${rng.pick(ORG_NAME_PARTS.labs)} ${i} — ${rng.pick(ORG_NAME_PARTS.universities)}`, kind: 'RESEARCH_LAB', city, region });
  }
  return out;
}

function industrials(count, rng) {
  const out = [];
  for (let i = 0; i < Math.max(40, Math.round(count / 3)); i++) {
    const kind = rng.pick(['COOPERATIVE', 'COMPANY', 'STARTUP']);
    const [city, region] = rng.pick(CITIES);
    out.push({ id: `org-${i}`, name: `${ORG_NAME_PARTS.industrialForms[kind](rng.pick(ORG_NAME_PARTS.industrial))} ${i}`, kind, city, region });
  }
  return out;
}

/** Slots shared by profiles and needs, in one language. */
function slots(language, topics, vocab, thesaurus, rng, city) {
  const [primary, secondary] = topics;
  const filler = () => cleanLabel(thesaurus.pref(rng.pick(vocab.fillers[language]), language));
  const focus = rng.int(0, FOCUS.fr.length - 1);
  const tech = rng.int(0, TECHNIQUES.fr.length - 1);
  let tech2 = rng.int(0, TECHNIQUES.fr.length - 1);
  if (tech2 === tech) tech2 = (tech + 1) % TECHNIQUES.fr.length;
  const equip = rng.int(0, EQUIPMENT.fr.length - 1);
  const problem = rng.int(0, PROBLEMS.fr.length - 1);
  const goal = rng.int(0, GOALS.fr.length - 1);
  const s = {
    c: primary.text[language],
    c2: (secondary ?? primary).text[language],
    f1: filler(),
    f2: filler(),
    focus: FOCUS[language][focus],
    tech: TECHNIQUES[language][tech],
    tech2: TECHNIQUES[language][tech2],
    equip: EQUIPMENT[language][equip],
    problem: PROBLEMS[language][problem],
    goal: GOALS[language][goal],
    city: language === 'ar' ? CITIES.find(([c]) => c === city)?.[2] ?? city : city,
    n: String(rng.int(2, 9)),
    m: String(rng.int(3, 18)),
  };
  for (const k of ["c", "c2", "focus", "problem"]) s[capitalise(k)] = capitalise(s[k]);
  return { slots: s, indexes: { focus, tech, tech2, equip, problem, goal } };
}

function pickTopics(language, vocab, rng, secondChance) {
  const allowed = vocab.topics.map((t) => [t, t.weight]);
  const primary = rng.weighted(allowed);
  let secondary = rng.chance(secondChance) ? rng.weighted(allowed) : null;
  if (secondary === primary) secondary = null;
  return [primary, secondary];
}

/**
 * `size` researcher profiles (ResearcherRecord of libs/matching) with their topic codes.
 * Returns { researchers, topicsOf: Map<id, Set<topic code>> }.
 */
export function buildResearchers(size, vocab, thesaurus, rng) {
  const labList = labs(size, rng);
  const researchers = [];
  const topicsOf = new Map();
  for (let i = 0; i < size; i++) {
    const language = rng.weighted(PROFILE_LANGUAGES);
    const T = PROFILE[language];
    const lab = rng.pick(labList);
    const topics = pickTopics(language, vocab, rng, 0.6);
    const { slots: s, indexes } = slots(language, topics, vocab, thesaurus, rng, lab.city);
    const headlines = T.headlines.filter((h) => topics[1] || !/\{c2\}|\{C2\}/.test(h));
    const sentences = T.sentences.filter((h) => topics[1] || !/\{c2\}/.test(h));
    const expertise = [T.first, ...rng.shuffle(sentences).slice(0, rng.int(2, 4))].map((t) => fill(t, s)).join(' ');
    const techniques = [indexes.tech, indexes.tech2, ...(rng.chance(0.5) ? [rng.int(0, TECHNIQUES.fr.length - 1)] : [])];
    const publications = Array.from({ length: rng.int(2, 5) }, () => {
      const p = { ...s, f1: cleanLabel(thesaurus.pref(rng.pick(vocab.fillers[language]), language)) };
      p.F1 = capitalise(p.f1);
      const titles = T.pubTitles.filter((h) => topics[1] || !/\{C2\}|\{c2\}/.test(h));
      return {
        title: capitalise(fill(rng.pick(titles), p)),
        abstract: rng.shuffle(T.pubAbstracts).slice(0, rng.int(2, 3)).map((t) => fill(t, p)).join(' '),
        year: rng.int(2012, 2026),
      };
    });
    const trlMin = rng.int(1, 4);
    const id = `res-${i}`;
    researchers.push({
      id,
      userId: `user-${i}`,
      fullName: `Researcher ${i}`,
      labName: lab.name,
      organisationId: lab.id,
      organisationKind: lab.kind,
      headline: capitalise(fill(rng.pick(headlines), s)),
      expertise,
      keywords: [...new Set([s.c, ...(topics[1] ? [s.c2] : []), s.f1, s.focus, ...(rng.chance(0.5) ? [s.f2] : [])])],
      techniques: [...new Set(techniques)].map((t) => TECHNIQUES[language][t]),
      equipment: [...new Set([indexes.equip, ...(rng.chance(0.4) ? [rng.int(0, EQUIPMENT.fr.length - 1)] : [])])].map((e) => EQUIPMENT[language][e]),
      publications,
      languages: language === 'ar' ? ['ar', ...(rng.chance(0.5) ? ['fr'] : [])] : language === 'fr' ? ['fr', ...(rng.chance(0.3) ? ['en'] : [])] : ['en'],
      sectors: [topics[0].sector],
      availability: 'AVAILABLE',
      trlMin,
      trlMax: Math.min(9, trlMin + rng.int(2, 5)),
      city: lab.city,
      region: lab.region,
      updatedAt: EPOCH - rng.int(0, 700) * DAY,
    });
    topicsOf.set(id, new Set(topics.filter(Boolean).map((t) => t.code)));
  }
  return { researchers, topicsOf };
}

/** `count` needs (NeedRecord of libs/matching), with their primary topic code in `topic`. */
export function buildNeeds(count, vocab, thesaurus, rng) {
  const orgs = industrials(count, rng);
  const needs = [];
  for (let i = 0; i < count; i++) {
    const language = rng.weighted(NEED_LANGUAGES);
    const T = NEED[language];
    const org = rng.pick(orgs);
    const topics = pickTopics(language, vocab, rng, 0.3);
    const { slots: s } = slots(language, topics, vocab, thesaurus, rng, org.city);
    s.org = rng.pick(T.org);
    const titles = T.titles.filter((h) => topics[1] || !/\{c2\}/.test(h));
    const sentences = T.sentences.filter((h) => topics[1] || !/\{c2\}/.test(h));
    const trlCurrent = rng.int(1, 6);
    const createdAt = EPOCH - rng.int(0, 365) * DAY;
    needs.push({
      id: `need-${i}`,
      title: capitalise(fill(rng.pick(titles), s)),
      description: [T.first, ...rng.shuffle(sentences).slice(0, rng.int(3, 5))].map((t) => fill(t, s)).join(' '),
      keywords: rng.chance(0.5) ? [s.c] : [],
      language,
      sector: rng.chance(0.1) ? 'BOTH' : topics[0].sector,
      trlCurrent,
      trlTarget: Math.min(9, trlCurrent + rng.int(1, 3)),
      city: org.city,
      region: org.region,
      organisationId: org.id,
      organisationName: org.name,
      organisationKind: org.kind,
      visibility: rng.weighted([['PUBLIC', 0.7], ['MEMBERS', 0.3]]),
      status: rng.weighted([['OPEN', 0.8], ['IN_PROGRESS', 0.2]]),
      anonymous: false,
      createdAt,
      updatedAt: createdAt,
      topic: topics[0].code,
    });
  }
  return needs;
}
