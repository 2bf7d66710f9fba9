/**
 * Demo data for Passerelle — a fictional but realistic picture of a Moroccan agri-food and
 * cosmetics cluster: cooperatives, SMEs and start-ups posting innovation needs, and university
 * laboratories offering expertise. Every person, organisation, e-mail, phone number, website and
 * publication below is fictional (websites use the reserved `.example` TLD, DOIs the `10.9999/`
 * prefix). Plain typed data only: this module imports nothing so it can be used by the seeder,
 * tests and benchmarks alike.
 */

export type DemoOrganisationKind = 'COMPANY' | 'STARTUP' | 'COOPERATIVE' | 'RESEARCH_LAB' | 'UNIVERSITY' | 'SUPPORT_BODY';
export type DemoSector = 'AGRIFOOD' | 'COSMETICS';
export type DemoLanguage = 'fr' | 'ar' | 'en';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: DemoOrganisationKind;
  sectors: DemoSector[];
  city: string;
  region: string;
  size: 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';
  description: string;
  website: string | null;
  membershipStatus: 'ACTIVE' | 'PENDING' | 'LAPSED';
}

export interface DemoUser {
  key: string;
  email: string;
  fullName: string;
  phone: string | null;
  role: 'INDUSTRIAL' | 'RESEARCHER' | 'STAFF' | 'ADMIN';
  organisationKey: string | null;
  preferredLanguage: DemoLanguage;
}

export interface DemoPublication {
  title: string;
  abstract: string;
  year: number;
  doi: string | null;
}

export interface DemoProfile {
  userKey: string;
  headline: string;
  expertise: string;
  keywords: string[];
  techniques: string[];
  equipment: string[];
  publications: DemoPublication[];
  languages: DemoLanguage[];
  availability: 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';
  trlMin: number;
  trlMax: number;
}

export interface DemoNeed {
  key: string;
  organisationKey: string;
  authorKey: string;
  title: string;
  description: string;
  language: DemoLanguage;
  sector: DemoSector;
  keywords: string[];
  trlCurrent: number;
  trlTarget: number;
  budgetMinMad: number | null;
  budgetMaxMad: number | null;
  deadline: string | null;
  visibility: 'PUBLIC' | 'MEMBERS' | 'STAFF_ONLY';
  anonymous: boolean;
  status: 'DRAFT' | 'OPEN' | 'IN_PROGRESS' | 'CLOSED';
}

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export const demoOrganisations: DemoOrganisation[] = [
  // --- Cooperatives ---------------------------------------------------------------------------
  {
    key: 'coop-argan-tiznit',
    name: 'Coopérative Féminine Tifaout Argane',
    kind: 'COOPERATIVE',
    sectors: ['COSMETICS', 'AGRIFOOD'],
    city: 'Tiznit',
    region: 'Souss-Massa',
    size: 'SMALL',
    description:
      "Coopérative de 64 femmes de la province de Tiznit produisant de l'huile d'argan alimentaire et cosmétique extraite par pressage à froid. Labellisée IGP Argane, elle souhaite moderniser son unité de pressage et développer des produits à plus forte valeur ajoutée.",
    website: 'https://tifaout-argane.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'coop-argan-essaouira',
    name: 'Coopérative Taddart Argan Essaouira',
    kind: 'COOPERATIVE',
    sectors: ['COSMETICS'],
    city: 'Essaouira',
    region: 'Marrakech-Safi',
    size: 'SMALL',
    description:
      'A women-led cooperative in the Haha area near Essaouira producing cosmetic argan oil, soaps and hair care products. Most of its output is sold to fair-trade buyers in Europe.',
    website: 'https://taddart-argan.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'coop-safran-taliouine',
    name: 'Coopérative Zafrane Souktana',
    kind: 'COOPERATIVE',
    sectors: ['AGRIFOOD'],
    city: 'Taliouine',
    region: 'Souss-Massa',
    size: 'MICRO',
    description:
      'تعاونية لإنتاج الزعفران الخالص في منطقة تالوين، تضم نحو أربعين منتجاً من القرى المجاورة. تسعى التعاونية إلى تحسين التجفيف والتخزين والحصول على تصنيف الجودة وفق المعيار ISO 3632.',
    website: 'https://zafrane-souktana.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'coop-cactus-sidi-ifni',
    name: 'Coopérative Aknari Aït Baâmrane',
    kind: 'COOPERATIVE',
    sectors: ['AGRIFOOD', 'COSMETICS'],
    city: 'Sidi Ifni',
    region: 'Guelmim-Oued Noun',
    size: 'SMALL',
    description:
      "Coopérative du pays Aït Baâmrane qui valorise la figue de Barbarie : huile de pépins cosmétique, confitures, vinaigre et farine de cladodes. Touchée par la cochenille, elle diversifie ses produits et ses sources d'approvisionnement.",
    website: 'https://aknari-ifni.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'coop-dattes-errachidia',
    name: 'Coopérative Tamr Tafilalet',
    kind: 'COOPERATIVE',
    sectors: ['AGRIFOOD'],
    city: 'Errachidia',
    region: 'Drâa-Tafilalet',
    size: 'SMALL',
    description:
      'تعاونية فلاحية بإقليم الرشيدية تجمع منتجي التمور من واحات تافيلالت. تقوم بفرز التمور وتعبئتها وتغليفها، وتسعى إلى تحويل الأصناف منخفضة القيمة إلى عجينة التمر ودبس التمر.',
    website: 'https://tamr-tafilalet.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'coop-couscous-khenifra',
    name: 'Coopérative Féminine Nour Couscous',
    kind: 'COOPERATIVE',
    sectors: ['AGRIFOOD'],
    city: 'Khénifra',
    region: 'Béni Mellal-Khénifra',
    size: 'MICRO',
    description:
      "Coopérative de femmes rurales du Moyen Atlas qui roulent à la main du couscous de blé dur, d'orge et de maïs ainsi que des pâtes traditionnelles (berkoukes, mhamsa). Elle vend en grandes surfaces et cherche à standardiser sa qualité.",
    website: 'https://nour-couscous.example',
    membershipStatus: 'ACTIVE',
  },
  // --- Food SMEs ------------------------------------------------------------------------------
  {
    key: 'pme-huilerie-meknes',
    name: 'Huilerie Zitouna Meknès',
    kind: 'COMPANY',
    sectors: ['AGRIFOOD'],
    city: 'Meknès',
    region: 'Fès-Meknès',
    size: 'MEDIUM',
    description:
      "Moulin moderne à deux phases traitant environ 8 000 tonnes d'olives de variété Picholine marocaine par campagne. L'entreprise exporte une huile d'olive vierge extra et cherche à valoriser ses grignons.",
    website: 'https://zitouna-meknes.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'pme-laiterie-doukkala',
    name: 'Laiterie Doukkala Lait',
    kind: 'COMPANY',
    sectors: ['AGRIFOOD'],
    city: 'El Jadida',
    region: 'Casablanca-Settat',
    size: 'MEDIUM',
    description:
      'A regional dairy processing about 60,000 litres of milk a day, collected in the Doukkala plain, into pasteurised milk, lben, raïb and fresh cheese.',
    website: 'https://doukkala-lait.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'pme-biscuiterie-casa',
    name: 'Biscuiterie Al Amal',
    kind: 'COMPANY',
    sectors: ['AGRIFOOD'],
    city: 'Casablanca',
    region: 'Casablanca-Settat',
    size: 'LARGE',
    description:
      "Fabricant de biscuits, gaufrettes et cakes distribués dans tout le Maroc et en Afrique de l'Ouest. L'entreprise travaille à la réformulation nutritionnelle de ses gammes ; son adhésion au cluster est à renouveler.",
    website: 'https://biscuiterie-alamal.example',
    membershipStatus: 'LAPSED',
  },
  // --- Cosmetics start-ups --------------------------------------------------------------------
  {
    key: 'startup-nakhla',
    name: 'Nakhla Naturals',
    kind: 'STARTUP',
    sectors: ['COSMETICS'],
    city: 'Marrakech',
    region: 'Marrakech-Safi',
    size: 'MICRO',
    description:
      'A Marrakech start-up creating clean-label skincare with Moroccan botanicals: argan, prickly pear seed oil, rose and rosemary. Its products are sold online and in concept stores in Morocco and Europe.',
    website: 'https://nakhla-naturals.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'startup-warda-dades',
    name: 'Warda Dadès',
    kind: 'STARTUP',
    sectors: ['COSMETICS'],
    city: "Kelâat M'Gouna",
    region: 'Drâa-Tafilalet',
    size: 'SMALL',
    description:
      'شركة ناشئة بقلعة مكونة تقوم بتقطير الورد العطري لإنتاج ماء الورد والزيت العطري، وتطور مستحضرات تجميل طبيعية مستوحاة من وادي الورود.',
    website: 'https://warda-dades.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'startup-terra-moulouya',
    name: 'Terra Moulouya',
    kind: 'STARTUP',
    sectors: ['COSMETICS'],
    city: 'Fès',
    region: 'Fès-Meknès',
    size: 'MICRO',
    description:
      "Jeune entreprise qui transforme et conditionne le rhassoul (ghassoul) des gisements de la Moulouya en masques et poudres lavantes prêts à l'emploi pour le marché des cosmétiques naturels. Sa demande d'adhésion est en cours d'examen.",
    website: 'https://terra-moulouya.example',
    membershipStatus: 'PENDING',
  },
  // --- Research labs and universities ---------------------------------------------------------
  {
    key: 'lab-argan-agadir',
    name: 'Laboratoire Arganier et Valorisation des Ressources Naturelles (LAVRN)',
    kind: 'RESEARCH_LAB',
    sectors: ['COSMETICS', 'AGRIFOOD'],
    city: 'Agadir',
    region: 'Souss-Massa',
    size: 'SMALL',
    description:
      "Laboratoire de la Faculté des sciences d'Agadir (Université Ibn Zohr) consacré à l'arganier et aux ressources naturelles du Souss : technologie d'extraction, chimie des lipides, authenticité et valorisation des coproduits. Il dispose d'une presse pilote et d'une plateforme d'analyse chromatographique.",
    website: 'https://lavrn-uiz.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'univ-ibn-zohr',
    name: 'Université Ibn Zohr',
    kind: 'UNIVERSITY',
    sectors: ['AGRIFOOD', 'COSMETICS'],
    city: 'Agadir',
    region: 'Souss-Massa',
    size: 'LARGE',
    description:
      "Université publique du sud du Maroc dont les équipes travaillent sur les filières du Souss : argane, safran, figue de Barbarie, énergie solaire et agro-industrie.",
    website: 'https://uiz.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'univ-cadi-ayyad',
    name: 'Université Cadi Ayyad',
    kind: 'UNIVERSITY',
    sectors: ['COSMETICS', 'AGRIFOOD'],
    city: 'Marrakech',
    region: 'Marrakech-Safi',
    size: 'LARGE',
    description:
      'A large public university in Marrakech with strong teams in green extraction, cosmetic formulation and the chemistry of aromatic and medicinal plants.',
    website: 'https://uca.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'lab-pam-marrakech',
    name: 'Laboratoire des Plantes Aromatiques et Médicinales (LPAM)',
    kind: 'RESEARCH_LAB',
    sectors: ['COSMETICS', 'AGRIFOOD'],
    city: 'Marrakech',
    region: 'Marrakech-Safi',
    size: 'SMALL',
    description:
      "Laboratoire rattaché à l'Université Cadi Ayyad, spécialisé dans les huiles essentielles et extraits de plantes du Haut Atlas : romarin, thym, lavande, armoise. Il dispose d'un alambic pilote et d'une plateforme GC-MS.",
    website: 'https://lpam-uca.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'univ-mohammed-v',
    name: 'Université Mohammed V de Rabat',
    kind: 'UNIVERSITY',
    sectors: ['AGRIFOOD', 'COSMETICS'],
    city: 'Rabat',
    region: 'Rabat-Salé-Kénitra',
    size: 'LARGE',
    description:
      'جامعة عمومية بالرباط تضم فرق بحث في الكيمياء التحليلية والميكروبيولوجيا الغذائية وهندسة الطرائق وتكنولوجيا التغليف، وتقدم خدمات التحليل للشركات.',
    website: 'https://um5.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'univ-usmba',
    name: 'Université Sidi Mohamed Ben Abdellah',
    kind: 'UNIVERSITY',
    sectors: ['AGRIFOOD', 'COSMETICS'],
    city: 'Fès',
    region: 'Fès-Meknès',
    size: 'LARGE',
    description:
      "Université de Fès dont les laboratoires travaillent sur les emballages, le séchage et l'encapsulation, la valorisation des sous-produits oléicoles et les argiles marocaines.",
    website: 'https://usmba.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'lab-imra-rabat',
    name: 'Institut Marocain de Recherche Agronomique — Centre régional de Rabat (IMRA)',
    kind: 'RESEARCH_LAB',
    sectors: ['AGRIFOOD'],
    city: 'Rabat',
    region: 'Rabat-Salé-Kénitra',
    size: 'MEDIUM',
    description:
      'A public agronomic research centre working on cereal technology, saffron and date palm products, with an experimental station in the Tafilalet oases.',
    website: 'https://imra.example',
    membershipStatus: 'ACTIVE',
  },
  {
    key: 'ena-meknes',
    name: "École Nationale d'Agriculture de Meknès",
    kind: 'UNIVERSITY',
    sectors: ['AGRIFOOD'],
    city: 'Meknès',
    region: 'Fès-Meknès',
    size: 'MEDIUM',
    description:
      "École d'ingénieurs agronomes reconnue pour ses travaux sur l'oléiculture, les filières laitières et l'analyse sensorielle. Elle dispose d'un moulin expérimental et d'une salle de dégustation normalisée.",
    website: 'https://ena-meknes.example',
    membershipStatus: 'ACTIVE',
  },
  // --- Support body ---------------------------------------------------------------------------
  {
    key: 'cluster-agro-cosmetique-souss',
    name: 'Cluster Agro-Cosmétique Souss',
    kind: 'SUPPORT_BODY',
    sectors: ['AGRIFOOD', 'COSMETICS'],
    city: 'Agadir',
    region: 'Souss-Massa',
    size: 'SMALL',
    description:
      "Association qui fédère industriels, coopératives et laboratoires des filières agroalimentaire et cosmétique. Elle anime la mise en relation, monte des projets de R&D et gère un hall technologique de prototypage.",
    website: 'https://cluster-agrocosmetique-souss.example',
    membershipStatus: 'ACTIVE',
  },
];

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

export const demoUsers: DemoUser[] = [
  // --- Demo accounts and cluster staff (no organisation) --------------------------------------
  {
    key: 'admin',
    email: 'admin@passerelle.demo',
    fullName: 'Samir Bennis',
    phone: '+212 661 20 48 13',
    role: 'ADMIN',
    organisationKey: null,
    preferredLanguage: 'fr',
  },
  {
    key: 'staff',
    email: 'staff@passerelle.demo',
    fullName: 'Mouna Hajji',
    phone: '+212 662 31 57 09',
    role: 'STAFF',
    organisationKey: null,
    preferredLanguage: 'fr',
  },
  {
    key: 'staff-reda',
    email: 'reda.lazrak@passerelle.demo',
    fullName: 'Réda Lazrak',
    phone: '+212 663 74 12 86',
    role: 'STAFF',
    organisationKey: null,
    preferredLanguage: 'ar',
  },

  // --- Industrials ---------------------------------------------------------------------------
  {
    key: 'industrial',
    email: 'industrial@passerelle.demo',
    fullName: 'Aïcha Oubaha',
    phone: '+212 666 18 25 40',
    role: 'INDUSTRIAL',
    organisationKey: 'coop-argan-tiznit',
    preferredLanguage: 'fr',
  },
  {
    key: 'ind-zahra-benhammou',
    email: 'zahra.benhammou@taddart-argan.example',
    fullName: 'Zahra Ben Hammou',
    phone: '+212 667 42 90 31',
    role: 'INDUSTRIAL',
    organisationKey: 'coop-argan-essaouira',
    preferredLanguage: 'en',
  },
  {
    key: 'ind-mustapha-oulhaj',
    email: 'mustapha.oulhaj@zafrane-souktana.example',
    fullName: 'Mustapha Oulhaj',
    phone: '+212 668 05 77 12',
    role: 'INDUSTRIAL',
    organisationKey: 'coop-safran-taliouine',
    preferredLanguage: 'ar',
  },
  {
    key: 'ind-fadma-boulaich',
    email: 'fadma.boulaich@aknari-ifni.example',
    fullName: 'Fadma Boulaich',
    phone: null,
    role: 'INDUSTRIAL',
    organisationKey: 'coop-cactus-sidi-ifni',
    preferredLanguage: 'ar',
  },
  {
    key: 'ind-ahmed-sijilmassi',
    email: 'ahmed.sijilmassi@tamr-tafilalet.example',
    fullName: 'Ahmed Sijilmassi',
    phone: '+212 670 63 28 95',
    role: 'INDUSTRIAL',
    organisationKey: 'coop-dattes-errachidia',
    preferredLanguage: 'ar',
  },
  {
    key: 'ind-rkia-moutawakil',
    email: 'rkia.moutawakil@nour-couscous.example',
    fullName: 'Rkia Moutawakil',
    phone: '+212 671 84 16 02',
    role: 'INDUSTRIAL',
    organisationKey: 'coop-couscous-khenifra',
    preferredLanguage: 'ar',
  },
  {
    key: 'ind-hamid-tahiri',
    email: 'hamid.tahiri@zitouna-meknes.example',
    fullName: 'Hamid Tahiri',
    phone: '+212 672 39 50 74',
    role: 'INDUSTRIAL',
    organisationKey: 'pme-huilerie-meknes',
    preferredLanguage: 'fr',
  },
  {
    key: 'ind-nabil-skalli',
    email: 'nabil.skalli@doukkala-lait.example',
    fullName: 'Nabil Skalli',
    phone: '+212 674 27 81 63',
    role: 'INDUSTRIAL',
    organisationKey: 'pme-laiterie-doukkala',
    preferredLanguage: 'en',
  },
  {
    key: 'ind-leila-benchekroun',
    email: 'leila.benchekroun@biscuiterie-alamal.example',
    fullName: 'Leïla Benchekroun',
    phone: '+212 675 90 34 18',
    role: 'INDUSTRIAL',
    organisationKey: 'pme-biscuiterie-casa',
    preferredLanguage: 'fr',
  },
  {
    key: 'ind-sarah-elmansouri',
    email: 'sarah.elmansouri@nakhla-naturals.example',
    fullName: 'Sarah El Mansouri',
    phone: '+212 676 11 69 47',
    role: 'INDUSTRIAL',
    organisationKey: 'startup-nakhla',
    preferredLanguage: 'en',
  },
  {
    key: 'ind-younes-dadsi',
    email: 'younes.dadsi@warda-dades.example',
    fullName: 'Younes Dadsi',
    phone: '+212 677 58 03 26',
    role: 'INDUSTRIAL',
    organisationKey: 'startup-warda-dades',
    preferredLanguage: 'ar',
  },
  {
    key: 'ind-kenza-raji',
    email: 'kenza.raji@terra-moulouya.example',
    fullName: 'Kenza Raji',
    phone: '+212 678 46 72 90',
    role: 'INDUSTRIAL',
    organisationKey: 'startup-terra-moulouya',
    preferredLanguage: 'fr',
  },

  // --- Researchers: LAVRN, Agadir (argan) ----------------------------------------------------
  {
    key: 'researcher',
    email: 'researcher@passerelle.demo',
    fullName: 'Fatima Zahra Id Brahim',
    phone: '+212 661 73 04 58',
    role: 'RESEARCHER',
    organisationKey: 'lab-argan-agadir',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-karim-oubella',
    email: 'k.oubella@lavrn-uiz.example',
    fullName: 'Karim Oubella',
    phone: '+212 662 85 19 30',
    role: 'RESEARCHER',
    organisationKey: 'lab-argan-agadir',
    preferredLanguage: 'en',
  },
  {
    key: 'res-abderrahim-ouhssaine',
    email: 'a.ouhssaine@lavrn-uiz.example',
    fullName: 'Abderrahim Ouhssaine',
    phone: null,
    role: 'RESEARCHER',
    organisationKey: 'lab-argan-agadir',
    preferredLanguage: 'ar',
  },
  {
    key: 'res-nadia-elghazouani',
    email: 'n.elghazouani@lavrn-uiz.example',
    fullName: 'Nadia El Ghazouani',
    phone: '+212 663 40 92 67',
    role: 'RESEARCHER',
    organisationKey: 'lab-argan-agadir',
    preferredLanguage: 'en',
  },
  {
    key: 'res-youssef-amzil',
    email: 'y.amzil@lavrn-uiz.example',
    fullName: 'Youssef Amzil',
    phone: '+212 664 16 38 05',
    role: 'RESEARCHER',
    organisationKey: 'lab-argan-agadir',
    preferredLanguage: 'en',
  },
  {
    key: 'res-hanane-boutaleb',
    email: 'h.boutaleb@lavrn-uiz.example',
    fullName: 'Hanane Boutaleb',
    phone: null,
    role: 'RESEARCHER',
    organisationKey: 'lab-argan-agadir',
    preferredLanguage: 'fr',
  },

  // --- Researchers: Université Ibn Zohr, Agadir ----------------------------------------------
  {
    key: 'res-rachid-aitbenhaddou',
    email: 'r.aitbenhaddou@uiz.example',
    fullName: 'Rachid Aït Benhaddou',
    phone: '+212 665 27 83 41',
    role: 'RESEARCHER',
    organisationKey: 'univ-ibn-zohr',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-latifa-oukerrou',
    email: 'l.oukerrou@uiz.example',
    fullName: 'Latifa Oukerrou',
    phone: '+212 666 92 47 13',
    role: 'RESEARCHER',
    organisationKey: 'univ-ibn-zohr',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-mohamed-bachiri',
    email: 'm.bachiri@uiz.example',
    fullName: 'Mohamed Bachiri',
    phone: '+212 667 03 61 84',
    role: 'RESEARCHER',
    organisationKey: 'univ-ibn-zohr',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-lahcen-ouzzine',
    email: 'l.ouzzine@uiz.example',
    fullName: 'Lahcen Ouzzine',
    phone: '+212 668 75 20 39',
    role: 'RESEARCHER',
    organisationKey: 'univ-ibn-zohr',
    preferredLanguage: 'ar',
  },

  // --- Researchers: IMRA, Rabat ----------------------------------------------------------------
  {
    key: 'res-samira-benkirane',
    email: 's.benkirane@imra.example',
    fullName: 'Samira Benkirane',
    phone: '+212 669 14 56 72',
    role: 'RESEARCHER',
    organisationKey: 'lab-imra-rabat',
    preferredLanguage: 'en',
  },
  {
    key: 'res-brahim-tafraouti',
    email: 'b.tafraouti@imra.example',
    fullName: 'Brahim Tafraouti',
    phone: '+212 670 38 09 51',
    role: 'RESEARCHER',
    organisationKey: 'lab-imra-rabat',
    preferredLanguage: 'ar',
  },
  {
    key: 'res-khadija-lamrani',
    email: 'k.lamrani@imra.example',
    fullName: 'Khadija Lamrani',
    phone: null,
    role: 'RESEARCHER',
    organisationKey: 'lab-imra-rabat',
    preferredLanguage: 'fr',
  },

  // --- Researchers: Université Mohammed V, Rabat -----------------------------------------------
  {
    key: 'res-omar-benjelloun',
    email: 'o.benjelloun@um5.example',
    fullName: 'Omar Benjelloun',
    phone: '+212 671 62 95 08',
    role: 'RESEARCHER',
    organisationKey: 'univ-mohammed-v',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-salma-tazi',
    email: 's.tazi@um5.example',
    fullName: 'Salma Tazi',
    phone: '+212 672 07 43 26',
    role: 'RESEARCHER',
    organisationKey: 'univ-mohammed-v',
    preferredLanguage: 'en',
  },
  {
    key: 'res-hicham-elouafi',
    email: 'h.elouafi@um5.example',
    fullName: 'Hicham El Ouafi',
    phone: '+212 673 51 88 70',
    role: 'RESEARCHER',
    organisationKey: 'univ-mohammed-v',
    preferredLanguage: 'ar',
  },
  {
    key: 'res-claire-duvalbenali',
    email: 'c.duval-benali@um5.example',
    fullName: 'Claire Duval-Benali',
    phone: '+212 674 93 12 64',
    role: 'RESEARCHER',
    organisationKey: 'univ-mohammed-v',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-imane-cherkaoui',
    email: 'i.cherkaoui@um5.example',
    fullName: 'Imane Cherkaoui',
    phone: '+212 675 26 70 35',
    role: 'RESEARCHER',
    organisationKey: 'univ-mohammed-v',
    preferredLanguage: 'en',
  },

  // --- Researchers: Université Sidi Mohamed Ben Abdellah, Fès ----------------------------------
  {
    key: 'res-adil-fihri',
    email: 'a.fihri@usmba.example',
    fullName: 'Adil Fihri',
    phone: '+212 676 80 34 97',
    role: 'RESEARCHER',
    organisationKey: 'univ-usmba',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-zineb-mdaghri',
    email: 'z.mdaghri@usmba.example',
    fullName: 'Zineb Mdaghri',
    phone: '+212 677 15 62 48',
    role: 'RESEARCHER',
    organisationKey: 'univ-usmba',
    preferredLanguage: 'en',
  },
  {
    key: 'res-mehdi-bennani',
    email: 'm.bennani@usmba.example',
    fullName: 'Mehdi Bennani',
    phone: null,
    role: 'RESEARCHER',
    organisationKey: 'univ-usmba',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-soukaina-berrada',
    email: 's.berrada@usmba.example',
    fullName: 'Soukaina Berrada',
    phone: '+212 678 49 27 53',
    role: 'RESEARCHER',
    organisationKey: 'univ-usmba',
    preferredLanguage: 'en',
  },

  // --- Researchers: LPAM, Marrakech -----------------------------------------------------------
  {
    key: 'res-abdelilah-zahir',
    email: 'a.zahir@lpam-uca.example',
    fullName: 'Abdelilah Zahir',
    phone: '+212 661 58 36 20',
    role: 'RESEARCHER',
    organisationKey: 'lab-pam-marrakech',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-houda-ouarzazi',
    email: 'h.ouarzazi@lpam-uca.example',
    fullName: 'Houda Ouarzazi',
    phone: '+212 662 09 74 15',
    role: 'RESEARCHER',
    organisationKey: 'lab-pam-marrakech',
    preferredLanguage: 'en',
  },

  // --- Researchers: Université Cadi Ayyad, Marrakech -------------------------------------------
  {
    key: 'res-said-aitlhaj',
    email: 's.aitlhaj@uca.example',
    fullName: 'Saïd Aït Lhaj',
    phone: '+212 663 67 21 89',
    role: 'RESEARCHER',
    organisationKey: 'univ-cadi-ayyad',
    preferredLanguage: 'ar',
  },
  {
    key: 'res-ghita-benslimane',
    email: 'g.benslimane@uca.example',
    fullName: 'Ghita Benslimane',
    phone: '+212 664 32 85 06',
    role: 'RESEARCHER',
    organisationKey: 'univ-cadi-ayyad',
    preferredLanguage: 'en',
  },
  {
    key: 'res-sophie-marchandalami',
    email: 's.marchand-alami@uca.example',
    fullName: 'Sophie Marchand-Alami',
    phone: '+212 665 71 40 92',
    role: 'RESEARCHER',
    organisationKey: 'univ-cadi-ayyad',
    preferredLanguage: 'fr',
  },

  // --- Researchers: École Nationale d'Agriculture de Meknès -----------------------------------
  {
    key: 'res-driss-amrani',
    email: 'd.amrani@ena-meknes.example',
    fullName: 'Driss Amrani',
    phone: '+212 666 04 53 71',
    role: 'RESEARCHER',
    organisationKey: 'ena-meknes',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-naima-chraibi',
    email: 'n.chraibi@ena-meknes.example',
    fullName: 'Naïma Chraïbi',
    phone: '+212 667 89 16 34',
    role: 'RESEARCHER',
    organisationKey: 'ena-meknes',
    preferredLanguage: 'fr',
  },
  {
    key: 'res-badreddine-kettani',
    email: 'b.kettani@ena-meknes.example',
    fullName: 'Badr-Eddine Kettani',
    phone: '+212 668 23 97 58',
    role: 'RESEARCHER',
    organisationKey: 'ena-meknes',
    preferredLanguage: 'fr',
  },
];

// ---------------------------------------------------------------------------------------------
// Researcher profiles (one per RESEARCHER user): 15 in French, 10 in English, 5 in Arabic
// ---------------------------------------------------------------------------------------------

export const demoProfiles: DemoProfile[] = [
  // --- LAVRN, Agadir ---------------------------------------------------------------------------
  {
    userKey: 'researcher',
    headline: "Enseignante-chercheuse en technologie des huiles végétales — huile d'argan",
    expertise:
      "Je travaille depuis quinze ans sur l'extraction de l'huile d'argan, du concassage des noix jusqu'au conditionnement. Mes travaux portent sur l'effet de la torréfaction des amandons, de la température de pressage et du stockage sur la stabilité oxydative de l'huile (indice de peroxyde, K232 et K270, test Rancimat). J'accompagne des coopératives féminines du Souss dans l'optimisation de leur pressage mécanique et la réduction des pertes en huile dans le tourteau. Je conduis aussi des études de vieillissement accéléré pour fixer des dates de durabilité minimale réalistes.",
    keywords: ["huile d'argan", 'stabilité oxydative', 'pressage à froid', 'torréfaction', 'durée de vie', 'coopératives'],
    techniques: ['pressage à froid', 'test Rancimat', 'indice de peroxyde', 'spectrophotométrie UV (K232, K270)', 'CPG des acides gras'],
    equipment: ['presse à vis pilote 20 kg/h', 'Rancimat', 'chromatographe en phase gazeuse (FID)'],
    publications: [
      {
        title: "Influence de la torréfaction des amandons sur la stabilité oxydative de l'huile d'argan alimentaire",
        abstract:
          "Des amandons d'argan ont été torréfiés de 0 à 30 minutes à 110 °C avant pressage. La torréfaction modérée augmente la période d'induction Rancimat grâce à la formation de composés de Maillard antioxydants, tandis qu'une torréfaction prolongée dégrade les tocophérols.",
        year: 2022,
        doi: '10.9999/passerelle.lipides.2022.014',
      },
      {
        title: "Pertes en huile dans le tourteau d'argan : diagnostic de douze unités coopératives du Souss",
        abstract:
          "Le taux d'huile résiduelle du tourteau varie de 8 à 17 % selon l'humidité des amandons et le réglage des presses. Un protocole simple de conditionnement des amandons a permis de réduire ces pertes de près d'un tiers.",
        year: 2019,
        doi: null,
      },
    ],
    languages: ['fr', 'ar', 'en'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-karim-oubella',
    headline: 'Lipid chemist — cold pressing and oxidation of argan oil',
    expertise:
      'I study how processing choices shape the composition and shelf life of cold-pressed argan oil. My work combines pilot-scale screw pressing with lipid oxidation kinetics, following primary and secondary oxidation products and the loss of tocopherols and phenolic compounds during storage. I have built predictive shelf-life models from accelerated storage tests at 40 to 60 °C that cooperatives can use to set best-before dates. I also advise on nitrogen flushing, filtration and light-protective packaging for export oils.',
    keywords: ['argan oil', 'cold pressing', 'lipid oxidation', 'tocopherols', 'shelf-life modelling', 'packaging'],
    techniques: ['screw pressing', 'accelerated storage tests', 'Rancimat', 'HPLC-FLD of tocopherols', 'p-anisidine value'],
    equipment: ['pilot screw press', 'Rancimat', 'HPLC with fluorescence detector', 'climatic chambers'],
    publications: [
      {
        title: 'Kinetic modelling of oxidation in cold-pressed argan oil stored under light and dark conditions',
        abstract:
          'Argan oil was stored in clear and amber bottles at four temperatures for twelve months. Light exposure doubled the rate of peroxide formation, and an Arrhenius model fitted on accelerated data predicted real-time shelf life within 15 %.',
        year: 2023,
        doi: '10.9999/passerelle.lipids.2023.031',
      },
      {
        title: 'Effect of nitrogen headspace on the shelf life of bottled culinary argan oil',
        abstract:
          'Replacing the headspace air with nitrogen before capping reduced hexanal formation by 60 % after nine months and preserved the sensory profile of roasted argan oil.',
        year: 2021,
        doi: null,
      },
    ],
    languages: ['en', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-abderrahim-ouhssaine',
    headline: 'أستاذ باحث في كيمياء الزيوت النباتية وجودة زيت الأركان',
    expertise:
      'أشتغل على توصيف زيت الأركان الغذائي والتجميلي وتحديد مؤشرات جودته وأصالته. تشمل أبحاثي تركيب الأحماض الدهنية والستيرولات والتوكوفيرولات، وكشف غش زيت الأركان بزيوت نباتية أرخص ثمناً. أعمل مع التعاونيات على وضع مخططات لمراقبة الجودة تستجيب لمتطلبات المؤشر الجغرافي المحمي «أركان» وللمواصفات المغربية. كما أؤطر أطروحات حول تأثير ظروف التخزين والتعبئة على ثبات الزيت.',
    keywords: ['زيت الأركان', 'الجودة', 'الأصالة', 'الغش', 'الستيرولات', 'التوكوفيرولات'],
    techniques: ['كروماتوغرافيا الغاز (GC-FID)', 'كروماتوغرافيا السوائل عالية الأداء (HPLC)', 'تحليل الستيرولات', 'التحليل الإحصائي المتعدد المتغيرات'],
    equipment: ['جهاز كروماتوغرافيا الغاز', 'جهاز HPLC مزود بكاشف فلوري'],
    publications: [
      {
        title: 'كشف غش زيت الأركان بزيت عباد الشمس اعتماداً على تركيب الستيرولات والتحليل المتعدد المتغيرات',
        abstract:
          'تقترح هذه الدراسة منهجية لكشف خلط زيت الأركان بزيت عباد الشمس انطلاقاً من تركيب الستيرولات. مكّن تحليل المكونات الرئيسية من رصد نسب غش تبدأ من خمسة في المائة.',
        year: 2021,
        doi: '10.9999/passerelle.argan.2021.007',
      },
    ],
    languages: ['ar', 'fr'],
    availability: 'LIMITED',
    trlMin: 2,
    trlMax: 6,
  },
  {
    userKey: 'res-nadia-elghazouani',
    headline: 'Biopolymers from cactus cladodes — mucilage extraction and applications',
    expertise:
      'I work on the extraction and characterisation of mucilage from Opuntia cladodes, an abundant and under-used resource in southern Morocco. My group has optimised aqueous extraction, ethanol precipitation and drying, and characterised the resulting polysaccharides for their rheological, emulsifying and film-forming properties. We have tested cladode mucilage as a natural thickener in jams and sauces, as an edible coating for fresh fruit and as a texturising agent in cosmetic gels. I am keen to scale these processes up with cooperatives.',
    keywords: ['cactus cladodes', 'mucilage', 'polysaccharides', 'rheology', 'edible coating', 'natural thickener'],
    techniques: ['aqueous extraction', 'ethanol precipitation', 'rheometry', 'freeze drying', 'FTIR spectroscopy'],
    equipment: ['rotational rheometer', 'freeze dryer', 'FTIR spectrometer'],
    publications: [
      {
        title: 'Rheological and emulsifying properties of mucilage extracted from Opuntia ficus-indica cladodes harvested in Sidi Ifni',
        abstract:
          'Mucilage yields ranged from 1.2 to 2.1 % of fresh cladode weight depending on cladode age. The freeze-dried mucilage showed shear-thinning behaviour and stabilised oil-in-water emulsions for over 30 days.',
        year: 2022,
        doi: '10.9999/passerelle.biopolymers.2022.118',
      },
      {
        title: 'Cladode mucilage edible coating extends the shelf life of fresh figs',
        abstract:
          'A 1 % mucilage coating reduced weight loss and fungal decay of fresh figs stored at 4 °C, extending their marketable life from 7 to 12 days.',
        year: 2024,
        doi: null,
      },
    ],
    languages: ['en', 'fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 2,
    trlMax: 6,
  },
  {
    userKey: 'res-youssef-amzil',
    headline: 'Cosmetic bioactives from argan by-products and leaves',
    expertise:
      'I investigate bioactive compounds from the argan tree beyond the oil: saponins from press cake, polyphenols from leaves and fruit pulp, and peptides from argan proteins. I run in vitro assays for antioxidant, anti-ageing and skin-barrier activities and prepare standardised extracts for cosmetic use. Several extracts have been tested in partnership with start-ups for hair and skin care. I also work on sustainable sourcing and on the documentation needed to obtain INCI names and support safety assessments.',
    keywords: ['argan', 'cosmetic actives', 'saponins', 'polyphenols', 'anti-ageing', 'by-products'],
    techniques: ['solid-liquid extraction', 'in vitro enzyme assays (elastase, tyrosinase)', 'HPLC', 'antioxidant assays'],
    equipment: ['rotary evaporator', 'microplate reader', 'HPLC-DAD'],
    publications: [
      {
        title: 'Anti-elastase and antioxidant activities of saponin-rich extracts from argan press cake',
        abstract:
          'Hydro-ethanolic extracts of defatted argan press cake were enriched in triterpenoid saponins by resin adsorption. The enriched fraction inhibited elastase in a dose-dependent manner and showed good stability in a model cosmetic gel.',
        year: 2024,
        doi: '10.9999/passerelle.cosmetics.2024.052',
      },
    ],
    languages: ['en', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 2,
    trlMax: 5,
  },
  {
    userKey: 'res-hanane-boutaleb',
    headline: "Arômes et qualité sensorielle de l'huile d'argan alimentaire",
    expertise:
      "Je travaille sur les composés volatils et la qualité sensorielle de l'huile d'argan alimentaire obtenue à partir d'amandons torréfiés. J'étudie l'effet du temps et de la température de torréfaction sur la formation des pyrazines et l'apparition de défauts, ainsi que l'évolution de l'arôme pendant le stockage. J'ai contribué à l'élaboration d'un vocabulaire de dégustation de l'huile d'argan et à la formation de panels dans les coopératives. Je participe aussi aux travaux de normalisation de l'huile d'argan au sein de commissions techniques.",
    keywords: ["huile d'argan", 'torréfaction', 'composés volatils', 'pyrazines', 'analyse sensorielle', 'normalisation'],
    techniques: ['SPME-GC-MS', 'analyse sensorielle descriptive', 'torréfaction contrôlée'],
    equipment: ['torréfacteur pilote', 'GC-MS avec passeur SPME'],
    publications: [
      {
        title: "Formation des pyrazines pendant la torréfaction des amandons d'argan et profil aromatique de l'huile",
        abstract:
          "Vingt-deux composés volatils ont été identifiés par SPME-GC-MS dans l'huile d'argan torréfiée. Les pyrazines augmentent fortement au-delà de 20 minutes de torréfaction et sont associées par le panel aux notes « grillé » et « noisette ».",
        year: 2020,
        doi: '10.9999/passerelle.aromes.2020.021',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'UNAVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },

  // --- Université Ibn Zohr ---------------------------------------------------------------------
  {
    userKey: 'res-rachid-aitbenhaddou',
    headline: "Valorisation des coproduits de l'arganier : tourteau, coques et pulpe",
    expertise:
      "Mes recherches portent sur la valorisation des coproduits de la filière argane, qui représentent plus de 90 % de la masse du fruit. J'ai travaillé sur l'extraction des saponines et des protéines du tourteau d'argan, sur la production de charbon actif à partir des coques et sur l'utilisation de la pulpe en alimentation animale. Je réalise des bilans matière et des études de faisabilité technico-économique adaptées à l'échelle des coopératives. J'encadre actuellement une thèse sur des exfoliants cosmétiques à base de coques micronisées.",
    keywords: ["tourteau d'argan", "coques d'argan", 'saponines', 'charbon actif', 'économie circulaire', 'coproduits'],
    techniques: ['extraction solide-liquide', 'pyrolyse', 'broyage et micronisation', 'analyse technico-économique'],
    equipment: ['four de pyrolyse de laboratoire', 'broyeur à billes', 'lyophilisateur'],
    publications: [
      {
        title: "Production de charbon actif à partir de coques d'argan : caractérisation et application au traitement des eaux",
        abstract:
          "Les coques d'argan activées chimiquement à l'acide phosphorique donnent un charbon de surface spécifique supérieure à 1 000 m²/g. Ce charbon élimine efficacement les colorants et les composés phénoliques des effluents agro-industriels.",
        year: 2020,
        doi: '10.9999/passerelle.valorisation.2020.033',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 2,
    trlMax: 6,
  },
  {
    userKey: 'res-latifa-oukerrou',
    headline: 'Qualité et traçabilité du safran de Taliouine',
    expertise:
      "Je travaille sur la qualité du safran de la région de Taliouine-Taroudant, de la récolte des fleurs au conditionnement. Mes travaux portent sur l'effet de l'émondage, du mode de séchage et des conditions de stockage sur la teneur en crocine, picrocrocine et safranal, mesurées selon la norme ISO 3632. J'accompagne les coopératives dans la mise en place de laboratoires de contrôle simplifiés et dans la formation de techniciennes. Je participe également aux travaux sur l'appellation d'origine protégée « Safran de Taliouine ».",
    keywords: ['safran', 'ISO 3632', 'crocine', 'picrocrocine', 'safranal', 'séchage', 'AOP'],
    techniques: ['spectrophotométrie UV-visible', 'HPLC-DAD', 'essais de séchage', 'analyse sensorielle'],
    equipment: ['spectrophotomètre UV-visible', 'étuve ventilée', 'HPLC-DAD'],
    publications: [
      {
        title: 'Effet de la température de séchage sur les critères ISO 3632 du safran de Taliouine',
        abstract:
          "Des stigmates ont été séchés à l'ombre, au soleil et en étuve entre 40 et 70 °C. Le séchage en étuve à 50-60 °C donne les meilleures valeurs de pouvoir colorant et d'amertume, et place tous les lots en catégorie I.",
        year: 2022,
        doi: '10.9999/passerelle.safran.2022.009',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 4,
    trlMax: 8,
  },
  {
    userKey: 'res-mohamed-bachiri',
    headline: 'Huile de pépins de figue de Barbarie : extraction et caractérisation',
    expertise:
      "Je m'intéresse à la valorisation de la figue de Barbarie (Opuntia ficus-indica) dans le sud du Maroc, en particulier à l'huile de ses pépins. J'ai comparé le pressage à froid, l'extraction par solvant et l'extraction au CO2 supercritique en termes de rendement, de teneur en acide linoléique, en tocophérols et en stérols. Je travaille avec des coopératives d'Aït Baâmrane sur la préparation des graines (séparation, lavage, séchage), qui conditionne fortement le rendement. Je suis également les travaux sur les variétés tolérantes à la cochenille.",
    keywords: ['figue de Barbarie', 'huile de pépins', 'Opuntia', 'acide linoléique', 'tocophérols', 'rendement'],
    techniques: ['pressage à froid', 'extraction Soxhlet', 'CPG des acides gras', 'HPLC des tocophérols'],
    equipment: ['presse à vis de laboratoire', 'extracteur Soxhlet', 'chromatographe en phase gazeuse'],
    publications: [
      {
        title: "Rendement et composition de l'huile de pépins de figue de Barbarie selon le mode de séchage des graines",
        abstract:
          "Le séchage des graines à 40 °C jusqu'à 6 % d'humidité améliore le rendement de pressage de 20 % par rapport au séchage au soleil. La composition en acides gras reste stable, avec plus de 60 % d'acide linoléique.",
        year: 2021,
        doi: '10.9999/passerelle.opuntia.2021.015',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-lahcen-ouzzine',
    headline: 'باحث في الطاقات المتجددة والتجفيف الشمسي للمنتجات الفلاحية',
    expertise:
      'أعمل على تصميم واختبار مجففات شمسية غير مباشرة ومختلطة لتجفيف المنتجات الفلاحية مثل الزعفران والنباتات العطرية والتين الشوكي والطماطم. أنمذج حركية التجفيف وأحدد الظروف المثلى لدرجة الحرارة وسرعة الهواء للحفاظ على اللون والمركبات الفعالة. ساهمت في تركيب مجففات شمسية لدى تعاونيات بجهة سوس ماسة، وأقدم تكويناً للنساء المنتجات في استعمالها وصيانتها.',
    keywords: ['التجفيف الشمسي', 'حركية التجفيف', 'الزعفران', 'النباتات العطرية', 'النجاعة الطاقية'],
    techniques: ['نمذجة حركية التجفيف', 'قياس اللون', 'التصميم الحراري للمجففات'],
    equipment: ['مجفف شمسي غير مباشر تجريبي', 'محطة لقياس الإشعاع الشمسي'],
    publications: [
      {
        title: 'الأداء الحراري لمجفف شمسي غير مباشر لتجفيف مياسم الزعفران بتالوين',
        abstract:
          'صممنا مجففاً شمسياً غير مباشر واختبرناه في تعاونية بتالوين. حافظ التجفيف في درجة حرارة أقل من خمسين درجة مئوية على محتوى الكروسين، وقلّص مدة التجفيف مقارنة بالتجفيف التقليدي في الظل.',
        year: 2023,
        doi: '10.9999/passerelle.solaire.2023.004',
      },
    ],
    languages: ['ar', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 4,
    trlMax: 8,
  },

  // --- IMRA, Rabat -------------------------------------------------------------------------------
  {
    userKey: 'res-samira-benkirane',
    headline: 'Analytical chemist — saffron apocarotenoids and authenticity',
    expertise:
      'My research focuses on the chemistry of saffron apocarotenoids (crocins, picrocrocin and safranal) and on methods to detect adulteration. I developed an HPLC-DAD method to profile individual crocin esters and combined it with near-infrared spectroscopy and chemometrics for rapid screening of adulterants such as safflower, calendula, turmeric and saffron style material. I work with producer groups to build reference databases of authentic Moroccan saffron. I am also interested in the stability of crocins during storage and encapsulation.',
    keywords: ['saffron', 'crocin', 'picrocrocin', 'safranal', 'adulteration', 'NIR spectroscopy', 'chemometrics'],
    techniques: ['HPLC-DAD', 'NIR spectroscopy', 'GC-MS', 'multivariate analysis'],
    equipment: ['HPLC-DAD', 'portable NIR spectrometer', 'GC-MS'],
    publications: [
      {
        title: 'Rapid detection of safflower and calendula adulteration in Moroccan saffron by NIR spectroscopy and PLS-DA',
        abstract:
          'A portable NIR spectrometer combined with PLS-DA classified authentic and adulterated saffron samples with 96 % accuracy, detecting adulterant levels down to 5 %. The method is suited to screening at cooperative collection points.',
        year: 2023,
        doi: '10.9999/passerelle.saffron.2023.027',
      },
      {
        title: 'Crocin ester profiles of saffron from three Moroccan production areas',
        abstract:
          'HPLC-DAD profiles of crocin esters differed significantly between Taliouine, Tazenakht and Ourika samples, suggesting a basis for geographical origin verification.',
        year: 2020,
        doi: null,
      },
    ],
    languages: ['en', 'fr'],
    availability: 'LIMITED',
    trlMin: 2,
    trlMax: 6,
  },
  {
    userKey: 'res-brahim-tafraouti',
    headline: 'باحث في تكنولوجيا تحويل التمور وتثمين منتجات الواحات',
    expertise:
      'تتركز أبحاثي على تحويل التمور ذات القيمة التجارية المنخفضة إلى منتجات مصنعة مثل دبس التمر وعجينة التمر ومسحوق التمر. طورت طريقة لاستخلاص العصير السكري بالماء الساخن وتصفيته وتركيزه تحت الفراغ للحصول على دبس صافٍ فاتح اللون. أدرس أيضاً مشاكل تبلور السكريات وتخمر المنتجات أثناء التخزين، وأقدم الدعم التقني لتعاونيات جهة درعة تافيلالت في تصميم وحدات تحويل صغيرة.',
    keywords: ['التمور', 'دبس التمر', 'عجينة التمر', 'التركيز تحت الفراغ', 'التثمين', 'الواحات'],
    techniques: ['الاستخلاص بالماء الساخن', 'الترشيح الدقيق', 'التبخير تحت الفراغ', 'قياس النشاط المائي'],
    equipment: ['مبخر دوار نصف صناعي', 'جهاز قياس النشاط المائي', 'مقياس انكسار رقمي'],
    publications: [
      {
        title: 'إنتاج دبس التمر من أصناف منخفضة القيمة بواحات تافيلالت: الخصائص الفيزيائية والكيميائية والحسية',
        abstract:
          'درسنا إنتاج الدبس من ثلاثة أصناف محلية منخفضة القيمة التجارية. أظهرت النتائج أن التصفية بالبنتونيت والتركيز تحت الفراغ يعطيان دبساً فاتح اللون يتقبله المستهلكون.',
        year: 2022,
        doi: '10.9999/passerelle.dattes.2022.011',
      },
    ],
    languages: ['ar', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-khadija-lamrani',
    headline: "Technologie des céréales : couscous, pâtes et produits à base d'orge",
    expertise:
      "Je travaille sur la qualité technologique du blé dur et de l'orge et sur les produits céréaliers traditionnels marocains, en particulier le couscous. Mes travaux portent sur la granulométrie de la semoule, le roulage, la cuisson à la vapeur et le séchage, ainsi que sur l'enrichissement en légumineuses pour améliorer la valeur nutritionnelle. J'ai mis au point des tests simples de contrôle de la qualité du couscous utilisables par des coopératives féminines. Je m'intéresse aussi à la conservation des produits céréaliers secs et à leur protection contre les insectes.",
    keywords: ['couscous', 'blé dur', 'orge', 'légumineuses', 'qualité culinaire', 'coopératives féminines'],
    techniques: ['analyse granulométrique', 'tests de qualité culinaire', 'analyse de la composition nutritionnelle', 'séchage'],
    equipment: ['tamiseuse', 'rouleuse de couscous pilote', 'séchoir à air chaud'],
    publications: [
      {
        title: "Couscous d'orge enrichi en farine de pois chiche : qualité culinaire et acceptabilité",
        abstract:
          "L'incorporation de 20 % de farine de pois chiche augmente la teneur en protéines de 40 % sans altérer le gonflement à la cuisson. Le produit a été jugé acceptable par un panel de 80 consommateurs.",
        year: 2022,
        doi: '10.9999/passerelle.cereales.2022.019',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 8,
  },

  // --- Université Mohammed V ---------------------------------------------------------------------
  {
    userKey: 'res-omar-benjelloun',
    headline: 'Technologie des dattes et produits dérivés',
    expertise:
      "Mes travaux concernent la transformation des dattes marocaines (Mejhoul, Boufeggous, Jihel) et des variétés à faible valeur marchande. Je travaille sur la pâte de dattes, la poudre de dattes obtenue par séchage et broyage, et sur l'emploi de ces ingrédients comme substituts du sucre en biscuiterie et dans les produits laitiers. J'étudie aussi la désinsectisation des dattes sans bromure de méthyle, par traitement thermique ou atmosphère contrôlée. J'accompagne plusieurs groupements du Tafilalet dans la conception de leurs unités de conditionnement.",
    keywords: ['dattes', 'pâte de dattes', 'poudre de dattes', 'substitut du sucre', 'désinsectisation', 'conditionnement'],
    techniques: ['séchage convectif', 'broyage', "mesure de l'activité de l'eau", 'analyse de texture'],
    equipment: ['séchoir à plateaux', 'texturomètre', 'aw-mètre'],
    publications: [
      {
        title: "Incorporation de poudre de dattes dans des biscuits secs : effet sur la texture et l'acceptabilité",
        abstract:
          "La substitution de 30 % du saccharose par de la poudre de dattes Jihel conserve la texture croquante des biscuits et augmente leur teneur en fibres. L'acceptabilité globale reste comparable à celle de la recette témoin.",
        year: 2023,
        doi: '10.9999/passerelle.dattes.2023.024',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 8,
  },
  {
    userKey: 'res-salma-tazi',
    headline: 'Food packaging engineer — barrier materials and shelf-life prediction',
    expertise:
      'I specialise in food packaging materials and shelf-life assessment. My work covers oxygen and water vapour barrier measurement, migration testing for food contact compliance and the design of modified atmosphere packaging. I have helped several Moroccan food companies move from multilayer laminates to recyclable mono-material films while keeping the required shelf life. I also develop accelerated shelf-life testing protocols and kinetic models for dry foods, oils and snacks.',
    keywords: ['food packaging', 'shelf life', 'barrier properties', 'modified atmosphere packaging', 'recyclability', 'migration'],
    techniques: ['OTR and WVTR measurement', 'accelerated shelf-life testing', 'headspace gas analysis', 'migration testing'],
    equipment: ['oxygen permeability analyser', 'water vapour permeability analyser', 'headspace gas analyser', 'climatic chambers'],
    publications: [
      {
        title: 'Replacing multilayer laminates with recyclable mono-material films for dry bakery products: a shelf-life study',
        abstract:
          'Biscuits packed in metallised mono-material polypropylene reached nine months of shelf life at 25 °C and 60 % relative humidity, equivalent to the reference laminate. Moisture uptake rather than oxidation limited shelf life.',
        year: 2024,
        doi: '10.9999/passerelle.packaging.2024.008',
      },
    ],
    languages: ['en', 'fr'],
    availability: 'LIMITED',
    trlMin: 4,
    trlMax: 8,
  },
  {
    userKey: 'res-hicham-elouafi',
    headline: 'أستاذ باحث في الميكروبيولوجيا الغذائية وسلامة الأغذية',
    expertise:
      'أتخصص في الميكروبيولوجيا الغذائية وتقييم المخاطر الصحية في وحدات الإنتاج الصغيرة والمتوسطة. أنجز تحاليل الكشف عن الليستيريا والسالمونيلا والإشريكية القولونية، ودراسات التحدي الميكروبي لتحديد مدة صلاحية المنتجات. أرافق الشركات والتعاونيات في إعداد خطط نظام تحليل المخاطر ونقاط التحكم الحرجة (HACCP) وفي التحضير للحصول على الترخيص الصحي. أهتم كذلك بالسلامة الميكروبيولوجية لمستحضرات التجميل الطبيعية.',
    keywords: ['السلامة الصحية', 'الميكروبيولوجيا', 'HACCP', 'الليستيريا', 'مدة الصلاحية', 'دراسات التحدي'],
    techniques: ['العد الميكروبي', 'تفاعل البوليميراز المتسلسل في الزمن الحقيقي (qPCR)', 'دراسات التحدي الميكروبي', 'تدقيق أنظمة HACCP'],
    equipment: ['مختبر ميكروبيولوجيا من مستوى السلامة الحيوية 2', 'جهاز qPCR'],
    publications: [
      {
        title: 'تقييم الجودة الميكروبيولوجية للبن التقليدي المسوّق في جهة الرباط سلا القنيطرة',
        abstract:
          'حللنا مائة وعشرين عينة من اللبن التقليدي. تجاوزت نسبة مهمة من العينات الحدود المسموح بها من القولونيات، مما يؤكد الحاجة إلى البسترة وتحسين شروط النظافة.',
        year: 2021,
        doi: '10.9999/passerelle.microbio.2021.016',
      },
    ],
    languages: ['ar', 'fr', 'en'],
    availability: 'LIMITED',
    trlMin: 4,
    trlMax: 9,
  },
  {
    userKey: 'res-claire-duvalbenali',
    headline: "Génie des procédés agroalimentaires et dimensionnement d'unités pilotes",
    expertise:
      "Ingénieure en génie des procédés, j'accompagne le passage de l'échelle laboratoire à l'échelle industrielle pour des procédés agroalimentaires : extraction, évaporation, pasteurisation, séchage et mélange. Je réalise des bilans matière et énergie, le dimensionnement d'équipements et des études de faisabilité pour des unités de transformation de petite et moyenne taille. J'ai travaillé sur des unités de dattes, d'huiles végétales et de jus de fruits. Je m'intéresse particulièrement à l'efficacité énergétique et à la récupération de chaleur.",
    keywords: ['génie des procédés', "changement d'échelle", 'bilans matière et énergie', 'dimensionnement', 'efficacité énergétique'],
    techniques: ['modélisation de procédés', 'bilans matière et énergie', 'simulation de procédés', 'études de faisabilité'],
    equipment: ['hall pilote de génie des procédés', 'évaporateur à flot tombant pilote'],
    publications: [
      {
        title: "Dimensionnement d'une unité de production de sirop de dattes de 500 kg/jour pour les oasis du Tafilalet",
        abstract:
          "L'étude propose un schéma de procédé associant extraction à contre-courant, clarification et évaporation à double effet. L'évaporation à double effet réduit la consommation de vapeur de 45 % et rend l'unité rentable à partir de 120 tonnes de dattes par an.",
        year: 2022,
        doi: null,
      },
    ],
    languages: ['fr', 'en'],
    availability: 'AVAILABLE',
    trlMin: 4,
    trlMax: 8,
  },
  {
    userKey: 'res-imane-cherkaoui',
    headline: 'Food analytical chemist — HPLC, GC-MS and authenticity',
    expertise:
      'I run an analytical platform for food and cosmetic matrices. My expertise covers HPLC and GC-MS method development and validation for fatty acids, sterols, polyphenols, pesticide residues and contaminants. I have worked on the authenticity of argan oil, olive oil, honey and saffron using chemical fingerprints and chemometrics. I support companies preparing analytical specifications and certificates of analysis for export markets.',
    keywords: ['food analysis', 'HPLC', 'GC-MS', 'method validation', 'authenticity', 'contaminants'],
    techniques: ['HPLC-DAD', 'LC-MS/MS', 'GC-MS', 'method validation (ISO/IEC 17025)', 'chemometrics'],
    equipment: ['HPLC-DAD', 'LC-MS/MS triple quadrupole', 'GC-MS'],
    publications: [
      {
        title: 'Sterol and triterpene alcohol fingerprints for detecting argan oil adulteration: a validated GC-MS approach',
        abstract:
          'A GC-MS method quantifying schottenol, spinasterol and triterpene alcohols was validated and applied to 150 commercial samples. Eleven percent of the samples labelled as pure argan oil showed signs of blending with other vegetable oils.',
        year: 2023,
        doi: '10.9999/passerelle.analytics.2023.042',
      },
    ],
    languages: ['en', 'fr', 'ar'],
    availability: 'LIMITED',
    trlMin: 4,
    trlMax: 9,
  },

  // --- Université Sidi Mohamed Ben Abdellah ------------------------------------------------------
  {
    userKey: 'res-adil-fihri',
    headline: "Emballages actifs et biosourcés pour l'agroalimentaire",
    expertise:
      "Je développe des films d'emballage biosourcés à base d'amidon, de chitosane et de polysaccharides végétaux, ainsi que des emballages actifs incorporant des huiles essentielles antimicrobiennes. Mes travaux visent à prolonger la durée de conservation des fruits, des fromages frais et des produits de boulangerie tout en réduisant les plastiques d'origine fossile. Je caractérise les propriétés mécaniques, barrières et antimicrobiennes des films et j'étudie leur biodégradabilité. Je collabore avec des industriels de la région Fès-Meknès pour des essais en conditions réelles.",
    keywords: ['emballage actif', 'films biosourcés', 'chitosane', 'huiles essentielles', 'durée de conservation', 'biodégradabilité'],
    techniques: ['coulage de films', 'extrusion', 'essais mécaniques', 'tests antimicrobiens'],
    equipment: ['extrudeuse bi-vis de laboratoire', 'machine de traction', 'perméamètre'],
    publications: [
      {
        title: "Films actifs de chitosane à l'huile essentielle de thym pour la conservation du fromage frais",
        abstract:
          "Des films de chitosane contenant 1 % d'huile essentielle de thym ont réduit la croissance des levures et moisissures sur un fromage frais de type jben. La durée de conservation à 4 °C est passée de 8 à 15 jours.",
        year: 2022,
        doi: '10.9999/passerelle.emballage.2022.036',
      },
    ],
    languages: ['fr', 'en'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 6,
  },
  {
    userKey: 'res-zineb-mdaghri',
    headline: 'Environmental process engineer — olive mill by-products',
    expertise:
      'My research deals with the valorisation of olive mill by-products in the Fès-Meknès region, where pomace and olive mill wastewater are a major environmental issue. I work on membrane and resin-based recovery of hydroxytyrosol, on the drying and pitting of two-phase pomace and on co-composting with agricultural residues. I have carried out life-cycle and techno-economic assessments comparing these routes for mills of different sizes. I currently coordinate a pilot unit for polyphenol recovery hosted by a private mill.',
    keywords: ['olive pomace', 'olive mill wastewater', 'hydroxytyrosol recovery', 'composting', 'life-cycle assessment', 'circular economy'],
    techniques: ['membrane filtration', 'resin adsorption', 'co-composting', 'life-cycle assessment'],
    equipment: ['pilot membrane filtration unit', 'composting reactors'],
    publications: [
      {
        title: 'Recovery of hydroxytyrosol from two-phase olive pomace using membrane cascades: a pilot-scale study',
        abstract:
          'A cascade of ultrafiltration, nanofiltration and reverse osmosis recovered 78 % of the hydroxytyrosol present in pomace extracts. The concentrate reached a purity suitable for food supplement applications after a resin polishing step.',
        year: 2023,
        doi: '10.9999/passerelle.olive.2023.013',
      },
      {
        title: 'Techno-economic comparison of olive pomace valorisation routes for medium-sized Moroccan mills',
        abstract:
          'Composting was the cheapest route, while polyphenol recovery was profitable only above 5,000 tonnes of pomace per season or when shared between several mills.',
        year: 2021,
        doi: null,
      },
    ],
    languages: ['en', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-mehdi-bennani',
    headline: "Séchage par atomisation et encapsulation d'ingrédients actifs",
    expertise:
      "Mes recherches portent sur le séchage par atomisation (spray drying) et la microencapsulation d'ingrédients sensibles : huiles riches en acides gras insaturés, arômes, extraits polyphénoliques et probiotiques. J'étudie le choix des matériaux d'enrobage (maltodextrines, gomme arabique, protéines, mucilages) et leur effet sur le rendement, la stabilité et la libération des actifs. J'ai travaillé sur la mise en poudre de jus de dattes, d'extraits de safran et d'huile de figue de Barbarie. Je propose des essais pilotes et un accompagnement vers des atomiseurs industriels.",
    keywords: ['spray drying', 'microencapsulation', 'atomisation', "matériaux d'enrobage", 'stabilité', 'poudres alimentaires'],
    techniques: ['spray drying', 'lyophilisation', 'granulométrie laser', 'microscopie électronique à balayage'],
    equipment: ['atomiseur pilote', 'lyophilisateur', 'granulomètre laser'],
    publications: [
      {
        title: "Microencapsulation de la crocine du safran par atomisation : effet de l'agent d'enrobage sur la stabilité",
        abstract:
          "Un mélange de maltodextrine et de gomme arabique a permis une efficacité d'encapsulation de 92 %. La crocine encapsulée a conservé 85 % de son pouvoir colorant après six mois à 25 °C, contre 40 % pour l'extrait non encapsulé.",
        year: 2023,
        doi: '10.9999/passerelle.procedes.2023.029',
      },
    ],
    languages: ['fr', 'en'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-soukaina-berrada',
    headline: 'Clay mineralogist — rhassoul (ghassoul) for cosmetics',
    expertise:
      'I study the mineralogy and physico-chemical properties of Moroccan clays, in particular rhassoul from the Moulouya basin, a magnesium-rich stevensite clay. My work covers X-ray diffraction, cation exchange capacity, heavy metal content and microbial load, and how washing, drying and sterilisation affect these properties. I help cosmetic producers prepare technical files for export, including specifications and safety data. I am also developing rhassoul-based cleansing masks and dry shampoos.',
    keywords: ['rhassoul', 'ghassoul', 'clay', 'stevensite', 'heavy metals', 'natural cosmetics'],
    techniques: ['X-ray diffraction', 'cation exchange capacity', 'ICP-OES', 'microbiological testing'],
    equipment: ['X-ray diffractometer', 'ICP-OES'],
    publications: [
      {
        title: 'Mineralogical and microbiological characterisation of commercial rhassoul clays from the Moulouya basin',
        abstract:
          'Twenty commercial rhassoul samples were analysed. All were dominated by stevensite, but several exceeded usual cosmetic limits for total aerobic count, showing the need for a controlled drying or sterilisation step.',
        year: 2022,
        doi: '10.9999/passerelle.clays.2022.006',
      },
    ],
    languages: ['en', 'fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },

  // --- LPAM, Marrakech ---------------------------------------------------------------------------
  {
    userKey: 'res-abdelilah-zahir',
    headline: 'Huiles essentielles de romarin et de thym : chimiotypes, extraction et activités biologiques',
    expertise:
      "Je travaille sur les plantes aromatiques du Haut Atlas et de l'Oriental, en particulier le romarin, le thym et l'armoise blanche. Mes recherches couvrent la distillation à la vapeur d'eau, la caractérisation des chimiotypes par GC-MS et l'évaluation des activités antioxydantes et antimicrobiennes. J'ai étudié l'utilisation d'extraits de romarin comme antioxydants naturels dans les huiles végétales, notamment l'huile d'argan. J'accompagne des coopératives de cueillette dans la gestion durable de la ressource et la traçabilité.",
    keywords: ['huiles essentielles', 'romarin', 'thym', 'chimiotypes', 'antioxydants naturels', 'plantes aromatiques'],
    techniques: ['hydrodistillation', "distillation à la vapeur d'eau", 'GC-MS', 'tests DPPH et ABTS', 'tests antimicrobiens'],
    equipment: ['alambic pilote de 200 L', 'GC-MS', 'lecteur de microplaques'],
    publications: [
      {
        title: "Effet d'un extrait de romarin sur la stabilité oxydative de l'huile d'argan alimentaire",
        abstract:
          "L'ajout de 500 mg/kg d'extrait de romarin riche en acide carnosique a prolongé de 40 % la période d'induction Rancimat de l'huile d'argan, sans modifier son profil sensoriel.",
        year: 2021,
        doi: '10.9999/passerelle.pam.2021.012',
      },
      {
        title: 'Variabilité chimique des huiles essentielles de Thymus satureioides du Haut Atlas',
        abstract:
          "L'analyse de 24 populations a mis en évidence deux chimiotypes principaux, à bornéol et à carvacrol, dont la répartition dépend de l'altitude.",
        year: 2019,
        doi: null,
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-houda-ouarzazi',
    headline: 'Aromatic plant chemist — lavender, verbena and essential oil authenticity',
    expertise:
      'I study the chemical diversity of Moroccan aromatic plants such as lavender (Lavandula dentata and L. stoechas), lemon verbena and wormwood. I use GC-MS and chiral GC to characterise essential oils, detect adulteration with synthetic compounds and check compliance with ISO and pharmacopoeia standards. I also look at how harvest stage and distillation time influence oil yield and quality. I support small distilleries in drafting technical data sheets and safety documents for cosmetic customers.',
    keywords: ['essential oils', 'lavender', 'GC-MS', 'authenticity', 'aromatic plants', 'quality standards'],
    techniques: ['GC-MS', 'chiral GC', 'steam distillation', 'ISO compliance testing'],
    equipment: ['GC-MS with chiral column', 'Clevenger apparatus'],
    publications: [
      {
        title: 'Chemical variability of Lavandula dentata essential oils from the Marrakech region',
        abstract:
          'Essential oils from 18 wild populations were dominated by 1,8-cineole, β-pinene and camphor in varying proportions. Harvesting at full flowering gave the highest yields and the most consistent composition.',
        year: 2022,
        doi: '10.9999/passerelle.aromatics.2022.041',
      },
    ],
    languages: ['en', 'fr'],
    availability: 'LIMITED',
    trlMin: 3,
    trlMax: 6,
  },

  // --- Université Cadi Ayyad --------------------------------------------------------------------
  {
    userKey: 'res-said-aitlhaj',
    headline: 'باحث في تقطير النباتات العطرية وجودة ماء الورد',
    expertise:
      'أعمل على تحسين تقطير الورد العطري (Rosa damascena) في وادي دادس ومكونة، سواء في أجهزة التقطير التقليدية أو في وحدات التقطير بالبخار. أدرس تأثير وقت القطف ونسبة الورد إلى الماء ومدة التقطير على مردود الزيت العطري وعلى تركيز المركبات الأساسية في ماء الورد مثل فينيل الإيثانول والسيترونيلول والجيرانيول. كما أهتم بإعادة تدوير مياه التقطير وتقليص استهلاك الطاقة والماء في الوحدات الصغيرة.',
    keywords: ['ماء الورد', 'الورد العطري', 'التقطير بالبخار', 'الزيت العطري', 'قلعة مكونة'],
    techniques: ['التقطير بالبخار', 'التقطير المائي', 'كروماتوغرافيا الغاز المقرونة بمطياف الكتلة (GC-MS)', 'التقييم الحسي للروائح'],
    equipment: ['وحدة تقطير تجريبية من الفولاذ المقاوم للصدأ بسعة 100 لتر', 'جهاز GC-MS'],
    publications: [
      {
        title: 'تأثير مدة التقطير ونسبة الورد إلى الماء على جودة ماء الورد بقلعة مكونة',
        abstract:
          'قارنت الدراسة بين التقطير التقليدي والتقطير بالبخار في ثلاث تعاونيات. ارتفع تركيز فينيل الإيثانول في ماء الورد عند تقليص نسبة الماء، مع انخفاض ملحوظ في استهلاك الحطب.',
        year: 2022,
        doi: '10.9999/passerelle.rose.2022.003',
      },
    ],
    languages: ['ar', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 4,
    trlMax: 8,
  },
  {
    userKey: 'res-ghita-benslimane',
    headline: 'Supercritical CO2 extraction of oils and bioactives',
    expertise:
      'I lead a green extraction group working on supercritical CO2 extraction of vegetable oils, essential oils and antioxidants from Moroccan plants. We have extracted prickly pear seed oil, residual argan oil from press cake, rosemary antioxidants and saffron aroma compounds, and compared yields and quality with conventional processes. I model extraction kinetics to support scale-up and estimate production costs. Our pilot unit is available for contract trials with companies.',
    keywords: ['supercritical CO2', 'green extraction', 'prickly pear seed oil', 'rosemary extract', 'scale-up', 'bioactives'],
    techniques: ['supercritical fluid extraction', 'extraction kinetics modelling', 'GC-MS', 'HPLC'],
    equipment: ['supercritical CO2 pilot unit (1 L extractor)', 'GC-MS', 'HPLC-DAD'],
    publications: [
      {
        title: 'Supercritical CO2 extraction of prickly pear seed oil: yield, tocopherols and sterols compared with cold pressing',
        abstract:
          'At 40 MPa and 50 °C, supercritical CO2 recovered 95 % of the oil contained in prickly pear seeds, against 70 % for cold pressing. Tocopherol content was similar and the oil required no filtration.',
        year: 2022,
        doi: '10.9999/passerelle.greenextraction.2022.017',
      },
      {
        title: 'Recovery of residual oil from argan press cake by supercritical CO2',
        abstract:
          'Supercritical extraction recovered cosmetic-grade oil from press cake containing 12 % residual oil, while leaving a defatted cake suitable for protein and saponin extraction.',
        year: 2024,
        doi: null,
      },
    ],
    languages: ['en', 'fr'],
    availability: 'AVAILABLE',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-sophie-marchandalami',
    headline: 'Formulation cosmétique : émulsions et produits naturels',
    expertise:
      "Pharmacienne de formation, je travaille sur la formulation de produits cosmétiques à base d'ingrédients naturels marocains : huile d'argan, huile de pépins de figue de Barbarie, eau de rose et rhassoul. Mes recherches portent sur la stabilité des émulsions sans silicone, les systèmes émulsionnants d'origine végétale et les conservateurs alternatifs. Je réalise des tests de stabilité, des challenge tests et des évaluations de la tolérance cutanée. J'accompagne les start-ups dans la constitution du dossier d'information produit exigé par le règlement européen sur les cosmétiques.",
    keywords: ['formulation cosmétique', 'émulsions', 'sans silicone', 'cosmétiques naturels', 'stabilité', 'challenge test'],
    techniques: ["formulation d'émulsions", 'tests de stabilité accélérée', 'challenge test ISO 11930', 'rhéologie', 'microscopie optique'],
    equipment: ['homogénéisateur rotor-stator', 'étuves de stabilité', 'rhéomètre', 'pH-mètre et conductimètre'],
    publications: [
      {
        title: "Stabilité d'émulsions huile dans eau à base d'huile d'argan et d'émulsionnants d'origine végétale",
        abstract:
          "Trois systèmes émulsionnants d'origine végétale ont été comparés dans une crème à 15 % d'huile d'argan. L'association d'un ester de sucre et d'alcool cétéarylique a donné des émulsions stables trois mois à 40 °C.",
        year: 2021,
        doi: '10.9999/passerelle.formulation.2021.022',
      },
    ],
    languages: ['fr', 'en'],
    availability: 'LIMITED',
    trlMin: 3,
    trlMax: 8,
  },

  // --- École Nationale d'Agriculture de Meknès ---------------------------------------------------
  {
    userKey: 'res-driss-amrani',
    headline: "Qualité de l'huile d'olive et composés phénoliques",
    expertise:
      "Je travaille depuis vingt ans avec les moulins de la région de Meknès sur la qualité de l'huile d'olive. Mes recherches portent sur l'influence du stade de maturité, de la température et de la durée de malaxage et des systèmes d'extraction à deux et trois phases sur la teneur en polyphénols, en particulier l'hydroxytyrosol et le tyrosol. J'ai accompagné des producteurs vers l'allégation santé européenne relative aux polyphénols de l'olive. Je dirige également un jury de dégustation formé selon la méthode du Conseil oléicole international.",
    keywords: ["huile d'olive", 'polyphénols', 'hydroxytyrosol', 'malaxage', 'Picholine marocaine', 'allégation santé'],
    techniques: ['HPLC-DAD (méthode COI)', 'analyse sensorielle (panel test)', 'indices de qualité physico-chimiques'],
    equipment: ['HPLC-DAD', 'mini-moulin expérimental', 'salle de dégustation normalisée'],
    publications: [
      {
        title: "Effet de la température de malaxage sur la teneur en hydroxytyrosol de l'huile d'olive Picholine marocaine",
        abstract:
          "Un malaxage à 22-25 °C pendant 30 minutes maximise la teneur en dérivés de l'hydroxytyrosol, tandis qu'au-delà de 30 °C la teneur en polyphénols baisse de 25 %. Les olives récoltées au stade véraison donnent les huiles les plus riches.",
        year: 2021,
        doi: '10.9999/passerelle.olive.2021.005',
      },
    ],
    languages: ['fr', 'ar', 'en'],
    availability: 'AVAILABLE',
    trlMin: 4,
    trlMax: 8,
  },
  {
    userKey: 'res-naima-chraibi',
    headline: 'Microbiologie laitière et fermentations traditionnelles',
    expertise:
      "Je m'intéresse aux produits laitiers fermentés traditionnels marocains : lben, raïb, jben et smen. J'ai constitué une collection de plus de 300 souches de bactéries lactiques isolées de produits fermiers, caractérisées pour leur pouvoir acidifiant, leur production d'arômes et leurs propriétés probiotiques. Je travaille avec des laiteries sur la sélection de ferments autochtones et sur l'allongement de la durée de conservation des produits frais. Je m'intéresse aussi à la réduction des pertes en fromagerie artisanale.",
    keywords: ['fermentation', 'bactéries lactiques', 'lben', 'jben', 'ferments autochtones', 'probiotiques'],
    techniques: ['isolement et identification de souches', 'séquençage ARNr 16S', "cinétique d'acidification", 'tests probiotiques in vitro'],
    equipment: ['fermenteurs de 5 L', 'collection de souches cryoconservées'],
    publications: [
      {
        title: 'Diversité des bactéries lactiques du lben traditionnel de la région de Meknès',
        abstract:
          "Sur 150 isolats, les genres Lactococcus et Leuconostoc dominent. Plusieurs souches de Lactococcus lactis présentent une acidification rapide et une forte production de diacétyle, ce qui en fait des candidates pour des ferments autochtones.",
        year: 2020,
        doi: '10.9999/passerelle.lait.2020.010',
      },
    ],
    languages: ['fr', 'ar'],
    availability: 'LIMITED',
    trlMin: 3,
    trlMax: 7,
  },
  {
    userKey: 'res-badreddine-kettani',
    headline: 'Analyse sensorielle et études consommateurs',
    expertise:
      "J'anime la plateforme d'analyse sensorielle de l'école et je conçois des études hédoniques et descriptives pour des produits alimentaires et cosmétiques. Je forme des panels experts (profil sensoriel quantitatif, tests triangulaires) et j'organise des tests consommateurs en conditions réelles. J'ai travaillé sur la réformulation de biscuits allégés en sucre, sur l'acceptabilité de produits à base de dattes et sur la perception des huiles d'argan torréfiées. J'utilise des méthodes statistiques comme l'analyse en composantes principales et la cartographie des préférences.",
    keywords: ['analyse sensorielle', 'tests consommateurs', 'profil sensoriel', 'cartographie des préférences', 'réformulation'],
    techniques: ['profil sensoriel quantitatif', 'tests triangulaires', 'tests hédoniques', 'cartographie des préférences'],
    equipment: ["salle d'analyse sensorielle de 12 cabines", "logiciel d'acquisition de données sensorielles"],
    publications: [
      {
        title: 'Acceptabilité de biscuits à teneur réduite en sucre enrichis en poudre de dattes auprès de consommateurs marocains',
        abstract:
          "Cent vingt consommateurs ont évalué cinq recettes de biscuits. Une réduction de 30 % du sucre compensée par de la poudre de dattes n'a pas diminué l'appréciation globale, contrairement à l'emploi de polyols seuls.",
        year: 2024,
        doi: '10.9999/passerelle.sensoriel.2024.018',
      },
    ],
    languages: ['fr', 'ar', 'en'],
    availability: 'AVAILABLE',
    trlMin: 5,
    trlMax: 9,
  },
];

// ---------------------------------------------------------------------------------------------
// Innovation needs: 10 in French, 8 in Arabic, 7 in English
// ---------------------------------------------------------------------------------------------

export const demoNeeds: DemoNeed[] = [
  // --- Coopérative Tifaout Argane (demo account 'industrial') ----------------------------------
  {
    key: 'need-argan-stabilite-oxydative',
    organisationKey: 'coop-argan-tiznit',
    authorKey: 'industrial',
    title: "Améliorer la stabilité oxydative de notre huile d'argan cosmétique",
    description:
      "Notre huile d'argan cosmétique, pressée à froid à partir d'amandons non torréfiés, développe une odeur rance après 12 à 14 mois, en particulier dans les flacons exposés à la lumière. Nos clients européens demandent une durée de vie garantie de 24 mois. Nous cherchons une équipe capable d'identifier les étapes critiques (stockage des fruits, humidité des amandons, filtration, conditionnement) et de proposer des solutions validées par des tests de vieillissement accéléré. L'ajout d'antioxydants naturels, comme un extrait de romarin ou des tocophérols, peut être étudié.",
    language: 'fr',
    sector: 'COSMETICS',
    keywords: ["huile d'argan", 'stabilité oxydative', 'rancissement', 'durée de vie', 'antioxydants naturels', 'conditionnement'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 80000,
    budgetMaxMad: 200000,
    deadline: '2027-06-30',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-argan-rendement-pressage',
    organisationKey: 'coop-argan-tiznit',
    authorKey: 'industrial',
    title: 'تحسين مردودية استخلاص زيت الأركان الغذائي بالعصر على البارد',
    description:
      'تستخرج تعاونيتنا زيت الأركان الغذائي بواسطة معصرة لولبية، غير أن نسبة الزيت المتبقية في الكسب ما تزال تتجاوز عشرة في المائة. نبحث عن فريق بحث يساعدنا على ضبط درجة التحميص ورطوبة اللوز وسرعة المعصرة لرفع المردود دون المساس بالمذاق والجودة. نرغب كذلك في إجراء تجارب على آلة نصف صناعية قبل اقتناء معدات جديدة. يجب أن تبقى الحلول المقترحة في متناول تعاونية نسوية صغيرة من حيث التكلفة والصيانة.',
    language: 'ar',
    sector: 'AGRIFOOD',
    keywords: ['زيت الأركان', 'العصر على البارد', 'المردودية', 'التحميص', 'الكسب'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 60000,
    budgetMaxMad: 150000,
    deadline: '2027-06-30',
    visibility: 'MEMBERS',
    anonymous: true,
    status: 'OPEN',
  },
  {
    key: 'need-argan-coproduits',
    organisationKey: 'coop-argan-tiznit',
    authorKey: 'industrial',
    title: "Valoriser le tourteau et les coques d'argan de notre unité de pressage",
    description:
      "Notre unité produit chaque année environ 90 tonnes de coques et 25 tonnes de tourteau d'argan, aujourd'hui vendus à bas prix comme combustible ou aliment pour le bétail. Nous souhaitons étudier des débouchés à plus forte valeur : exfoliant cosmétique à partir de coques broyées, extraction de saponines ou de protéines du tourteau, charbon actif. Le besoin est encore exploratoire et nous préférons que le cluster nous oriente d'abord vers les équipes pertinentes. Une étude de faisabilité technico-économique serait un premier livrable.",
    language: 'fr',
    sector: 'COSMETICS',
    keywords: ["tourteau d'argan", "coques d'argan", 'coproduits', 'exfoliant', 'saponines', 'économie circulaire'],
    trlCurrent: 2,
    trlTarget: 5,
    budgetMinMad: 50000,
    budgetMaxMad: 120000,
    deadline: null,
    visibility: 'STAFF_ONLY',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-argan-authenticity-export',
    organisationKey: 'coop-argan-tiznit',
    authorKey: 'industrial',
    title: 'Authenticity and traceability testing for export-grade argan oil',
    description:
      'Importers in Europe and North America increasingly ask for proof that our culinary argan oil is pure and comes from the Tiznit area. We would like a fast screening method, for example FTIR or fluorescence spectroscopy combined with chemometrics, to detect blending with cheaper oils at the cooperative. We also want a lot-level traceability system linking each bottle to its collection zone and pressing date. This need is still a draft and will be refined with the cluster staff.',
    language: 'en',
    sector: 'AGRIFOOD',
    keywords: ['argan oil', 'authenticity', 'adulteration', 'traceability', 'chemometrics', 'export'],
    trlCurrent: 3,
    trlTarget: 6,
    budgetMinMad: 70000,
    budgetMaxMad: 180000,
    deadline: '2027-11-30',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'DRAFT',
  },

  // --- Coopérative Taddart Argan Essaouira ------------------------------------------------------
  {
    key: 'need-argan-certification-bio',
    organisationKey: 'coop-argan-essaouira',
    authorKey: 'ind-zahra-benhammou',
    title: "Accompagnement à la certification biologique et à l'IGP Argane de nos huiles",
    description:
      "Notre coopérative souhaite obtenir la certification biologique européenne et renforcer sa conformité à l'IGP Argane pour ses huiles alimentaire et cosmétique. Nous avons besoin d'un appui pour mettre en place la traçabilité depuis la collecte des fruits jusqu'au lot d'huile, et pour définir un plan d'analyses (acidité, indice de peroxyde, composition en acides gras et en stérols). Un diagnostic de notre système qualité actuel et une formation des membres seraient appréciés. L'audit de certification est prévu au second semestre 2027.",
    language: 'fr',
    sector: 'COSMETICS',
    keywords: ['certification biologique', 'IGP Argane', 'traçabilité', 'plan de contrôle', "huile d'argan", 'qualité'],
    trlCurrent: 6,
    trlTarget: 8,
    budgetMinMad: 40000,
    budgetMaxMad: 90000,
    deadline: '2027-05-15',
    visibility: 'MEMBERS',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-argan-hair-serum',
    organisationKey: 'coop-argan-essaouira',
    authorKey: 'ind-zahra-benhammou',
    title: 'Natural hair serum based on argan oil with a lighter sensory profile',
    description:
      'Our cooperative sells pure argan oil, but our fair-trade buyers want a ready-to-use hair serum that feels lighter and absorbs faster. We are looking for a formulation partner to develop an anhydrous serum combining argan oil with other natural emollients and a natural fragrance. The product must comply with the EU Cosmetics Regulation, including the safety assessment and stability and compatibility tests. We can provide oil samples and test the prototypes with our clients.',
    language: 'en',
    sector: 'COSMETICS',
    keywords: ['argan oil', 'hair serum', 'cosmetic formulation', 'natural emollients', 'EU Cosmetics Regulation'],
    trlCurrent: 3,
    trlTarget: 7,
    budgetMinMad: 50000,
    budgetMaxMad: 130000,
    deadline: '2027-07-15',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },

  // --- Coopérative Zafrane Souktana (saffron) ----------------------------------------------------
  {
    key: 'need-safran-iso-3632',
    organisationKey: 'coop-safran-taliouine',
    authorKey: 'ind-mustapha-oulhaj',
    title: 'Mettre en place le contrôle qualité du safran selon la norme ISO 3632',
    description:
      "Nous commercialisons environ 300 kg de safran par an et nos acheteurs exigent désormais un classement selon la norme ISO 3632. Nous souhaitons être accompagnés pour mesurer le pouvoir colorant (crocine), l'amertume (picrocrocine) et l'arôme (safranal) de chaque lot et pour interpréter les résultats. Nous voulons aussi comprendre l'effet de nos pratiques de séchage et de stockage sur ces paramètres. À terme, nous aimerions équiper un petit laboratoire interne d'un spectrophotomètre UV-visible et former deux techniciennes.",
    language: 'fr',
    sector: 'AGRIFOOD',
    keywords: ['safran', 'ISO 3632', 'crocine', 'picrocrocine', 'safranal', 'séchage'],
    trlCurrent: 5,
    trlTarget: 8,
    budgetMinMad: 60000,
    budgetMaxMad: 150000,
    deadline: '2027-09-15',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-safran-gheche',
    organisationKey: 'coop-safran-taliouine',
    authorKey: 'ind-mustapha-oulhaj',
    title: 'كشف غش الزعفران وإثبات أصالة زعفران تالوين',
    description:
      'يواجه زعفران تالوين منافسة من منتجات مغشوشة تُخلط بأجزاء أخرى من الزهرة أو بمواد ملونة. نرغب في تطوير طريقة سريعة ومنخفضة التكلفة لكشف الغش يمكن استعمالها داخل التعاونية عند شراء المحصول من الفلاحين. نبحث أيضاً عن دعم لبناء قاعدة بيانات مرجعية تميز البصمة الكيميائية لزعفراننا. سيساعدنا ذلك على حماية تسمية المنشأ وتعزيز ثقة المشترين الأجانب.',
    language: 'ar',
    sector: 'AGRIFOOD',
    keywords: ['الزعفران', 'الغش', 'الأصالة', 'تسمية المنشأ', 'التحليل السريع'],
    trlCurrent: 2,
    trlTarget: 6,
    budgetMinMad: 80000,
    budgetMaxMad: 200000,
    deadline: '2027-09-30',
    visibility: 'MEMBERS',
    anonymous: true,
    status: 'OPEN',
  },

  // --- Coopérative Aknari Aït Baâmrane (prickly pear) ----------------------------------------------
  {
    key: 'need-figue-barbarie-huile',
    organisationKey: 'coop-cactus-sidi-ifni',
    authorKey: 'ind-fadma-boulaich',
    title: "Augmenter le rendement d'extraction de l'huile de pépins de figue de Barbarie",
    description:
      "Notre presse actuelle laisse une part importante de l'huile dans le tourteau de pépins de figue de Barbarie, une matière première rare et coûteuse. Nous voulons optimiser la préparation des graines (séparation, lavage, séchage) et les paramètres de pressage pour gagner en rendement sans dégrader la qualité. Une comparaison avec l'extraction au CO2 supercritique nous intéresse pour une gamme premium. Une collaboration a démarré avec un laboratoire partenaire et les premiers essais pilotes sont en cours.",
    language: 'fr',
    sector: 'COSMETICS',
    keywords: ['figue de Barbarie', 'huile de pépins', 'pressage à froid', 'rendement', 'CO2 supercritique'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 100000,
    budgetMaxMad: 250000,
    deadline: '2027-12-31',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'IN_PROGRESS',
  },
  {
    key: 'need-cactus-mucilage',
    organisationKey: 'coop-cactus-sidi-ifni',
    authorKey: 'ind-fadma-boulaich',
    title: 'استخلاص المادة الهلامية من ألواح التين الشوكي لاستعمالها مكثفاً غذائياً طبيعياً',
    description:
      'بعد التقليم السنوي لبساتين التين الشوكي تتراكم لدينا كميات كبيرة من الألواح غير المستغلة. نريد استخلاص المادة الهلامية (الموسيلاج) منها وتجفيفها على شكل مسحوق يُستعمل مكثفاً طبيعياً في المربيات والصلصات. نحتاج إلى بروتوكول استخلاص بسيط وإلى تقييم الخصائص الوظيفية للمسحوق مقارنة بالمكثفات التجارية. نرحب بالشراكة مع مختبرات لها خبرة في التجفيف والتحاليل الريولوجية.',
    language: 'ar',
    sector: 'AGRIFOOD',
    keywords: ['التين الشوكي', 'الموسيلاج', 'مكثف طبيعي', 'التجفيف', 'تثمين المخلفات'],
    trlCurrent: 2,
    trlTarget: 5,
    budgetMinMad: 40000,
    budgetMaxMad: 120000,
    deadline: '2027-10-31',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },

  // --- Coopérative Tamr Tafilalet (dates) --------------------------------------------------------
  {
    key: 'need-dattes-dibs',
    organisationKey: 'coop-dattes-errachidia',
    authorKey: 'ind-ahmed-sijilmassi',
    title: 'إنتاج دبس التمر من التمور منخفضة القيمة التجارية',
    description:
      'تفرز تعاونيتنا كل موسم ما يقارب مائتي طن من التمور الجافة أو الصغيرة التي تُباع بثمن زهيد علفاً للماشية. نرغب في تحويلها إلى دبس تمر ذي جودة ثابتة يصلح للبيع المباشر للمستهلكين ولصناعة الحلويات. نبحث عن خبرة في الاستخلاص والتصفية والتركيز وفي منع تبلور السكريات أثناء التخزين. كما نحتاج إلى مساعدة في تحديد المعدات المناسبة لوحدة صغيرة وتقدير كلفة الاستثمار.',
    language: 'ar',
    sector: 'AGRIFOOD',
    keywords: ['التمور', 'دبس التمر', 'التحويل', 'تبلور السكريات', 'وحدة صغيرة'],
    trlCurrent: 3,
    trlTarget: 7,
    budgetMinMad: 100000,
    budgetMaxMad: 300000,
    deadline: '2027-04-30',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-pate-dattes-conservation',
    organisationKey: 'coop-dattes-errachidia',
    authorKey: 'ind-ahmed-sijilmassi',
    title: 'Prolonger la durée de conservation de notre pâte de dattes',
    description:
      "Notre pâte de dattes, vendue en barquettes de 500 g aux pâtissiers et aux biscuiteries, durcit et présente des moisissures après trois à quatre mois. Nous cherchons à atteindre au moins douze mois de conservation sans conservateurs de synthèse. Les pistes envisagées sont la maîtrise de l'activité de l'eau, un traitement thermique adapté et un emballage sous atmosphère modifiée. Nous avons besoin d'essais de vieillissement et d'analyses microbiologiques pour valider la solution retenue.",
    language: 'fr',
    sector: 'AGRIFOOD',
    keywords: ['pâte de dattes', 'durée de conservation', "activité de l'eau", 'emballage', 'moisissures'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 50000,
    budgetMaxMad: 120000,
    deadline: '2027-08-31',
    visibility: 'MEMBERS',
    anonymous: false,
    status: 'OPEN',
  },

  // --- Coopérative Nour Couscous -----------------------------------------------------------------
  {
    key: 'need-couscous-qualite-emballage',
    organisationKey: 'coop-couscous-khenifra',
    authorKey: 'ind-rkia-moutawakil',
    title: 'توحيد جودة الكسكس التقليدي المفتول يدوياً وتحسين تغليفه',
    description:
      'تنتج نساء التعاونية الكسكس يدوياً من القمح الصلب والشعير، لكن حجم الحبيبات ودرجة التجفيف يختلفان من دفعة إلى أخرى. نبحث عن مواكبة علمية لتحديد معايير بسيطة لمراقبة الجودة، مثل الرطوبة وتوزيع حجم الحبيبات وسلوك المنتج أثناء الطهي. نرغب أيضاً في اختيار تغليف يحمي المنتج من الرطوبة والحشرات ويطيل مدة صلاحيته إلى اثني عشر شهراً. الهدف هو الاستجابة لمتطلبات الأسواق الراقية دون فقدان الطابع التقليدي.',
    language: 'ar',
    sector: 'AGRIFOOD',
    keywords: ['الكسكس', 'مراقبة الجودة', 'التغليف', 'مدة الصلاحية', 'تعاونية نسوية'],
    trlCurrent: 5,
    trlTarget: 8,
    budgetMinMad: 30000,
    budgetMaxMad: 80000,
    deadline: '2027-05-31',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-couscous-orge-legumineuses',
    organisationKey: 'coop-couscous-khenifra',
    authorKey: 'ind-rkia-moutawakil',
    title: "Développer un couscous d'orge enrichi en légumineuses avec étiquetage nutritionnel",
    description:
      "Nous souhaitons lancer un couscous à base d'orge et de farine de pois chiche ou de lentilles, plus riche en protéines et en fibres. Il faut trouver une formulation qui se roule bien à la main, cuit correctement à la vapeur et plaît aux consommateurs. Nous avons aussi besoin d'analyses de composition pour établir l'étiquetage nutritionnel. Ce besoin est en cours de rédaction et sera précisé avec l'équipe du cluster.",
    language: 'fr',
    sector: 'AGRIFOOD',
    keywords: ['couscous', 'orge', 'légumineuses', 'étiquetage nutritionnel', 'formulation'],
    trlCurrent: 2,
    trlTarget: 6,
    budgetMinMad: null,
    budgetMaxMad: null,
    deadline: null,
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'DRAFT',
  },

  // --- Huilerie Zitouna Meknès ---------------------------------------------------------------------
  {
    key: 'need-olive-polyphenols',
    organisationKey: 'pme-huilerie-meknes',
    authorKey: 'ind-hamid-tahiri',
    title: "Obtenir une huile d'olive riche en polyphénols éligible à l'allégation santé européenne",
    description:
      "Nous voulons produire une cuvée d'huile d'olive vierge extra de Picholine marocaine contenant au moins 250 mg/kg d'hydroxytyrosol et de ses dérivés, seuil de l'allégation santé autorisée par le règlement européen n° 432/2012. Nous cherchons à optimiser la date de récolte, la température et la durée de malaxage ainsi que les conditions de stockage. Nous avons besoin d'un laboratoire capable de doser les polyphénols par HPLC selon la méthode du Conseil oléicole international et d'interpréter les résultats d'une campagne à l'autre. Les essais peuvent être menés dans notre moulin dès la campagne 2027-2028.",
    language: 'fr',
    sector: 'AGRIFOOD',
    keywords: ["huile d'olive", 'polyphénols', 'hydroxytyrosol', 'allégation santé', 'malaxage', 'HPLC'],
    trlCurrent: 5,
    trlTarget: 8,
    budgetMinMad: 120000,
    budgetMaxMad: 300000,
    deadline: '2027-10-15',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-olive-pomace',
    organisationKey: 'pme-huilerie-meknes',
    authorKey: 'ind-hamid-tahiri',
    title: 'Valorising wet olive pomace (alperujo) from a two-phase mill',
    description:
      'Our mill generates around 6,000 tonnes of wet pomace (alperujo) per season, and its disposal is becoming costly and subject to stricter environmental controls. We want to evaluate routes such as polyphenol recovery, pitting and drying of the pomace for feed or fuel, and composting. We need a techno-economic comparison followed by pilot trials of the most promising option. Because this topic touches on regulatory compliance, we prefer to keep the need confidential and visible only to cluster staff.',
    language: 'en',
    sector: 'AGRIFOOD',
    keywords: ['olive pomace', 'alperujo', 'polyphenol recovery', 'by-product valorisation', 'composting', 'circular economy'],
    trlCurrent: 2,
    trlTarget: 6,
    budgetMinMad: 250000,
    budgetMaxMad: 600000,
    deadline: '2027-12-15',
    visibility: 'STAFF_ONLY',
    anonymous: true,
    status: 'OPEN',
  },

  // --- Laiterie Doukkala Lait ----------------------------------------------------------------------
  {
    key: 'need-lben-duree-vie',
    organisationKey: 'pme-laiterie-doukkala',
    authorKey: 'ind-nabil-skalli',
    title: 'تمديد مدة صلاحية اللبن والرايب دون إضافة مواد حافظة',
    description:
      'لا تتجاوز مدة صلاحية اللبن والرايب اللذين ننتجهما حالياً عشرة أيام، مما يحد من توزيعهما خارج الجهة. نرغب في تمديدها إلى ثلاثة أسابيع دون إضافة مواد حافظة، وذلك بتحسين المعالجة الحرارية واختيار خمائر مناسبة وتحسين ظروف التعبئة. نبحث عن مختبر قادر على إجراء دراسات مدة الصلاحية والتحاليل الميكروبيولوجية والحسية. تتوفر لدينا خطوط إنتاج يمكن استعمالها لإجراء تجارب على النطاق الصناعي.',
    language: 'ar',
    sector: 'AGRIFOOD',
    keywords: ['اللبن', 'الرايب', 'مدة الصلاحية', 'الخمائر', 'بدون مواد حافظة'],
    trlCurrent: 5,
    trlTarget: 8,
    budgetMinMad: 150000,
    budgetMaxMad: 400000,
    deadline: '2027-03-31',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-lben-starter-cultures',
    organisationKey: 'pme-laiterie-doukkala',
    authorKey: 'ind-nabil-skalli',
    title: 'Selecting local lactic acid bacteria as starter cultures for traditional lben',
    description:
      'We want to replace imported starter cultures with strains isolated from traditional Moroccan lben and raïb, to recover the authentic taste our consumers expect. The project involves isolating and characterising strains for acidification, aroma production and phage resistance, then scaling them up in our plant. A collaboration with a university team started in 2026 and the first pilot batches are being evaluated. We remain open to complementary expertise in sensory analysis and culture production.',
    language: 'en',
    sector: 'AGRIFOOD',
    keywords: ['lactic acid bacteria', 'starter cultures', 'lben', 'fermentation', 'dairy', 'sensory analysis'],
    trlCurrent: 3,
    trlTarget: 7,
    budgetMinMad: 200000,
    budgetMaxMad: 500000,
    deadline: '2027-06-30',
    visibility: 'MEMBERS',
    anonymous: false,
    status: 'IN_PROGRESS',
  },

  // --- Biscuiterie Al Amal ---------------------------------------------------------------------------
  {
    key: 'need-biscuits-reduction-sucre',
    organisationKey: 'pme-biscuiterie-casa',
    authorKey: 'ind-leila-benchekroun',
    title: 'Réduire de 30 % le sucre ajouté dans une gamme de biscuits secs',
    description:
      "Pour répondre aux attentes des consommateurs et des distributeurs, nous avons voulu réduire de 30 % le sucre ajouté de notre gamme de biscuits secs sans perte de texture ni de goût. Les pistes étudiées étaient l'incorporation de poudre de dattes, de fibres et de polyols. Un projet mené avec un laboratoire partenaire a abouti à deux recettes validées en analyse sensorielle puis industrialisées. Le besoin est aujourd'hui clôturé.",
    language: 'fr',
    sector: 'AGRIFOOD',
    keywords: ['biscuits', 'réduction du sucre', 'poudre de dattes', 'fibres', 'analyse sensorielle'],
    trlCurrent: 4,
    trlTarget: 8,
    budgetMinMad: 200000,
    budgetMaxMad: 450000,
    deadline: '2027-01-31',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'CLOSED',
  },
  {
    key: 'need-biscuits-recyclable-packaging',
    organisationKey: 'pme-biscuiterie-casa',
    authorKey: 'ind-leila-benchekroun',
    title: 'Recyclable mono-material packaging for biscuits and wafers',
    description:
      'Our biscuits and wafers are currently packed in multilayer laminated films that cannot be recycled in Morocco. We are looking for a recyclable mono-material solution, for example metallised or coated polypropylene, with oxygen and water vapour barriers good enough for nine months of shelf life. The partner should help us qualify films, run shelf-life tests and check machinability on our flow-wrap lines. We would like to keep our company name confidential at this stage.',
    language: 'en',
    sector: 'AGRIFOOD',
    keywords: ['packaging', 'recyclable', 'mono-material', 'barrier properties', 'shelf life', 'biscuits'],
    trlCurrent: 5,
    trlTarget: 8,
    budgetMinMad: 150000,
    budgetMaxMad: 350000,
    deadline: '2027-09-30',
    visibility: 'MEMBERS',
    anonymous: true,
    status: 'OPEN',
  },

  // --- Nakhla Naturals ---------------------------------------------------------------------------------
  {
    key: 'need-toner-preservative',
    organisationKey: 'startup-nakhla',
    authorKey: 'ind-sarah-elmansouri',
    title: 'Natural preservative system for a water-based rose and aloe toner',
    description:
      'We are developing a facial toner based on rose water and aloe vera and want to avoid parabens and phenoxyethanol. We need help designing a natural preservative system (organic acids, plant extracts, multifunctional ingredients) that passes the ISO 11930 challenge test. Compatibility with our glass packaging and a pH between 4.5 and 5.5 are required. Support with the stability protocol and the safety assessment file would be a plus.',
    language: 'en',
    sector: 'COSMETICS',
    keywords: ['natural preservative', 'challenge test', 'ISO 11930', 'rose water', 'clean beauty', 'toner'],
    trlCurrent: 3,
    trlTarget: 7,
    budgetMinMad: 40000,
    budgetMaxMad: 100000,
    deadline: '2027-05-31',
    visibility: 'PUBLIC',
    anonymous: true,
    status: 'OPEN',
  },
  {
    key: 'need-emulsion-sans-silicone',
    organisationKey: 'startup-nakhla',
    authorKey: 'ind-sarah-elmansouri',
    title: "Formuler une émulsion sans silicone à l'huile de figue de Barbarie et à l'huile d'argan",
    description:
      "Nous avons souhaité remplacer les silicones de notre crème de nuit par un système émollient entièrement d'origine naturelle, associant huile de pépins de figue de Barbarie et huile d'argan. La difficulté portait sur la stabilité de l'émulsion à 40 °C et sur l'obtention d'un toucher non gras. Le cluster nous a mis en relation avec une équipe de formulation et le produit a été lancé. Le besoin est clos et conservé à titre de référence.",
    language: 'fr',
    sector: 'COSMETICS',
    keywords: ['émulsion', 'sans silicone', 'figue de Barbarie', "huile d'argan", 'stabilité', 'formulation cosmétique'],
    trlCurrent: 3,
    trlTarget: 8,
    budgetMinMad: 60000,
    budgetMaxMad: 140000,
    deadline: '2027-02-28',
    visibility: 'STAFF_ONLY',
    anonymous: false,
    status: 'CLOSED',
  },

  // --- Warda Dadès (rose) -------------------------------------------------------------------------------
  {
    key: 'need-rose-distillation',
    organisationKey: 'startup-warda-dades',
    authorKey: 'ind-younes-dadsi',
    title: 'تحسين مردود تقطير الورد العطري وجودة ماء الورد بقلعة مكونة',
    description:
      'نقطر كل موسم حوالي أربعين طناً من الورد العطري في جهاز تقطير تقليدي يعمل بالحطب. مردود الزيت العطري ضعيف، وجودة ماء الورد غير منتظمة من دفعة إلى أخرى. نبحث عن خبراء لإعادة تصميم عملية التقطير وتحديد المعايير المثلى، مع تقليص استهلاك الماء والطاقة. نرغب كذلك في إعداد بطاقة تقنية تحليلية لماء الورد تستجيب لمتطلبات عملائنا في أوروبا.',
    language: 'ar',
    sector: 'COSMETICS',
    keywords: ['ماء الورد', 'التقطير', 'الزيت العطري', 'النجاعة الطاقية', 'قلعة مكونة'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 120000,
    budgetMaxMad: 250000,
    deadline: '2027-02-28',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'OPEN',
  },
  {
    key: 'need-rose-water-shelf-life',
    organisationKey: 'startup-warda-dades',
    authorKey: 'ind-younes-dadsi',
    title: 'Microbial stability and shelf life of preservative-free rose water',
    description:
      'Our rose water is sold without preservatives, and some batches become cloudy or develop off-odours after a few months. We need to understand the contamination sources along distillation, storage and bottling, and to define hygiene practices and, if needed, a gentle treatment such as microfiltration. A shelf-life study with microbiological monitoring should support an 18-month best-before date. We prefer to discuss this need with cluster staff first because a key export customer is involved.',
    language: 'en',
    sector: 'COSMETICS',
    keywords: ['rose water', 'microbial stability', 'shelf life', 'microfiltration', 'hygiene'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 60000,
    budgetMaxMad: 150000,
    deadline: '2027-04-15',
    visibility: 'STAFF_ONLY',
    anonymous: false,
    status: 'OPEN',
  },

  // --- Terra Moulouya (rhassoul; membership pending, so its need is still a draft) -----------------------
  {
    key: 'need-ghassoul-export',
    organisationKey: 'startup-terra-moulouya',
    authorKey: 'ind-kenza-raji',
    title: 'توصيف الغاسول المغربي وضمان سلامته الميكروبيولوجية من أجل التصدير',
    description:
      'نقوم بتحويل الغاسول المستخرج من حوض ملوية إلى أقنعة ومساحيق جاهزة للاستعمال. يطالب موزعونا في الاتحاد الأوروبي بملف تقني يتضمن التركيب المعدني ونسب المعادن الثقيلة والحمولة الميكروبية. نبحث عن مختبر يساعدنا على توصيف المادة الأولية ووضع طريقة لمعالجتها تضمن سلامتها دون الإضرار بخصائصها. نحتاج أيضاً إلى خطة لمراقبة جودة كل دفعة.',
    language: 'ar',
    sector: 'COSMETICS',
    keywords: ['الغاسول', 'الطين', 'المعادن الثقيلة', 'السلامة الميكروبيولوجية', 'التصدير', 'مستحضرات التجميل'],
    trlCurrent: 4,
    trlTarget: 7,
    budgetMinMad: 50000,
    budgetMaxMad: 150000,
    deadline: '2027-07-31',
    visibility: 'PUBLIC',
    anonymous: false,
    status: 'DRAFT',
  },
];
