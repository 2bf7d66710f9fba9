#!/usr/bin/env node
// Builds libs/text/data/agrovoc-concepts.json, the compact AGROVOC concept index used by
// libs/text (ConceptIndex): the food, cosmetics, plant and processing part of the thesaurus,
// with French, Arabic and English labels and broader links.
//
//   node scripts/build-concept-index.mjs [path/to/agrovoc]   (default: ../shared/data/agrovoc
//                                                              relative to the repository root)
//
// Plain Node, no dependencies. The selection rule is documented in libs/text/data/README.md
// and below (DOMAIN_ROOTS, EXCLUDED_BRANCHES, organism rules).
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = process.argv[2] ? resolve(process.argv[2]) : resolve(REPO_ROOT, '../shared/data/agrovoc');
const OUTPUT = join(REPO_ROOT, 'libs/text/data/agrovoc-concepts.json');
/** ../shared/data, for the English texts that attest derived English labels (englishVocabulary). */
const SHARED_DATA = resolve(SOURCE, '..');

// ---------------------------------------------------------------------------------------------
// Selection rule
// ---------------------------------------------------------------------------------------------

/**
 * Every descendant (all_narrower, transitively) of these concepts is kept, unless it is only
 * reachable through an EXCLUDED_BRANCHES concept. Grouped by facet of the cluster's domain.
 */
const DOMAIN_ROOTS = {
  products: ['c_6211' /* produit: foods, plant/animal/forest products, by-products, feeds */],
  substances: ['c_330705' /* substance: oils, waxes, extracts, additives, agents, compounds, waste */],
  processing: [
    'c_6195' /* traitement: drying, extraction, pressing, encapsulation, preservation... */,
    'c_3030' /* technologie alimentaire */, 'c_2855' /* fermentation */,
    'c_331094' /* processus biochimique */, 'c_331547' /* processus physico-chimique */,
    'c_331037' /* transformation */, 'c_3def4163' /* synthèse */, 'c_6d768d91' /* mise à l'échelle */,
    'c_27493' /* procédé continu */, 'c_27501' /* procédé discontinu */, 'c_27463' /* bioconversion */,
    'c_6d7f6693' /* inactivation */, 'c_28427' /* inhibition */, 'c_330999' /* processus biologique */,
  ],
  technology: ['c_7644' /* technologie */],
  activities: [
    'c_5495' /* conditionnement (packaging) */, 'c_7427' /* stockage */, 'c_7401' /* stérilisation */,
    'c_7402' /* stérilisation (germes) */, 'c_10397' /* désinfection */, 'c_1661' /* nettoyage */,
    'c_330899' /* étiquetage */, 'c_35702' /* certification */, 'c_2736' /* contrôle continu */,
    'c_3894' /* inspection */, 'c_49928' /* analyse */, 'c_3485' /* manutention */, 'c_7874' /* transport */,
    'c_4668' /* mesure (activité) */, 'c_3791' /* identification */, 'c_a97eb278' /* détection */,
    'c_4911' /* surveillance */, 'c_2208' /* conception */, 'c_16018' /* développement de produit */,
    'c_2838' /* alimentation */, 'c_6200' /* production */, 'c_203' /* agriculture */,
    'c_550' /* aquaculture */, 'c_3671' /* horticulture */, 'c_330896' /* protection */,
    'c_4620' /* marketing */, 'c_7848' /* commerce */, 'c_330898' /* collecte */,
  ],
  methods: ['c_4788' /* méthode: analytical, laboratory, control, cooking, hygiene... */],
  equipment: ['c_2631' /* matériel */, 'c_7431' /* installation de stockage */],
  quality: [
    'c_49874' /* caractéristique: quality, composition, physico-chemical properties... */,
    'c_330493' /* mesure: pH, water content, brix, temperature... */,
    'c_5831' /* état physique: emulsions, solutions, formulations */, 'c_1762' /* propriété colloïdale */,
    'c_10350' /* détérioration */, 'c_28317' /* contamination */, 'c_330706' /* phénomène chimique */,
    'c_27944' /* phénomène physique */, 'c_330736' /* danger */,
    'c_24158' /* défaut */, 'c_2154' /* maladie de carence */, 'c_24842' /* maladie transmissible par aliment */,
    'c_6051' /* intoxication */, 'c_8879' /* trouble alimentaire */, 'c_4767' /* trouble du métabolisme */,
    'c_5837' /* fonction physiologique */, 'c_4b49522d' /* propriété bioactive */,
    'c_4438' /* perte: post-harvest losses, food waste */, 'c_2230' /* stade de développement: maturity */,
  ],
  structures: ['c_330908' /* structure organique: plant and animal parts, tissues */],
  standards: [
    'c_7367' /* norme */, 'c_330900' /* étiquette */, 'c_4667' /* schéma alimentaire */,
    'c_331040' /* exigence */, 'c_3848' /* industrie */, 'c_24887' /* matière première */,
    'c_3026' /* ressource alimentaire */, 'c_5979' /* ressource végétale */, 'c_e62d5385' /* ressource aquatique */,
  ],
  disciplines: ['c_37989' /* science: food science, microbiology, chemistry, toxicology... */],
};

/** Branches cut out of the roots above: places, administration, economy, geology, ICT, fishing gear. */
const EXCLUDED_BRANCHES = [
  'c_330988' /* localisation */, 'c_331000' /* site */, 'c_330904' /* pays */,
  'c_25341' /* sédiment */, 'c_6628' /* roche */, 'c_7181' /* roche mère */, 'c_7424' /* pierre */,
  'c_25724' /* explosif */, 'c_34841' /* gaz à effet de serre */, 'c_7159' /* amendement du sol */,
  'c_b87ee2a1' /* lest */, 'c_3862' /* traitement de l'information */,
  'c_8180' /* véhicule */, 'c_e4d170f5' /* aide à la navigation */, 'c_2946' /* engin de pêche */,
  'c_14093' /* satellite */, 'c_5a1ea092' /* équipement océanographique */, 'c_6ba5774f' /* équipement géophysique */,
  'c_c568829a' /* sonar */, 'c_24071' /* radar */, 'c_3058' /* matériel forestier */,
  'c_2439' /* matériel de terrassement */, 'c_25343' /* matériel de forage */,
  'c_76b6f574' /* équipement d'exploitation minière */, 'c_25752' /* matériel de défrichement */,
  'c_9000083' /* TIC */, 'c_9861' /* cinématographie */, 'c_9000043' /* technologie de l'éducation */,
  'c_7377' /* méthode statistique */, 'c_7640' /* méthode pédagogique */, 'c_31909' /* modes de transport */,
  'c_85f786a1' /* méthode de chasse */, 'c_5209' /* simulation */, 'c_24110' /* détermination de l'âge */,
  'c_28044' /* carbonisation du bois */, 'c_36586' /* Dris */, 'c_330972' /* méthode du relevé */,
  'c_24392' /* étude de cas */, 'c_0b7f85d4' /* technique bright spot */, 'c_2950' /* méthode de pêche */,
  'c_4625' /* technique de vente */, 'c_28011' /* technique de gestion */,
  'c_2807' /* système d'exploitation agricole */, 'c_2934' /* pêches (fisheries management) */,
  'c_3230' /* géographie */, 'c_2438' /* sciences de la terre */, 'c_36390' /* sciences sociales */,
  'c_32902' /* bibliothéconomie */, 'c_3864' /* science de l'information */, 'c_330831' /* science formelle */,
  'c_895b419e' /* taphonomie */, 'c_1332335179480' /* science forensique */, 'c_29008' /* typologie */,
  'c_fb96b020' /* science ouverte */, 'c_7631' /* taxonomie */, 'c_27769' /* informatique */,
  'c_0df381c0' /* propriété mathématique */, 'c_330883' /* propriété du sol */, 'c_0a8b4e1e' /* relief */,
  'c_84174552' /* constance du vent */, 'c_34115' /* niveau de la mer */, 'c_29583' /* direction du vent */,
  'c_0e551f76' /* constantes de la marée */, 'c_8c601945' /* sélectivité des engins de pêche */,
  'c_15992' /* aptitude des terres */, 'c_fef7f706' /* connectivité de l'habitat */, 'c_f197cbef' /* aptitude des habitats */,
  'c_85cd471e' /* invalidité */, 'c_ffe133b7' /* propriété des ondes */, 'c_34910' /* caractéristique du peuplement */,
  'c_6214' /* rentabilité */, 'c_6349ab63' /* abordabilité */, 'c_02516980' /* erreur */,
  'c_6178' /* prix */, 'c_3912' /* taux d'intérêt */, 'c_28681' /* taux de change */, 'c_16593' /* indice de prix */,
  'c_41e0c9ce' /* rendement de l'investissement */, 'c_fb86e843' /* indice de pauvreté */, 'c_35691' /* valeur économique */,
  'c_e6463ff1' /* tourbillon */, 'c_ac848b53' /* échelle d'état de mer */, 'c_31857628' /* échelle de Beaufort */,
  'c_fb04b64e' /* longueur de Monin-Obukhov */, 'c_1cb3b243' /* écoulement fluvial */, 'c_29685' /* hauteur des eaux */,
  'c_9f23e103' /* charge solide */, 'c_09b1b603' /* unité de baleine bleue */, 'c_d083c0ff' /* déplacement (navire) */,
  'c_e6e1403a' /* capacité de pêche */, 'c_24027' /* effort de pêche */, 'c_e082277b' /* puissance de pêche */,
  'c_2ad51901' /* capture admissible totale */, 'c_39ac18f7' /* capture par unité d'effort */, 'c_6c0e24c5' /* capturabilité */,
  'c_3e445134' /* catégorie de capture */, 'c_2bda498c' /* rendement par recrue */, 'c_ff1390b5' /* prise par âge */,
  'c_6a9637f2' /* taux d'exploitation */, 'c_28691' /* nombre d'exploitations agricoles */,
  'c_5b695022' /* maladie de caisson */, 'c_fcf474bc' /* blanchiment des coraux */,
  'c_a9d919f6' /* propriété géothermique */, 'c_33076' /* homothermie (hydrogéologie) */,
  'c_409a6013' /* texture des sédiments */,
  'c_8262' /* virus */, 'c_34318' /* virus pathogène */, 'c_5417' /* plante ornementale */,
  'c_32736' /* animal de zoo */, 'c_5742' /* animal de compagnie */, 'c_32635' /* animal de combat */,
  'c_5699' /* animal savant */,
];

/** The organism tree is mostly Linnaean taxonomy (~23,000 concepts); only parts of it are kept. */
const ORGANISM_ROOT = 'c_49904';
const TAXONOMY_ROOTS = ['c_330944' /* Eukaryota */, 'c_330939' /* prokaryotae */];
/** Linked taxa (rule b) bring their descendants only when they are species or genus sized. */
const SMALL_TAXON = 60;
/**
 * Rule (c): taxa of the cluster's flagship products, aromatic/medicinal plants, seafood, hive and
 * stored-product pests, and food microbiology, by AGROVOC label; each with all its descendants.
 */
const DOMAIN_TAXA = [
  // argan, olive, date palm, saffron, cactus, rose, citrus, almond, fig, pomegranate, carob, shea, jojoba
  'Argania', 'Olea', 'Phoenix', 'Crocus', 'Opuntia', 'Rosa', 'Citrus', 'Prunus dulcis', 'Ficus carica',
  'Punica', 'Ceratonia', 'Vitellaria', 'Simmondsia', 'Cactaceae', 'Vitis vinifera',
  // aromatic and medicinal plants of Morocco, essential-oil plants
  'Lavandula', 'Rosmarinus', 'Origanum', 'Mentha', 'Salvia', 'Artemisia', 'Cedrus', 'Tetraclinis',
  'Juniperus', 'Pistacia', 'Myrtus', 'Laurus', 'Eucalyptus', 'Pelargonium', 'Jasminum', 'Cistus',
  'Thymus (genre)', 'Lawsonia (Lythraceae)', 'Anthemis nobilis', 'Nigella', 'Cuminum', 'Coriandrum', 'Foeniculum', 'Pimpinella', 'Aloe', 'Capparis',
  'Matricaria', 'Calendula', 'Lippia', 'Aloysia', 'Melissa', 'Ocimum', 'Capsicum',
  // cereals and pulses
  'Triticum', 'Hordeum', 'Avena', 'Cicer', 'Lens', 'Vicia faba',
  // hive, seafood, dairy animals
  'Apis', 'Sardina', 'Sardina pilchardus', 'Sardinella', 'Engraulis', 'Octopus', 'Sepia', 'Mytilus',
  'Crassostrea', 'Ostrea', 'Thunnus', 'Scomber', 'Merluccius', 'Camelus', 'Capra', 'Ovis aries', 'Bos',
  // hive and stored-product pests
  'Varroa', 'Galleria', 'Sitophilus', 'Rhyzopertha', 'Tribolium', 'Plodia', 'Ephestia', 'Callosobruchus',
  'Ectomyelois', 'Ceratitis',
  // food microbiology (bacteria are kept anyway through 'micro-organisme')
  'levure', 'moisissure', 'Saccharomyces', 'Zygosaccharomyces', 'Aspergillus', 'Penicillium', 'Candida',
  'Fusarium', 'Rhizopus', 'Mucor', 'Botrytis', 'Debaryomyces', 'Kluyveromyces', 'geotrichum',
];

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** RFC 4180 CSV: quoted fields with embedded commas, newlines and doubled quotes; CRLF or LF. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function readCsv(file) {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k] ?? ''])));
}

const split = (value) => (value ? value.split('|').map((s) => s.trim()).filter(Boolean) : []);

/** English labels and synonyms from the OBO subsets: code → { name, synonyms }. */
function readObo(dir) {
  const terms = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.obo')).sort()) {
    let term = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      if (line === '[Term]') { term = null; continue; }
      const id = /^id: .*\/(c_[\w]+)\s*$/.exec(line);
      if (id) {
        term = terms.get(id[1]) ?? { name: null, synonyms: [] };
        terms.set(id[1], term);
        continue;
      }
      if (!term) continue;
      if (line.startsWith('name: ')) term.name ??= line.slice(6).trim();
      else if (line.startsWith('synonym: ')) {
        const synonym = /^synonym: "((?:[^"\\]|\\.)*)"/.exec(line);
        if (synonym) term.synonyms.push(synonym[1].replace(/\\(.)/g, '$1').trim());
      }
    }
  }
  return terms;
}

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A Linnaean name: Genus, Genus species, with optional subsp./var./pv. parts. */
const SCIENTIFIC_NAME = /^[A-Z][a-z]+(?:-[a-z]+)?(?: (?:[a-z]+(?:-[a-z]+)*|(?:subsp|var|pv|f|ssp|cv)\. [A-Za-z-]+|x|×))*$/;

function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Preferred label first, then alternatives, without duplicates (compared case- and accent-folded). */
function uniqueLabels(labels) {
  const seen = new Set();
  const out = [];
  for (const label of labels) {
    const key = fold(label);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(label);
  }
  return out;
}

/** Hidden labels are kept unless they are misspellings or variants of a visible label (edit distance ≤ 2 once folded). */
function usefulHidden(hidden, visible) {
  const folded = visible.map(fold);
  return hidden.filter((label) => folded.every((v) => editDistance(fold(label), v) > 2 && !v.startsWith(fold(label))));
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function main() {
  if (!statSync(SOURCE, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`AGROVOC extracts not found at ${SOURCE}`);
    process.exit(1);
  }
  const fr = new Map(readCsv(join(SOURCE, 'agrovoc-fr.csv')).map((r) => [r.code, r]));
  const ar = new Map(readCsv(join(SOURCE, 'agrovoc-ar.csv')).map((r) => [r.code, r]));
  const relations = new Map(readCsv(join(SOURCE, 'agrovoc-relations.csv')).map((r) => [r.code, r]));
  const obo = readObo(join(SOURCE, 'en'));
  const oboRelated = readOboRelationships(join(SOURCE, 'en'));
  const oboNamed = readOboNamedReferences(join(SOURCE, 'en'), obo);
  const englishWords = englishVocabulary(join(SOURCE, 'en'), SHARED_DATA);
  // English labels AGROVOC gives (OBO names, synonyms and references): a derived cognate equal to
  // one of them would be another concept's label, so it is not derived.
  const agrovocEnglish = new Set([...[...obo.values()].flatMap((t) => [t.name, ...t.synonyms]), ...oboNamed.values()].filter(Boolean).map(fold));

  const narrower = new Map();
  const broader = new Map();
  for (const [code, r] of relations) {
    narrower.set(code, split(r.all_narrower));
    broader.set(code, split(r.all_broader));
  }
  const known = (code) => relations.has(code) || fr.has(code) || ar.has(code);

  const descendants = (roots, stopAt = new Set()) => {
    const seen = new Set();
    const stack = roots.filter(known);
    while (stack.length) {
      const code = stack.pop();
      if (seen.has(code) || stopAt.has(code)) continue;
      seen.add(code);
      stack.push(...(narrower.get(code) ?? []));
    }
    return seen;
  };

  const unknown = [...Object.values(DOMAIN_ROOTS).flat(), ...EXCLUDED_BRANCHES].filter((code) => !known(code));
  if (unknown.length) console.warn(`  warning: codes not in the extracts: ${unknown.join(', ')}`);
  const excluded = new Set(EXCLUDED_BRANCHES.filter(known));
  const places = descendants(['c_330988', 'c_331000', 'c_330904']);
  const organisms = descendants([ORGANISM_ROOT]);
  const taxonomy = descendants(TAXONOMY_ROOTS);

  // Non-organism domain concepts.
  const domain = descendants(Object.values(DOMAIN_ROOTS).flat(), excluded);
  for (const code of domain) if (organisms.has(code)) domain.delete(code);

  // Organisms (a): the groupings by role or use (plants by use, livestock, fish and shellfish,
  // micro-organisms and bacteria), i.e. the organism tree without the Linnaean taxonomy of
  // eukaryotes, without viruses and the excluded groups.
  const byRole = descendants([ORGANISM_ROOT], new Set([...TAXONOMY_ROOTS.filter((c) => c !== 'c_330939'), ...excluded]));
  // prokaryotae is reached through micro-organisme > Bacteria; keep bacteria, not archaea.
  const bacteria = descendants(['c_765']);
  for (const code of descendants(['c_330939'])) if (!bacteria.has(code)) byRole.delete(code);
  byRole.delete(ORGANISM_ROOT);

  // Organisms (b): taxa that kept non-organism concepts point to (OBO isDerivedFrom, isMadeFrom,
  // produces... and the CSV related links), with their descendants when species or genus sized.
  const linked = new Set();
  for (const code of domain) {
    const targets = [...split(relations.get(code)?.all_related), ...(oboRelated.get(code) ?? [])];
    for (const target of targets) if (organisms.has(target)) linked.add(target);
  }
  const linkedTaxa = new Set();
  for (const code of linked) {
    const below = descendants([code], excluded);
    if (below.size <= SMALL_TAXON) below.forEach((c) => linkedTaxa.add(c));
    else linkedTaxa.add(code);
  }

  // Organisms (c): the cluster's flagship taxa, by label.
  const byLabel = new Map();
  for (const [code, r] of fr) byLabel.set(r.label_fr, [...(byLabel.get(r.label_fr) ?? []), code]);
  const missingTaxa = [];
  const flagship = new Set();
  for (const name of DOMAIN_TAXA) {
    const codes = (byLabel.get(name) ?? []).filter((c) => organisms.has(c));
    if (!codes.length) missingTaxa.push(name);
    descendants(codes, excluded).forEach((c) => flagship.add(c));
  }

  const selected = new Set([...domain, ...byRole, ...linkedTaxa, ...flagship]);
  for (const code of selected) {
    if (places.has(code) || excluded.has(code) || !broader.get(code)?.length) selected.delete(code); // the 25 top concepts ("produit", "méthode") are too generic
  }

  // Labels.
  const concepts = [];
  const counts = { total: 0, fr: 0, ar: 0, en: 0, enFromObo: 0, enFallback: 0, enFromOboReferences: 0, enFromCognates: 0, all3: 0, organisms: 0 };
  const derivedEnglish = [];
  for (const code of [...selected].sort(compareCodes)) {
    const f = fr.get(code);
    const a = ar.get(code);
    const frVisible = f ? [f.label_fr, ...split(f.all_alternative_fr)].filter(Boolean) : [];
    const frLabels = uniqueLabels([...frVisible, ...usefulHidden(f ? split(f.all_hidden_fr) : [], frVisible)]);
    // A few Arabic labels join two variants with an Arabic semicolon: "خشب أولي؛ خشب ربيعي".
    const arAll = (a ? [a.label_ar, ...split(a.all_alternative_ar)] : []).flatMap((l) => l.split('؛')).map((l) => l.trim()).filter(Boolean);
    const arVisible = arAll.filter((l) => ARABIC_LETTER.test(l));
    const arLabels = uniqueLabels([...arVisible, ...usefulHidden(a ? split(a.all_hidden_ar).filter((l) => ARABIC_LETTER.test(l)) : [], arVisible)]);
    // The Arabic extract falls back to the English label (or the scientific name) when no Arabic
    // label exists: those Latin-script labels are English labels, never Arabic ones.
    const latinFromArabic = arAll.filter((l) => !ARABIC_LETTER.test(l));
    const term = obo.get(code);
    const isOrganism = organisms.has(code);
    const scientific = isOrganism && taxonomy.has(code) ? frVisible.filter((l) => SCIENTIFIC_NAME.test(l)) : [];
    let enLabels = uniqueLabels([...(term ? [term.name, ...term.synonyms] : []), ...latinFromArabic, ...scientific].filter(Boolean));
    // English labels AGROVOC has but the OBO subsets do not define: the name other terms give this
    // concept when they point to it ("is_a: …/c_1032 ! bottling").
    if (!enLabels.length && oboNamed.has(code)) {
      enLabels = [oboNamed.get(code)];
      counts.enFromOboReferences++;
      derivedEnglish.push({ code, route: 'obo-reference', fr: frLabels[0] ?? '', en: enLabels[0] });
    }
    // French/English cognates of one-word French labels (conservative rule: englishCognates).
    if (!enLabels.length && !isOrganism) {
      const cognates = uniqueLabels(frVisible.flatMap((label) => englishCognates(label, englishWords))).filter((label) => !agrovocEnglish.has(fold(label)));
      if (cognates.length) {
        enLabels = cognates;
        counts.enFromCognates++;
        derivedEnglish.push({ code, route: 'cognate', fr: frVisible.join(' | '), en: cognates.join(' | ') });
      }
    }
    if (!frLabels.length && !arLabels.length && !enLabels.length) continue;

    concepts.push([code, frLabels, arLabels, enLabels, nearestKeptBroader(code, broader, selected)]);

    counts.total++;
    if (frLabels.length) counts.fr++;
    if (arLabels.length) counts.ar++;
    if (enLabels.length) counts.en++;
    if (term) counts.enFromObo++;
    else if (enLabels.length && (latinFromArabic.length || scientific.length)) counts.enFallback++;
    if (frLabels.length && arLabels.length && enLabels.length) counts.all3++;
    if (isOrganism) counts.organisms++;
  }

  const output = {
    attribution: 'AGROVOC Multilingual Thesaurus, FAO (CC BY)',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); derived from AGROVOC, selected and reformatted',
    source: 'https://www.fao.org/agrovoc/ — extracts agrovoc-fr.csv, agrovoc-ar.csv, agrovoc-relations.csv, en/subset-*.obo',
    built: new Date().toISOString().slice(0, 10),
    builder: 'scripts/build-concept-index.mjs',
    // Arrays rather than objects: smaller, and several times cheaper for tsc to type (the file is imported by TypeScript).
    format: 'concepts: [code, fr labels, ar labels, en labels, broader codes]; labels: preferred first, then alternatives; broader: nearest broader concepts kept in this index',
    counts,
    concepts,
  };
  mkdirSync(dirname(OUTPUT), { recursive: true });
  const json = `{\n${Object.entries(output)
    .map(([key, value]) => key === 'concepts'
      ? `"concepts":[\n${value.map((c) => JSON.stringify(c)).join(',\n')}\n]`
      : `${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join(',\n')}\n}\n`;
  writeFileSync(OUTPUT, json);
  if (process.env.DERIVED_ENGLISH_OUT) writeFileSync(process.env.DERIVED_ENGLISH_OUT, JSON.stringify(derivedEnglish, null, 1));

  const size = Buffer.byteLength(json);
  console.log(`Wrote ${OUTPUT}`);
  console.log(`  ${(size / 1024 / 1024).toFixed(2)} MB, ${counts.total} concepts (fr ${counts.fr}, ar ${counts.ar}, en ${counts.en} — ${counts.enFromObo} from OBO, ${counts.enFallback} Latin-script fallback, ${counts.enFromOboReferences} from OBO references, ${counts.enFromCognates} from cognates; all three ${counts.all3}; organisms ${counts.organisms})`);
  console.log(`  selection: domain ${domain.size}, organisms by role ${byRole.size}, linked taxa ${linkedTaxa.size}, flagship taxa ${flagship.size}`);
  if (missingTaxa.length) console.log(`  flagship taxa not in AGROVOC extract: ${missingTaxa.join(', ')}`);
}

/** OBO relationships (isDerivedFrom, isMadeFrom, produces, hasComponent...): code → target codes. */
function readOboRelationships(dir) {
  const links = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.obo'))) {
    let code = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      const id = /^id: .*\/(c_[\w]+)\s*$/.exec(line);
      if (id) { code = id[1]; continue; }
      const rel = code && /^relationship: \S+ .*\/(c_[\w]+)/.exec(line);
      if (rel) links.set(code, [...(links.get(code) ?? []), rel[1]]);
    }
  }
  return links;
}

/**
 * English names the OBO files give to concepts they do not define, in the comments of the lines
 * that point to them ("is_a: http://aims.fao.org/aos/agrovoc/c_1032  ! bottling"): AGROVOC's own
 * English preferred labels. code → name, for codes without an OBO [Term] of their own.
 */
function readOboNamedReferences(dir, terms) {
  const names = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.obo')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      const ref = /\/(c_[\w]+)\s*!\s*(.+?)\s*$/.exec(line);
      if (ref && !terms.has(ref[1]) && !names.has(ref[1])) names.set(ref[1], ref[2]);
    }
  }
  return names;
}

/**
 * Attested English words, to check derived cognates against (no English word list is installed):
 * every word of the OBO files (names, synonyms, English definitions), and the words written at
 * least twice in the English texts of ../shared/data (reviewer-gold titles and abstracts,
 * xling-dev English needs and researchers).
 */
function englishVocabulary(oboDir, sharedData) {
  const words = new Set();
  const wordsOf = (text) => text.toLowerCase().match(/[a-z]+/g) ?? [];
  for (const file of readdirSync(oboDir).filter((f) => f.endsWith('.obo'))) {
    for (const line of readFileSync(join(oboDir, file), 'utf8').split(/\r?\n/)) {
      if (/^(?:name|synonym|def):/.test(line) || /!\s/.test(line)) for (const w of wordsOf(line.replace(/https?:\S+/g, ''))) words.add(w);
    }
  }
  const counts = new Map();
  const addText = (text) => { for (const w of wordsOf(text ?? '')) counts.set(w, (counts.get(w) ?? 0) + 1); };
  const gold = join(sharedData, 'reviewer-gold');
  if (statSync(gold, { throwIfNoEntry: false })?.isDirectory()) {
    for (const draw of readdirSync(gold).filter((d) => /^d_20_\d+$/.test(d))) {
      const submissions = JSON.parse(readFileSync(join(gold, draw, 'submissions.json'), 'utf8'));
      for (const paper of Object.values(submissions)) addText(`${paper.content?.title ?? ''} ${paper.content?.abstract ?? ''}`);
      const archives = join(gold, draw, 'archives');
      for (const file of readdirSync(archives)) {
        for (const line of readFileSync(join(archives, file), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const paper = JSON.parse(line);
          addText(`${paper.content?.title ?? ''} ${paper.content?.abstract ?? ''}`);
        }
      }
    }
  }
  const xling = join(sharedData, 'xling-dev', 'collection.json');
  if (statSync(xling, { throwIfNoEntry: false })?.isFile()) {
    const collection = JSON.parse(readFileSync(xling, 'utf8'));
    for (const need of collection.needs ?? []) if (need.language === 'en') addText(JSON.stringify(need));
    for (const researcher of collection.researchers ?? []) if ((researcher.languages ?? []).includes('en')) addText(JSON.stringify(researcher));
  }
  for (const [w, n] of counts) if (n >= 2) words.add(w);
  return words;
}

/**
 * English labels for a one-word French label, by the regular correspondences of learned words
 * (biologie/biology, génétique/genetics, acidité/acidity, réacteur/reactor, additif/additive,
 * acide/acid, distillation/distillation), each kept only when the English form is an attested
 * English word (englishVocabulary). Words without a learned suffix are never carried over as they
 * are: "four", "rate", "pain", "raisin", "lard" are false friends.
 */
function englishCognates(label, vocabulary) {
  // A qualified label ("dispersion (méthode d'application)") names one sense of an ambiguous word: not carried over.
  if (/\)\s*$/.test(label)) return [];
  const cleaned = label.trim();
  // Two words, a noun and an adjective that are both cognates: the English order is adjective,
  // noun ("chromatographie liquide" → "liquid chromatography", "stabilité oxydative" → "oxidative stability").
  const pair = /^(\p{Ll}+) (\p{Ll}+)$/u.exec(cleaned);
  if (pair && FRENCH_ADJECTIVE.test(pair[2])) {
    const nouns = cognateWords(pair[1], vocabulary);
    const adjectives = pair[2] === 'alimentaire' ? ['food'] : cognateWords(pair[2], vocabulary).filter((a) => ENGLISH_ADJECTIVE.test(a));
    return nouns.length && adjectives.length ? [`${adjectives[0]} ${nouns[0]}`] : [];
  }
  return cognateWords(cleaned, vocabulary);
}
/** French adjective endings (masculine or feminine) and the English endings they correspond to. */
const FRENCH_ADJECTIVE = /(?:ique|if|ive|aire|ide|al|ale|ant|ante|ent|ente|eux|euse)$/;
const ENGLISH_ADJECTIVE = /(?:ic|ical|ive|ary|id|al|ant|ent|ous)$/;

/** English cognates of one French word (see englishCognates). */
function cognateWords(cleaned, vocabulary) {
  // "alimentaire" is "food" in English ("alimentary" is the gut): see englishCognates.
  // Nor past participles ("composé" is a compound, not "compose").
  if (cleaned === 'alimentaire' || cleaned.length < 5 || cleaned.endsWith('é')) return [];
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(cleaned) || cleaned.length < 5) return [];
  const word = cleaned.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/yd/g, 'id');
  const candidates = [];
  const rule = (suffix, ...endings) => { if (word.endsWith(suffix) && word.length - suffix.length >= 3) for (const e of endings) candidates.push(word.slice(0, -suffix.length) + e); };
  rule('ique', 'ic', 'ics', 'ical');
  rule('ie', 'y');
  rule('ite', 'ity');
  rule('eur', 'or');
  rule('if', 'ive');
  rule('ive', 'ive');
  rule('isme', 'ism');
  rule('iste', 'ist');
  rule('aire', 'ary');
  rule('eux', 'ous');
  rule('euse', 'ous');
  rule('ale', 'al');
  rule('al', 'al');
  rule('ante', 'ant');
  rule('ente', 'ent');
  rule('ine', 'in', 'ine');
  rule('ide', 'id', 'ide');
  rule('ose', 'ose');
  rule('ase', 'ase');
  rule('ol', 'ol');
  rule('ate', 'ate');
  rule('tion', 'tion');
  rule('sion', 'sion');
  rule('ant', 'ant');
  rule('ent', 'ent');
  rule('ence', 'ence');
  rule('ance', 'ance');
  rule('ure', 'ure');
  rule('one', 'one', 'on');
  rule('ule', 'ule');
  rule('yse', 'ysis');
  rule('ese', 'esis');
  // Identical words only where the rules above (learned suffixes) produce them.
  const found = [...new Set(candidates)].filter((c) => c.length >= 5 && vocabulary.has(c));
  return found;
}

/** Broader concepts, skipping those not kept: the nearest kept ancestors on each path. */
function nearestKeptBroader(code, broader, selected) {
  const out = new Set();
  const seen = new Set([code]);
  const queue = [...(broader.get(code) ?? [])];
  while (queue.length) {
    const next = queue.shift();
    if (seen.has(next)) continue;
    seen.add(next);
    if (selected.has(next)) out.add(next);
    else queue.push(...(broader.get(next) ?? []));
  }
  return [...out];
}

function compareCodes(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
