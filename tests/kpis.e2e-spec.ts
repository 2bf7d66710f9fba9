import { parse } from 'csv-parse/sync';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const FUNNEL = 'needsPosted matchesSuggested matchesProposed introductions collaborations successes';
const KPIS = `query($filter: KpiFilter) {
  kpis(filter: $filter) {
    from to ${FUNNEL}
    declineReasons { reason side count }
    bySector { sector ${FUNNEL} }
    byMonth { month matchesSuggested matchesProposed introductions collaborations }
  }
}`;
const EXPORT_MATCHES = `query($filter: PipelineFilter, $period: KpiFilter) {
  exportMatches(filter: $filter, period: $period) { filename language rows content columns { key label } }
}`;
const EXPORT_NEEDS = `query($filter: KpiFilter) { exportNeeds(filter: $filter) { filename language rows content columns { key label } } }`;

interface CsvFile {
  filename: string;
  language: string;
  rows: number;
  content: string;
  columns: { key: string; label: string }[];
}

/** The header as written in the file, and each row keyed by the columns' stable keys. */
function read(file: CsvFile): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parse(file.content, { bom: true }) as string[][];
  return { header, records: rows.map((row) => Object.fromEntries(file.columns.map((c, i) => [c.key, row[i]]))) };
}

/**
 * A known history over two years, every instant set by hand (noon UTC):
 *   2025: A (agrifood, created 2025-03-02) → proposed 03-10 → introduced 03-20 → collaborating 04-01 → closed SUCCESS 2025-11-15
 *         B (cosmetics, created 2025-06-01) → proposed 06-05 → researcher declined 06-07 (NO_CAPACITY)
 *   2026: C (cosmetics, created 2026-02-01) → proposed 02-03 → industrial declined 02-04 (BUDGET)
 *         D (agrifood, created 2026-02-10), suggested only
 *         E (cosmetics, created 2026-03-01) → proposed 03-02 → introduced 03-05
 */
async function history(app: TestApp, world: World) {
  const need = async (title: string, sector: string, day: string) => {
    const [row] = await app.db.query(
      `INSERT INTO needs (organisation_id, author_id, title, description, language, sector, trl_current, trl_target, visibility, status, created_at)
       VALUES ($1, $2, $3, 'Un besoin de l’historique des indicateurs.', 'fr', $4, 3, 6, 'PUBLIC', 'OPEN', $5) RETURNING id`,
      [world.organisations.owner.id, world.users.industrialOwner.id, title, sector, `${day}T12:00:00Z`],
    );
    return row.id as string;
  };
  const at = (day?: string) => (day ? `${day}T12:00:00Z` : null);
  interface Steps {
    created: string;
    proposed?: string;
    introduced?: string;
    collaborating?: string;
    closed?: string;
    outcome?: string;
    industrial?: [string, string | null, string];
    researcher?: [string, string | null, string];
  }
  const match = async (needId: string, profileId: string, status: string, s: Steps) => {
    const [row] = await app.db.query(
      `INSERT INTO matches (need_id, researcher_profile_id, status, origin, features, created_by, created_at, proposed_at, introduced_at,
                            collaboration_started_at, closed_at, outcome,
                            industrial_answer, industrial_reason, industrial_answered_at, researcher_answer, researcher_reason, researcher_answered_at)
       VALUES ($1, $2, $3, 'STAFF', '[]', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        needId, profileId, status, world.users.staff.id, at(s.created), at(s.proposed), at(s.introduced), at(s.collaborating), at(s.closed), s.outcome ?? null,
        s.industrial?.[0] ?? null, s.industrial?.[1] ?? null, at(s.industrial?.[2]), s.researcher?.[0] ?? null, s.researcher?.[1] ?? null, at(s.researcher?.[2]),
      ],
    );
    return row.id as string;
  };
  const r1 = world.profiles.researcherMember.id;
  const r2 = world.profiles.researcherLapsed.id;
  const a = await need('Séchage solaire des figues', 'AGRIFOOD', '2025-03-01');
  const b = await need('Crème au figuier de Barbarie', 'COSMETICS', '2025-05-30');
  const c = await need('=Savon "noir", au ghassoul', 'COSMETICS', '2026-01-30');
  const d = await need('Farine de caroube', 'AGRIFOOD', '2026-02-09');
  const e = await need('Hydrolat de rose de Kelâat', 'COSMETICS', '2026-02-28');
  const ids = {
    A: await match(a, r1, 'CLOSED', {
      created: '2025-03-02', proposed: '2025-03-10', introduced: '2025-03-20', collaborating: '2025-04-01', closed: '2025-11-15', outcome: 'SUCCESS',
      industrial: ['INTERESTED', null, '2025-03-12'], researcher: ['INTERESTED', null, '2025-03-20'],
    }),
    B: await match(b, r2, 'DECLINED', { created: '2025-06-01', proposed: '2025-06-05', industrial: ['PENDING', null, undefined as never], researcher: ['DECLINED', 'NO_CAPACITY', '2025-06-07'] }),
    C: await match(c, r1, 'DECLINED', { created: '2026-02-01', proposed: '2026-02-03', industrial: ['DECLINED', 'BUDGET', '2026-02-04'], researcher: ['PENDING', null, undefined as never] }),
    D: await match(d, r2, 'SUGGESTED', { created: '2026-02-10' }),
    E: await match(e, r2, 'INTRODUCED', {
      created: '2026-03-01', proposed: '2026-03-02', introduced: '2026-03-05', industrial: ['INTERESTED', null, '2026-03-03'], researcher: ['INTERESTED', null, '2026-03-05'],
    }),
  };
  return ids;
}

const Y2025 = { from: '2025-01-01', to: '2025-12-31' };
const Y2026Q1 = { from: '2026-01-01', to: '2026-03-31' };

describe('KPIs for a chosen period, and localized CSV exports', () => {
  let app: TestApp;
  let world: World;
  let ids: Record<'A' | 'B' | 'C' | 'D' | 'E', string>;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    ids = await history(app, world);
  });
  afterAll(() => app.close());

  const as = (viewer: ViewerName, language?: string) => ({ token: world.tokens[viewer], ...(language ? { language } : {}) });
  const kpis = async (filter: Record<string, unknown>) => (await app.ok(KPIS, { filter }, as('staff'))).kpis;

  describe('the figures follow the period', () => {
    it('counts the funnel of 2025, down to the signed success', async () => {
      const figures = await kpis(Y2025);
      expect(figures).toMatchObject({ from: '2025-01-01', to: '2025-12-31', matchesSuggested: 2, matchesProposed: 2, introductions: 1, collaborations: 1, successes: 1 });
      expect(figures.declineReasons).toEqual([{ reason: 'NO_CAPACITY', side: 'RESEARCHER', count: 1 }]);
    });

    it('counts another funnel for the first quarter of 2026', async () => {
      const figures = await kpis(Y2026Q1);
      expect(figures).toMatchObject({ matchesSuggested: 3, matchesProposed: 2, introductions: 1, collaborations: 0, successes: 0 });
      expect(figures.declineReasons).toEqual([{ reason: 'BUDGET', side: 'INDUSTRIAL', count: 1 }]);
      expect(figures.byMonth).toEqual([
        { month: '2026-01', matchesSuggested: 0, matchesProposed: 0, introductions: 0, collaborations: 0 },
        { month: '2026-02', matchesSuggested: 2, matchesProposed: 1, introductions: 0, collaborations: 0 },
        { month: '2026-03', matchesSuggested: 1, matchesProposed: 1, introductions: 1, collaborations: 0 },
      ]);
    });

    it('counts a step only on the days it happened: the success of November alone', async () => {
      const figures = await kpis({ from: '2025-11-15', to: '2025-11-15' });
      expect(figures).toMatchObject({ matchesSuggested: 0, matchesProposed: 0, introductions: 0, collaborations: 0, successes: 1 });
      expect((await kpis({ from: '2025-11-16', to: '2025-11-30' })).successes).toBe(0);
    });

    it('narrows every figure of the period to one sector', async () => {
      const cosmetics = await kpis({ ...Y2026Q1, sector: 'COSMETICS' });
      expect(cosmetics).toMatchObject({ needsPosted: 2, matchesSuggested: 2, matchesProposed: 2, introductions: 1 });
      expect(cosmetics.bySector.map((s: { sector: string }) => s.sector)).toEqual(['COSMETICS']);
      expect(cosmetics.declineReasons).toEqual([{ reason: 'BUDGET', side: 'INDUSTRIAL', count: 1 }]);
      const agrifood = await kpis({ ...Y2026Q1, sector: 'AGRIFOOD' });
      expect(agrifood).toMatchObject({ needsPosted: 1, matchesSuggested: 1, matchesProposed: 0, introductions: 0 });
      expect(agrifood.declineReasons).toEqual([]);
      const agrifood2025 = await kpis({ ...Y2025, sector: 'AGRIFOOD' });
      expect(agrifood2025).toMatchObject({ matchesSuggested: 1, collaborations: 1, successes: 1 });
      expect(agrifood2025.declineReasons).toEqual([]);
    });

    it('splits the period by sector with the same figures', async () => {
      const { bySector } = await kpis(Y2025);
      expect(bySector).toEqual([
        { sector: 'AGRIFOOD', needsPosted: 1, matchesSuggested: 1, matchesProposed: 1, introductions: 1, collaborations: 1, successes: 1 },
        { sector: 'COSMETICS', needsPosted: 1, matchesSuggested: 1, matchesProposed: 1, introductions: 0, collaborations: 0, successes: 0 },
      ]);
    });
  });

  describe('CSV in the reader’s language', () => {
    const LABELS = {
      fr: { status: 'Statut', statusCode: 'Statut (code)', created: 'Créé le (UTC)', declined: 'Déclinée', cosmetics: 'Cosmétique', budget: 'Budget', noCapacity: 'Pas de disponibilité', interested: 'Intéressé' },
      ar: { status: 'الحالة', statusCode: 'الحالة (رمز)', created: 'تاريخ الإنشاء (UTC)', declined: 'مرفوضة', cosmetics: 'مستحضرات التجميل', budget: 'الميزانية', noCapacity: 'لا تتوفر القدرة حاليا', interested: 'مهتم' },
      en: { status: 'Status', statusCode: 'Status (code)', created: 'Created (UTC)', declined: 'Declined', cosmetics: 'Cosmetics', budget: 'Budget', noCapacity: 'No capacity', interested: 'Interested' },
    } as const;

    it.each(['fr', 'ar', 'en'] as const)('writes the matches of a period with %s headings and labels, codes and UTC instants in their own columns', async (language) => {
      const file: CsvFile = (await app.ok(EXPORT_MATCHES, { period: Y2026Q1 }, as('staff', language))).exportMatches;
      expect(file.language).toBe(language);
      expect(file.filename).toMatch(new RegExp(`^passerelle-matches-\\d{4}-\\d{2}-\\d{2}-${language}\\.csv$`));
      const { header, records } = read(file);
      const labels = LABELS[language];
      expect(header).toEqual(file.columns.map((c) => c.label));
      expect(header).toEqual(expect.arrayContaining([labels.statusCode, labels.status, labels.created]));
      // The machine columns keep the same keys in every language.
      expect(file.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['status', 'status_label', 'sector', 'sector_label', 'industrial_reason', 'industrial_reason_label', 'created_at', 'created_at_label']));
      expect(records.map((r) => r.id).sort()).toEqual([ids.C, ids.D, ids.E].sort());

      const declined = records.find((r) => r.id === ids.C)!;
      expect(declined).toMatchObject({
        status: 'DECLINED',
        status_label: labels.declined,
        sector: 'COSMETICS',
        sector_label: labels.cosmetics,
        industrial_reason: 'BUDGET',
        industrial_reason_label: labels.budget,
        created_at: '2026-02-01T12:00:00.000Z',
        proposed_at: '2026-02-03T12:00:00.000Z',
        // A spreadsheet never runs the title as a formula.
        need: `'=Savon "noir", au ghassoul`,
      });
      expect(declined.created_at_label).toMatch(/2026/);
      expect(declined.created_at_label).not.toBe(declined.created_at);
      const introduced = records.find((r) => r.id === ids.E)!;
      expect(introduced).toMatchObject({ researcher_answer: 'INTERESTED', researcher_answer_label: labels.interested, closed_at: '', closed_at_label: '' });
    });

    it('reads the language from Accept-Language first, else from the viewer’s account', async () => {
      const byHeader: CsvFile = (await app.ok(EXPORT_MATCHES, { period: Y2025 }, as('staff', 'ar-MA,ar;q=0.9'))).exportMatches;
      expect(byHeader.language).toBe('ar');
      await app.db.query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [world.users.staff.id]);
      try {
        const byAccount: CsvFile = (await app.ok(EXPORT_MATCHES, { period: Y2025 }, as('staff'))).exportMatches;
        expect(byAccount.language).toBe('en');
        const { records } = read(byAccount);
        expect(records.find((r) => r.id === ids.B)).toMatchObject({ researcher_reason: 'NO_CAPACITY', researcher_reason_label: 'No capacity', status_label: 'Declined' });
      } finally {
        await app.db.query(`UPDATE users SET preferred_language = 'fr' WHERE id = $1`, [world.users.staff.id]);
      }
    });

    it('keeps only the matches that moved in the period, and its sector', async () => {
      const all2025 = read((await app.ok(EXPORT_MATCHES, { period: Y2025 }, as('staff', 'fr'))).exportMatches);
      expect(all2025.records.map((r) => r.id).sort()).toEqual([ids.A, ids.B].sort());
      const success = read((await app.ok(EXPORT_MATCHES, { period: { from: '2025-11-01', to: '2025-11-30' } }, as('staff', 'fr'))).exportMatches);
      expect(success.records.map((r) => r.id)).toEqual([ids.A]);
      expect(success.records[0]).toMatchObject({ outcome: 'SUCCESS', outcome_label: 'Réussite', closed_at: '2025-11-15T12:00:00.000Z' });
      const cosmetics = read((await app.ok(EXPORT_MATCHES, { period: { ...Y2026Q1, sector: 'COSMETICS' } }, as('staff', 'fr'))).exportMatches);
      expect(cosmetics.records.map((r) => r.id).sort()).toEqual([ids.C, ids.E].sort());
    });

    it.each(['fr', 'ar', 'en'] as const)('writes the needs of a period in %s with their codes kept', async (language) => {
      const file: CsvFile = (await app.ok(EXPORT_NEEDS, { filter: Y2026Q1 }, as('staff', language))).exportNeeds;
      expect(file.language).toBe(language);
      const { header, records } = read(file);
      expect(header[0]).toBe({ fr: 'Identifiant', ar: 'المعرف', en: 'Id' }[language]);
      expect(records).toHaveLength(3);
      const rose = records.find((r) => r.title === 'Hydrolat de rose de Kelâat')!;
      expect(rose).toMatchObject({
        sector: 'COSMETICS',
        sector_label: LABELS[language].cosmetics,
        status: 'OPEN',
        status_label: { fr: 'Ouvert', ar: 'مفتوح', en: 'Open' }[language],
        language: 'fr',
        language_label: { fr: 'Français', ar: 'الفرنسية', en: 'French' }[language],
        anonymous: 'false',
        anonymous_label: { fr: 'Non', ar: 'لا', en: 'No' }[language],
        created_at: '2026-02-28T12:00:00.000Z',
        matches: '1',
        introduced: '1',
      });
    });
  });

  describe('who may read them', () => {
    const queries: [string, string, Record<string, unknown>][] = [
      ['kpis', KPIS, { filter: Y2025 }],
      ['exportMatches', EXPORT_MATCHES, { period: Y2025 }],
      ['exportNeeds', EXPORT_NEEDS, { filter: Y2025 }],
    ];

    it.each(['staff', 'admin'] as const)('lets %s read the figures and both exports', async (viewer) => {
      for (const [field, query, variables] of queries) {
        const result = await app.gql(query, variables, as(viewer));
        expect(result.errors).toBeUndefined();
        expect(result.data![field]).toBeTruthy();
      }
    });

    it.each(['industrialOwner', 'industrialMember', 'researcherMember', 'researcherLapsed'] as const)('refuses %s every figure and export, whatever the language', async (viewer) => {
      for (const [, query, variables] of queries) {
        for (const language of ['fr', 'ar', 'en']) {
          const result = await app.gql(query, variables, as(viewer, language));
          expect(errorCode(result)).toBe('FORBIDDEN');
          expect(result.data).toBeNull();
          expect(JSON.stringify(result)).not.toContain('ghassoul');
        }
      }
    });

    it('refuses them without a session', async () => {
      for (const [, query, variables] of queries) expect(errorCode(await app.gql(query, variables))).toBe('UNAUTHENTICATED');
    });

    it('refuses a reversed or malformed period on an export with BAD_USER_INPUT', async () => {
      const reversed = await app.gql(EXPORT_MATCHES, { period: { from: '2026-03-01', to: '2026-01-01' } }, as('staff', 'en'));
      expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
      expect(reversed.errors![0].extensions.fields![0].field).toBe('to');
      const malformed = await app.gql(EXPORT_NEEDS, { filter: { from: '2026-13-45' } }, as('staff'));
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    });
  });
});
