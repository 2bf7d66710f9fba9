// Deterministic corpus of need-like and profile-like documents (NEEDS_INDEX_SETTINGS fields) built
// from the shipped AGROVOC concept index, with ground truth (which documents are about which topic
// concept), and the query classes of the benchmark.
import { readFileSync } from 'node:fs';
import { TEMPLATES, CITIES, ORG_NAME_PARTS } from './templates.mjs';

// ------------------------------------------------------------------------------------------------
// Seeded PRNG
// ------------------------------------------------------------------------------------------------
export class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** items: [value, weight][] */
  weighted(items) {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of items) {
      r -= weight;
      if (r < 0) return value;
    }
    return items[items.length - 1][0];
  }
  shuffle(items) {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  uuid() {
    const hex = () => Math.floor(this.next() * 0x10000).toString(16).padStart(4, '0');
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
  }
}

// ------------------------------------------------------------------------------------------------
// Topic concepts: the cluster's domain (oils, dates, saffron, honey, cosmetics, drying, packaging…)
// ------------------------------------------------------------------------------------------------
/** AGROVOC codes of the cluster's domain; those without labels in all three languages, or whose
 *  terms collide with the templates or with another topic, are dropped (and reported). */
export const TOPIC_SEEDS = [
  'c_14023', // safran / saffron / زعفران
  'c_3652', // miel / honey
  'c_37950', // huile d'argan / argan oil
  'c_25491', // huile d'olive / olive oil
  'c_25475', // datte / dates
  'c_2669', // huile essentielle / essential oils
  'c_866', // cire d'abeille / beeswax
  'c_37951', // beurre de karité / shea butter
  'c_5700', // essence de parfumerie / perfume oils
  'c_15740', // produit séché / dried products
  'c_25005', // préservation des aliments / food preservation
  'c_28414', // industrie de l'emballage / packaging industry
  'c_1259', // produit en conserve / canned products
  'c_16479', // conserve de poisson / canned fish
  'c_10840', // figue / figs
  'c_26594', // Opuntia ficus-indica (prickly pear)
  'c_8734', // amande / almonds
  'c_4826', // lait / milk
  'c_1507', // fromage / cheese
  'c_14877', // thym / thyme
  'c_13963', // romarin / rosemary
  'c_9631', // caroube / carobs
  'c_823', // orge / barley
  'c_10205', // cumin
  'c_12606', // menthe / mint
  'c_14216', // sésame / sesame
  'c_10789', // fenouil / fennel
  'c_10097', // coriandre / coriander
  'c_6070', // pollen
  'c_1951', // crème / cream
  'c_7805', // tomate / tomatoes
  'c_1641', // agrume / citrus fruits
  'c_4259', // citron / lemons
  'c_541', // pomme / apples
  'c_12934', // oignon / onions
  'c_11091', // ail / garlic
  'c_15685', // épice / spices
  'c_13505', // grenade / pomegranates
  'c_16475', // biscuit / biscuits
  'c_4037', // confiture / jams
  'c_3123', // jus de fruits / fruit juices
  'c_25492', // jus d'orange / orange juice
  'c_1582', // chocolat / chocolate
  'c_7097', // peau / skin
  'c_3471', // poils / hair
  'c_12926', // olive / olives
  'c_29026', // extrait de nid d'abeille / honeycomb extracts
];

const COSMETIC_TOPICS = new Set(['c_37950', 'c_2669', 'c_866', 'c_37951', 'c_5700', 'c_7097', 'c_3471', 'c_13963', 'c_14877', 'c_29026', 'c_1951']);
export const LANGUAGES = ['fr', 'ar', 'en'];

/** The label as written in running text and queries: without AGROVOC's "(qualifier)". */
export function cleanLabel(label) {
  return label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The thesaurus as the benchmark sees it: the raw concept file for enumeration (filler concepts),
 * the ConceptIndex for labels(code) exactly as the API's tagger uses them.
 */
export class Thesaurus {
  /**
   * raw: the shipped JSON, only to enumerate concept codes (records are { c: code, … } or
   * [code, …]); labels come from the ConceptIndex.
   */
  constructor(raw, conceptIndex, analyse) {
    this.index = conceptIndex;
    this.analyse = analyse;
    this.byCode = new Map();
    for (const record of raw.concepts) {
      const code = Array.isArray(record) ? record[0] : record.c;
      const concept = conceptIndex.concept(code);
      if (concept) this.byCode.set(code, concept.labels);
    }
    this.labelCache = new Map();
  }
  /** Preferred label per language (the first label is the preferred one). */
  pref(code, language) {
    const labels = this.byCode.get(code)?.[language];
    return labels?.length ? labels[0] : null;
  }
  all(code) {
    const c = this.byCode.get(code);
    return c ? LANGUAGES.flatMap((l) => c[l] ?? []) : [];
  }
  /** Every label of the concept in the three languages, as the API's AgrovocConceptTagger puts in conceptLabels. */
  labels(code) {
    let labels = this.labelCache.get(code);
    if (!labels) {
      labels = this.index.labels(code);
      this.labelCache.set(code, labels);
    }
    return labels;
  }
  terms(text) {
    return this.analyse(text);
  }
}

function templateTexts() {
  const texts = [];
  for (const t of Object.values(TEMPLATES)) {
    for (const list of [t.needTitles, t.needSentences, t.profileTitles, t.profileSentences, t.goals, t.techniques, t.equipment, t.keywords, t.orgNeed]) {
      texts.push(...list.map((s) => s.replace(/\{\w+\}/g, ' ')));
    }
  }
  for (const [city, region, arabic] of CITIES) texts.push(city, region, arabic);
  texts.push(...ORG_NAME_PARTS.industrial, ...ORG_NAME_PARTS.universities, ...ORG_NAME_PARTS.labs, 'Coopérative Agro SARL Labs');
  texts.push(...MULTI_QUALIFIERS.fr, ...MULTI_QUALIFIERS.en, ...MULTI_QUALIFIERS.ar);
  return texts;
}

const MULTI_QUALIFIERS = {
  fr: ['qualité', 'procédé', 'export', 'certification', 'analyse sensorielle', 'essais pilotes'],
  en: ['quality', 'process', 'export', 'certification', 'sensory analysis', 'pilot trials'],
  ar: ['الجودة', 'التصدير', 'شهادة', 'التحليل الحسي'],
};

/** Picks the topic concepts and the filler pool; returns what was dropped and why. */
export function buildVocabulary(thesaurus, rng) {
  const generic = new Set(templateTexts().flatMap((t) => thesaurus.terms(t)));
  const dropped = [];
  let topics = [];
  for (const code of TOPIC_SEEDS) {
    const pref = Object.fromEntries(LANGUAGES.map((l) => [l, thesaurus.pref(code, l)]));
    if (LANGUAGES.some((l) => !pref[l])) {
      dropped.push(`${code} (no ${LANGUAGES.filter((l) => !pref[l]).join('/')} label)`);
      continue;
    }
    const text = Object.fromEntries(LANGUAGES.map((l) => [l, cleanLabel(pref[l])]));
    const terms = Object.fromEntries(LANGUAGES.map((l) => [l, [...new Set(thesaurus.terms(text[l]))]]));
    const clash = LANGUAGES.flatMap((l) => terms[l].filter((t) => generic.has(t)));
    if (LANGUAGES.some((l) => terms[l].length === 0) || clash.length) {
      dropped.push(`${code} ${text.fr} (template words: ${clash.join(', ')})`);
      continue;
    }
    const allTermSets = thesaurus.all(code).map((label) => new Set(thesaurus.terms(cleanLabel(label))));
    topics.push({ code, text, terms, allTermSets, sector: COSMETIC_TOPICS.has(code) ? 'COSMETICS' : 'AGRIFOOD' });
  }
  // A topic whose query terms are all inside another topic's label would make the ground truth
  // ambiguous ("olive" inside "huile d'olive", "عسل" inside "شمع العسل"): the seed listed later goes.
  const inside = (a, b) => LANGUAGES.some((l) => b.allTermSets.some((set) => a.terms[l].every((t) => set.has(t))));
  for (let i = 0; i < topics.length; i++) {
    for (let j = topics.length - 1; j > i; j--) {
      if (inside(topics[i], topics[j]) || inside(topics[j], topics[i])) {
        dropped.push(`${topics[j].code} ${topics[j].text.fr} (overlaps "${topics[i].text.fr}")`);
        topics.splice(j, 1);
      }
    }
  }
  // Language profiles: a quarter of the topics only have French/English documents, a quarter only
  // Arabic ones — the cross-lingual queries look for those in the other script.
  topics = rng.shuffle(topics);
  topics.forEach((topic, i) => {
    topic.profile = i % 4 === 0 ? 'frEn' : i % 4 === 1 ? 'ar' : 'all';
    topic.weight = 1 / Math.pow(i + 1, 0.6); // Zipf-like popularity
  });
  // Filler concepts: the rest of the thesaurus, minus anything sharing a term with a topic.
  const topicTerms = new Set(topics.flatMap((t) => t.allTermSets.flatMap((s) => [...s])));
  const fillers = { fr: [], ar: [], en: [] };
  const vocabulary = new Set(generic);
  for (const code of thesaurus.byCode.keys()) {
    const terms = thesaurus.all(code).flatMap((label) => thesaurus.terms(label));
    for (const t of terms) vocabulary.add(t);
    if (topics.some((t) => t.code === code) || terms.some((t) => topicTerms.has(t))) continue;
    for (const l of LANGUAGES) {
      const label = thesaurus.pref(code, l);
      if (label && cleanLabel(label).length >= 3) fillers[l].push(code);
    }
  }
  return { topics, dropped, fillers, vocabulary };
}

// ------------------------------------------------------------------------------------------------
// Documents
// ------------------------------------------------------------------------------------------------
const DOC_LANGUAGES = [['fr', 0.45], ['ar', 0.25], ['en', 0.3]];
const VISIBILITY = [['PUBLIC', 0.6], ['MEMBERS', 0.3], ['STAFF_ONLY', 0.1]];
const STATUS = [['OPEN', 0.55], ['IN_PROGRESS', 0.2], ['CLOSED', 0.1], ['DRAFT', 0.15]];
const NEED_KINDS = [['COOPERATIVE', 0.45], ['COMPANY', 0.35], ['STARTUP', 0.2]];
const DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 10, 1);

function fill(template, slots) {
  return template.replace(/\{(\w+)\}/g, (_, k) => slots[k] ?? '');
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildOrganisations(size, rng) {
  const industrial = [];
  const labs = [];
  for (let i = 0; i < Math.max(40, Math.round(size / 25)); i++) {
    const kind = rng.weighted(NEED_KINDS);
    const [city, region] = rng.pick(CITIES);
    const base = `${rng.pick(ORG_NAME_PARTS.industrial)}${i >= ORG_NAME_PARTS.industrial.length ? ` ${i}` : ''}`;
    industrial.push({ id: rng.uuid(), name: ORG_NAME_PARTS.industrialForms[kind](base), kind, city, region, member: rng.chance(0.8) });
  }
  for (let i = 0; i < Math.max(20, Math.round(size / 60)); i++) {
    const [city, region] = rng.pick(CITIES);
    const kind = rng.chance(0.7) ? 'RESEARCH_LAB' : 'UNIVERSITY';
    const name = kind === 'UNIVERSITY' ? rng.pick(ORG_NAME_PARTS.universities) : `${rng.pick(ORG_NAME_PARTS.labs)} — ${rng.pick(ORG_NAME_PARTS.universities)}`;
    labs.push({ id: rng.uuid(), name, kind, city, region, member: true });
  }
  return { industrial, labs };
}

/**
 * Generates `size` documents. Returns { documents, about } where about.get(code) is the list of
 * document indexes about that topic concept (as primary or secondary topic).
 */
export function buildDocuments(size, vocab, thesaurus, orgs, rng) {
  const { topics, fillers } = vocab;
  const allowed = {
    fr: topics.filter((t) => t.profile !== 'ar'),
    en: topics.filter((t) => t.profile !== 'ar'),
    ar: topics.filter((t) => t.profile !== 'frEn'),
  };
  const weighted = Object.fromEntries(LANGUAGES.map((l) => [l, allowed[l].map((t) => [t, t.weight])]));
  const documents = [];
  const about = new Map(topics.map((t) => [t.code, []]));
  const cityArabic = new Map(CITIES.map(([c, , a]) => [c, a]));
  for (let i = 0; i < size; i++) {
    const language = rng.weighted(DOC_LANGUAGES);
    const T = TEMPLATES[language];
    const profile = rng.chance(0.4);
    const primary = rng.weighted(weighted[language]);
    let secondary = rng.chance(0.5) ? rng.weighted(weighted[language]) : null;
    if (secondary === primary) secondary = null;
    const fillerCodes = Array.from({ length: rng.int(2, 4) }, () => rng.pick(fillers[language]));
    const org = profile ? rng.pick(orgs.labs) : rng.pick(orgs.industrial);
    const anonymous = !profile && rng.chance(0.15);
    const slots = {
      c: primary.text[language],
      c2: secondary?.text[language] ?? '',
      f1: cleanLabel(thesaurus.pref(fillerCodes[0], language)),
      f2: cleanLabel(thesaurus.pref(fillerCodes[1], language)),
      goal: rng.pick(T.goals),
      tech: rng.pick(T.techniques),
      tech2: rng.pick(T.techniques),
      equip: rng.pick(T.equipment),
      org: rng.pick(T.orgNeed),
      city: language === 'ar' ? cityArabic.get(org.city) : org.city,
      n: String(rng.int(2, 9)),
      m: String(rng.int(3, 18)),
    };
    const titles = (profile ? T.profileTitles : T.needTitles).filter((t) => secondary || !t.includes('{c2}'));
    const sentences = (profile ? T.profileSentences : T.needSentences).filter((t) => secondary || !t.includes('{c2}'));
    const [first, ...rest] = sentences;
    const chosen = [first, ...rng.shuffle(rest).slice(0, rng.int(2, 5))];
    if (secondary && !chosen.some((s) => s.includes('{c2}'))) chosen.push(sentences.find((s) => s.includes('{c2}')));
    const title = capitalise(fill(rng.pick(titles), slots));
    const description = chosen.map((s) => fill(s, slots)).join(' ');
    const keywords = [primary.text[language], ...(secondary ? [secondary.text[language]] : []), ...rng.shuffle(T.keywords).slice(0, rng.int(1, 2))];
    if (rng.chance(0.3)) keywords.push(cleanLabel(thesaurus.pref(fillerCodes[fillerCodes.length - 1], language)));
    const codes = [...new Set([primary.code, ...(secondary ? [secondary.code] : []), ...fillerCodes])];
    const sector = rng.chance(0.85) ? primary.sector : primary.sector === 'AGRIFOOD' ? 'COSMETICS' : 'AGRIFOOD';
    const trlCurrent = profile ? rng.int(2, 5) : rng.int(1, 7);
    const createdAt = EPOCH - rng.int(0, 3 * 365) * DAY - rng.int(0, DAY - 1);
    const doc = {
      id: rng.uuid(),
      title,
      description,
      keywords,
      conceptLabels: [...new Set(codes.flatMap((c) => thesaurus.labels(c)))],
      concepts: codes,
      organisationName: anonymous ? '' : org.name,
      organisationId: org.id,
      organisationKind: org.kind,
      city: anonymous ? '' : org.city,
      region: org.region,
      sector,
      language,
      visibility: profile ? 'PUBLIC' : rng.weighted(VISIBILITY),
      status: profile ? 'OPEN' : rng.weighted(STATUS),
      anonymous,
      trlCurrent,
      trlTarget: Math.min(9, trlCurrent + rng.int(1, 3)),
      createdAt,
      updatedAt: createdAt + rng.int(0, 60) * DAY,
    };
    documents.push(doc);
    about.get(primary.code).push(i);
    if (secondary) about.get(secondary.code).push(i);
  }
  return { documents, about };
}

// ------------------------------------------------------------------------------------------------
// Queries
// ------------------------------------------------------------------------------------------------
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One Levenshtein edit (deletion, substitution or insertion, never on the first letter) on a 5+ letter word. */
function typo(label, rng, vocabulary, thesaurus) {
  const words = label.split(/(\s+|['’-])/);
  const candidates = words.map((w, i) => [w, i]).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (!candidates.length) return null;
  for (let attempt = 0; attempt < 30; attempt++) {
    const [word, index] = rng.pick(candidates);
    const pos = rng.int(1, word.length - 1);
    const kind = rng.pick(['delete', 'substitute', 'insert']);
    let edited;
    if (kind === 'delete') edited = word.slice(0, pos) + word.slice(pos + 1);
    else if (kind === 'substitute') {
      const letter = rng.pick(LETTERS.replace(word[pos].toLowerCase(), ''));
      edited = word.slice(0, pos) + letter + word.slice(pos + 1);
    } else edited = word.slice(0, pos) + rng.pick(LETTERS) + word.slice(pos);
    const terms = thesaurus.terms(edited);
    // A "typo" that is itself a word of the corpus would not be a typo.
    if (terms.length !== 1 || vocabulary.has(terms[0]) || terms[0] === thesaurus.terms(word)[0]) continue;
    const out = [...words];
    out[index] = edited;
    return out.join('');
  }
  return null;
}

/**
 * `size` generated needs as the engine-only benches index them (search-snapshot, search-compaction):
 * the thesaurus from the repository's AGROVOC extract, analysed with `text` (libs/text, built).
 */
export function generatedNeeds(text, size) {
  const raw = JSON.parse(readFileSync(new URL('../../libs/text/data/agrovoc-concepts.json', import.meta.url), 'utf8'));
  const thesaurus = new Thesaurus(raw, text.ConceptIndex.loadDefault(), text.analyse);
  const rng = new Rng(20261130);
  const vocab = buildVocabulary(thesaurus, rng);
  const orgs = buildOrganisations(size, rng);
  const { documents, about } = buildDocuments(size, vocab, thesaurus, orgs, new Rng(20261130 + size));
  return { documents, requests: apiRequestMix(size, vocab, thesaurus, about, orgs) };
}

/**
 * bench/search's query mix as the API sends it (limit 20), a browse query per round (no text:
 * filter and facets) — what the engine-only benches time (search-snapshot, search-compaction).
 */
export function apiRequestMix(size, vocab, thesaurus, about, orgs) {
  const classes = buildQueries(40, vocab, thesaurus, about, orgs, new Rng(20261130 + 7 * size));
  const requests = [];
  for (let i = 0; i < 40; i++) {
    for (const cls of ['single', 'multi', 'typo', 'crossLingual', 'faceted', 'api']) {
      const q = classes[cls][i];
      if (q) requests.push({ query: q.text, filter: q.filter, facets: q.facets, highlight: q.highlight, limit: 20 });
    }
    const browse = classes.faceted[i];
    if (browse) requests.push({ query: '', filter: browse.filter, facets: browse.facets, limit: 20 });
  }
  return requests;
}

/**
 * Query classes, each query with its relevant set (for recall) where that makes sense.
 * viewerOrgs: organisations whose members search (for the visibility filter).
 */
export function buildQueries(perClass, vocab, thesaurus, about, orgs, rng) {
  const topics = vocab.topics.filter((t) => about.get(t.code).length > 0);
  const relevant = (topic) => about.get(topic.code);
  const pairs = topics.flatMap((t) => LANGUAGES.map((l) => ({ topic: t, language: l, text: t.text[l], terms: t.terms[l] })));
  const single = pairs.filter((p) => p.terms.length === 1);
  const multiLabels = pairs.filter((p) => p.terms.length >= 2);
  const typoPairs = pairs.filter((p) => p.language !== 'ar' && /\p{L}{5,}/u.test(p.text));
  const cross = topics.flatMap((t) =>
    t.profile === 'frEn' ? [{ topic: t, language: 'ar', text: t.text.ar }] : t.profile === 'ar' ? ['fr', 'en'].map((l) => ({ topic: t, language: l, text: t.text[l] })) : [],
  );
  const classes = { single: [], multi: [], typo: [], crossLingual: [], faceted: [], api: [] };
  // Every (concept, language) pair once before any repeats, so rare concepts are covered too.
  const cycle = (list) => {
    let order = [];
    return () => {
      if (!order.length) order = rng.shuffle(list);
      return order.pop();
    };
  };
  const nextSingle = cycle(single);
  const nextMulti = cycle(multiLabels);
  const nextTypo = cycle(typoPairs);
  const nextCross = cycle(cross);
  const multiQuery = () => {
    if (rng.chance(0.5) && multiLabels.length) {
      const p = nextMulti();
      return { text: p.text, language: p.language, concept: p.topic.code };
    }
    const p = nextSingle();
    const qualifier = rng.pick(MULTI_QUALIFIERS[p.language]);
    return { text: rng.chance(0.5) ? `${p.text} ${qualifier}` : `${qualifier} ${p.text}`, language: p.language, concept: p.topic.code };
  };
  for (let i = 0; i < perClass; i++) {
    const s = nextSingle();
    classes.single.push({ text: s.text, language: s.language, concept: s.topic.code, relevant: relevant(s.topic) });
    classes.multi.push(multiQuery());
    let t = null;
    for (let attempt = 0; !t && attempt < 10; attempt++) {
      const p = nextTypo();
      const text = typo(p.text, rng, vocab.vocabulary, thesaurus);
      if (text) t = { text, original: p.text, language: p.language, concept: p.topic.code, relevant: relevant(p.topic) };
    }
    if (t) classes.typo.push(t);
    if (cross.length) {
      const c = nextCross();
      classes.crossLingual.push({ text: c.text, language: c.language, concept: c.topic.code, relevant: relevant(c.topic) });
    }
    for (const cls of ['faceted', 'api']) {
      const q = rng.chance(0.5) ? (() => {
        const p = nextSingle();
        return { text: p.text, language: p.language, concept: p.topic.code };
      })() : multiQuery();
      q.filter = viewerFilter(orgs, rng);
      q.facets = ['sector', 'city', 'trlCurrent', 'language', 'concepts'];
      if (cls === 'api') q.highlight = ['title', 'description', 'keywords'];
      classes[cls].push(q);
    }
  }
  return classes;
}

/** The API's needVisibility(viewer) for a member of a random organisation, plus the user's own filters. */
function viewerFilter(orgs, rng) {
  const org = rng.pick(orgs.industrial);
  const visibilities = org.member ? ['PUBLIC', 'MEMBERS'] : ['PUBLIC'];
  const published = { and: [{ not: { field: 'status', equals: 'DRAFT' } }, { field: 'visibility', in: visibilities }] };
  const parts = [{ or: [{ field: 'organisationId', equals: org.id }, published] }];
  if (rng.chance(0.5)) parts.push({ field: 'sector', in: [rng.pick(['AGRIFOOD', 'COSMETICS'])] });
  if (rng.chance(0.2)) {
    const lo = rng.int(1, 5);
    parts.push({ field: 'trlCurrent', gte: lo, lte: lo + rng.int(1, 3) });
  }
  return parts.length === 1 ? parts[0] : { and: parts };
}

// ------------------------------------------------------------------------------------------------
// More query classes (issue 13, item 6): typos on the first letter and in Arabic, pasted long need
// texts, browsing (no text). Their own generator so buildQueries' classes stay exactly as they were.
// ------------------------------------------------------------------------------------------------
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** One edit (delete, substitute, insert, or swap with the next letter) at `pos` of a word. */
function editAt(word, pos, kind, letter) {
  if (kind === 'delete') return word.slice(0, pos) + word.slice(pos + 1);
  if (kind === 'substitute') return word.slice(0, pos) + letter + word.slice(pos + 1);
  if (kind === 'swap') return word.slice(0, pos) + word[pos + 1] + word[pos] + word.slice(pos + 2);
  return word.slice(0, pos) + letter + word.slice(pos);
}

/**
 * One edit on a word of `minLength`+ letters of the label; `first`: on the first letter (or a swap
 * of the first two), else anywhere after it. Returns null when no edit gives a non-word.
 */
function typoWith(label, rng, vocabulary, thesaurus, { letters, first, minLength }) {
  const words = label.split(/(\s+|['’-])/);
  const pattern = new RegExp(`^\\p{L}{${minLength},}$`, 'u');
  const candidates = words.map((w, i) => [w, i]).filter(([w]) => pattern.test(w));
  if (!candidates.length) return null;
  for (let attempt = 0; attempt < 30; attempt++) {
    const [word, index] = rng.pick(candidates);
    const kind = rng.pick(first ? ['delete', 'substitute', 'swap'] : ['delete', 'substitute', 'insert']);
    const pos = first ? 0 : rng.int(1, word.length - 1);
    const letter = rng.pick(letters.replace(word[pos].toLowerCase(), ''));
    const edited = editAt(word, pos, kind, letter);
    if (edited === word) continue;
    const terms = thesaurus.terms(edited);
    if (terms.length !== 1 || vocabulary.has(terms[0]) || terms[0] === thesaurus.terms(word)[0]) continue;
    const out = [...words];
    out[index] = edited;
    return out.join('');
  }
  return null;
}

/** A pasted need text of 100–300 words about `topic` in `language`, from the need and profile sentences. */
function longNeedText(topic, language, vocab, thesaurus, rng) {
  const T = TEMPLATES[language];
  const target = rng.int(100, 300);
  const filler = () => cleanLabel(thesaurus.pref(rng.pick(vocab.fillers[language]), language));
  const sentences = [];
  let words = 0;
  while (words < target) {
    const template = rng.pick([...T.needSentences, ...T.profileSentences]);
    const sentence = fill(template, {
      c: topic.text[language], c2: topic.text[language], f1: filler(), f2: filler(), goal: rng.pick(T.goals), tech: rng.pick(T.techniques),
      tech2: rng.pick(T.techniques), equip: rng.pick(T.equipment), org: rng.pick(T.orgNeed), city: rng.pick(CITIES)[language === 'ar' ? 2 : 0],
      n: String(rng.int(2, 9)), m: String(rng.int(3, 18)),
    });
    const count = sentence.split(/\s+/).length;
    if (words + count > 300) break;
    sentences.push(sentence);
    words += count;
  }
  return sentences.join(' ');
}

/** The API's facets on needs (apps/api/src/search/search.service.ts NEED_FACETS). */
export const API_NEED_FACETS = ['sector', 'city', 'region', 'trlCurrent', 'language', 'organisationKind', 'concepts'];

/**
 * typoFirst: one edit on the first letter of a 5+ letter word of a fr/en label; typoArabic: one
 * edit (not on the first letter) on a 4+ letter word of an Arabic label; long: a pasted need text
 * of 100–300 words about a concept, in a language that concept has documents in; browse: no text,
 * the API's visibility filter (± sector, TRL range), the API's facets, newest first.
 */
export function buildExtraQueries(perClass, vocab, thesaurus, about, orgs, rng) {
  const topics = vocab.topics.filter((t) => about.get(t.code).length > 0);
  const pairs = topics.flatMap((t) => LANGUAGES.map((l) => ({ topic: t, language: l, text: t.text[l] })));
  const latin = pairs.filter((p) => p.language !== 'ar' && /\p{L}{5,}/u.test(p.text));
  const arabic = pairs.filter((p) => p.language === 'ar' && /\p{L}{4,}/u.test(p.text));
  const own = pairs.filter((p) => (p.topic.profile === 'ar' ? p.language === 'ar' : p.topic.profile === 'frEn' ? p.language !== 'ar' : true));
  const cycle = (list) => {
    let order = [];
    return () => {
      if (!order.length) order = rng.shuffle(list);
      return order.pop();
    };
  };
  const nextLatin = cycle(latin);
  const nextArabic = cycle(arabic);
  const nextOwn = cycle(own);
  const classes = { typoFirst: [], typoArabic: [], long: [], browse: [] };
  const typoQuery = (next, options) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const p = next();
      const text = typoWith(p.text, rng, vocab.vocabulary, thesaurus, options);
      if (text) return { text, original: p.text, language: p.language, concept: p.topic.code, relevant: about.get(p.topic.code) };
    }
    return null;
  };
  for (let i = 0; i < perClass; i++) {
    const first = typoQuery(nextLatin, { letters: LETTERS, first: true, minLength: 5 });
    if (first) classes.typoFirst.push(first);
    const ar = arabic.length ? typoQuery(nextArabic, { letters: ARABIC_LETTERS, first: false, minLength: 4 }) : null;
    if (ar) classes.typoArabic.push(ar);
    const p = nextOwn();
    classes.long.push({ text: longNeedText(p.topic, p.language, vocab, thesaurus, rng), language: p.language, concept: p.topic.code, relevant: about.get(p.topic.code) });
    classes.browse.push({ text: '', filter: viewerFilter(orgs, rng), facets: API_NEED_FACETS, sort: [{ field: 'createdAt', direction: 'desc' }] });
  }
  return classes;
}
