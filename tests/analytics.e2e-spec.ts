import { parse } from 'csv-parse/sync';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const FIGURES = 'needsPosted matchesProposed introductions collaborations introductionRate collaborationRate medianDaysNeedToIntroduction';
const KPIS = `query($filter: KpiFilter) {
  kpis(filter: $filter) {
    from to ${FIGURES}
    declineReasons { reason side count }
    bySector { sector ${FIGURES} }
    byMonth { month needsPosted matchesProposed introductions collaborations }
  }
}`;
const QUARTER = { from: '2026-01-01', to: '2026-03-31' };

/** An export's rows keyed by the columns' stable keys (the headings are in the reader's language). */
function recordsOf(file: { content: string; columns: { key: string }[] }): Record<string, string>[] {
  return parse(file.content, { bom: true, columns: file.columns.map((c) => c.key), from_line: 2 });
}

/**
 * A known small history, with every timestamp set by hand (noon UTC):
 *   N1 cosmetics 01-05, N2 agrifood 01-20, N3 cosmetics 02-10, N4 agrifood 2025-12-15 (before), N5 a draft.
 *   M1 N1×R1 proposed 01-10, introduced 01-15 (10 days after N1), collaborating 02-01
 *   M2 N1×R2 proposed 01-10, the industrial declined 01-12 (TOO_EARLY_STAGE)
 *   M3 N2×R1 proposed 02-01, introduced 02-09 (20 days after N2)
 *   M4 N3×R2 proposed 03-01, the researcher declined 03-03 (BUDGET)
 *   M5 N4×R1 proposed 2025-12-20 (before), introduced 01-14 (30 days after N4)
 *   M6 N3×R1 only suggested
 */
async function history(app: TestApp, world: World) {
  const need = async (title: string, sector: string, day: string, status = 'OPEN') => {
    const [row] = await app.db.query(
      `INSERT INTO needs (organisation_id, author_id, title, description, language, sector, trl_current, trl_target, visibility, status, created_at)
       VALUES ($1, $2, $3, 'Un besoin de l’historique des indicateurs.', 'fr', $4, 3, 6, 'PUBLIC', $5, $6) RETURNING id`,
      [world.organisations.owner.id, world.users.industrialOwner.id, title, sector, status, `${day}T12:00:00Z`],
    );
    return row.id as string;
  };
  const n1 = await need('=Huile d’argan, "vierge"', 'COSMETICS', '2026-01-05');
  const n2 = await need('Séchage du safran', 'AGRIFOOD', '2026-01-20');
  const n3 = await need('Savon au nigelle', 'COSMETICS', '2026-02-10');
  const n4 = await need('Couscous sans gluten', 'AGRIFOOD', '2025-12-15');
  await need('Brouillon de crème', 'COSMETICS', '2026-02-01', 'DRAFT');
  const r1 = world.profiles.researcherMember.id;
  const r2 = world.profiles.researcherLapsed.id;
  const at = (day: string | null) => (day ? `${day}T12:00:00Z` : null);
  const match = (needId: string, profileId: string, status: string, days: { proposed?: string; introduced?: string; collaborating?: string }, answers: (string | null)[] = []) =>
    app.db.query(
      `INSERT INTO matches (need_id, researcher_profile_id, status, origin, score, features, created_by, proposed_at, introduced_at, collaboration_started_at,
                            industrial_answer, industrial_reason, industrial_answered_at, researcher_answer, researcher_reason, researcher_answered_at)
       VALUES ($1, $2, $3, 'STAFF', NULL, '[]', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [needId, profileId, status, world.users.staff.id, at(days.proposed ?? null), at(days.introduced ?? null), at(days.collaborating ?? null), ...answers],
    );
  const yes = (day: string): (string | null)[] => ['INTERESTED', null, at(day)];
  const no = (reason: string, day: string): (string | null)[] => ['DECLINED', reason, at(day)];
  await match(n1, r1, 'COLLABORATING', { proposed: '2026-01-10', introduced: '2026-01-15', collaborating: '2026-02-01' }, [...yes('2026-01-12'), ...yes('2026-01-15')]);
  await match(n1, r2, 'DECLINED', { proposed: '2026-01-10' }, [...no('TOO_EARLY_STAGE', '2026-01-12'), 'PENDING', null, null]);
  await match(n2, r1, 'INTRODUCED', { proposed: '2026-02-01', introduced: '2026-02-09' }, [...yes('2026-02-05'), ...yes('2026-02-09')]);
  await match(n3, r2, 'DECLINED', { proposed: '2026-03-01' }, ['PENDING', null, null, ...no('BUDGET', '2026-03-03')]);
  await match(n4, r1, 'INTRODUCED', { proposed: '2025-12-20', introduced: '2026-01-14' }, [...yes('2026-01-02'), ...yes('2026-01-14')]);
  await match(n3, r1, 'SUGGESTED', {}, [null, null, null, null, null, null]);
  return { n1 };
}

describe('KPIs and exports', () => {
  let app: TestApp;
  let world: World;
  let n1: string;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    ({ n1 } = await history(app, world));
  });
  afterAll(() => app.close());

  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });

  it('counts the funnel of a known quarter', async () => {
    const { kpis } = await app.ok(KPIS, { filter: QUARTER }, as('staff'));
    expect(kpis).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      needsPosted: 3,
      matchesProposed: 4,
      introductions: 3,
      collaborations: 1,
      introductionRate: 0.5,
      collaborationRate: 0.333,
      medianDaysNeedToIntroduction: 20,
    });
    expect(kpis.declineReasons).toEqual([
      { reason: 'BUDGET', side: 'RESEARCHER', count: 1 },
      { reason: 'TOO_EARLY_STAGE', side: 'INDUSTRIAL', count: 1 },
    ]);
  });

  it('splits the same figures by sector and by month', async () => {
    const { kpis } = await app.ok(KPIS, { filter: QUARTER }, as('admin'));
    expect(kpis.bySector).toEqual([
      {
        sector: 'AGRIFOOD', needsPosted: 1, matchesProposed: 1, introductions: 2, collaborations: 0,
        introductionRate: 1, collaborationRate: 0, medianDaysNeedToIntroduction: 25,
      },
      {
        sector: 'COSMETICS', needsPosted: 2, matchesProposed: 3, introductions: 1, collaborations: 1,
        introductionRate: 0.333, collaborationRate: 1, medianDaysNeedToIntroduction: 10,
      },
    ]);
    expect(kpis.byMonth).toEqual([
      { month: '2026-01', needsPosted: 2, matchesProposed: 2, introductions: 2, collaborations: 0 },
      { month: '2026-02', needsPosted: 1, matchesProposed: 1, introductions: 1, collaborations: 1 },
      { month: '2026-03', needsPosted: 0, matchesProposed: 1, introductions: 0, collaborations: 0 },
    ]);
  });

  it('narrows everything to one sector', async () => {
    const { kpis } = await app.ok(KPIS, { filter: { ...QUARTER, sector: 'COSMETICS' } }, as('staff'));
    expect(kpis).toMatchObject({ needsPosted: 2, matchesProposed: 3, introductions: 1, medianDaysNeedToIntroduction: 10 });
    expect(kpis.bySector.map((s: { sector: string }) => s.sector)).toEqual(['COSMETICS']);
    expect(kpis.declineReasons).toEqual([
      { reason: 'BUDGET', side: 'RESEARCHER', count: 1 },
      { reason: 'TOO_EARLY_STAGE', side: 'INDUSTRIAL', count: 1 },
    ]);
  });

  it('answers null rates for a period without proposals', async () => {
    const { kpis } = await app.ok(KPIS, { filter: { from: '2025-06-01', to: '2025-06-30' } }, as('staff'));
    expect(kpis).toMatchObject({ matchesProposed: 0, introductionRate: null, collaborationRate: null, medianDaysNeedToIntroduction: null });
    expect(kpis.byMonth).toEqual([{ month: '2025-06', needsPosted: 0, matchesProposed: 0, introductions: 0, collaborations: 0 }]);
  });

  it('refuses a period that ends before it starts, or a malformed date', async () => {
    const reversed = await app.gql(KPIS, { filter: { from: '2026-03-01', to: '2026-01-01' } }, as('staff'));
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    expect(reversed.errors![0].extensions.fields![0].field).toBe('to');
    const malformed = await app.gql(KPIS, { filter: { from: 'hier' } }, as('staff'));
    expect(malformed.errors![0].extensions.fields![0]).toEqual({ field: 'from', reason: 'doit être une date AAAA-MM-JJ' });
  });

  it('exports the pipeline as CSV that a spreadsheet opens safely', async () => {
    const { exportMatches } = await app.ok(`query { exportMatches { filename contentType rows content columns { key } } }`, {}, as('staff'));
    expect(exportMatches).toMatchObject({ contentType: 'text/csv; charset=utf-8', rows: 6 });
    expect(exportMatches.filename).toMatch(/^passerelle-matches-\d{4}-\d{2}-\d{2}-fr\.csv$/);
    const records = recordsOf(exportMatches);
    expect(records).toHaveLength(6);
    const collaborating = records.find((r) => r.status === 'COLLABORATING')!;
    expect(collaborating).toMatchObject({ need: `'=Huile d’argan, "vierge"`, sector: 'COSMETICS', researcher: 'Test researcher', lab: 'Laboratoire Agro-Ressources Agadir' });
    expect(Object.keys(collaborating)).not.toContain('email');
  });

  it('exports the pipeline under the same filter as the board', async () => {
    const filtered = await app.ok(`query { exportMatches(filter: { statuses: [DECLINED] }) { rows content } }`, {}, as('staff'));
    expect(filtered.exportMatches.rows).toBe(2);
    const empty = await app.ok(`query { exportMatches(filter: { statuses: [CLOSED] }) { rows content } }`, {}, as('staff'));
    expect(parse(empty.exportMatches.content, { bom: true })).toEqual([expect.arrayContaining(['Identifiant', 'Besoin', 'Statut (code)', 'Statut'])]);
  });

  it('exports the needs of a period with their match counts, drafts included', async () => {
    const { exportNeeds } = await app.ok(`query($filter: KpiFilter) { exportNeeds(filter: $filter) { rows content columns { key } } }`, { filter: QUARTER }, as('staff'));
    const records = recordsOf(exportNeeds);
    expect(records.map((r) => r.status).sort()).toEqual(['DRAFT', 'OPEN', 'OPEN', 'OPEN']);
    expect(records.find((r) => r.id === n1)).toMatchObject({ matches: '2', proposed: '2', introduced: '1', collaborations: '1', anonymous: 'false' });
  });

  it.each(['industrialOwner', 'industrialMember', 'researcherMember', 'researcherLapsed'] as const)('keeps every figure and export from %s', async (viewer) => {
    for (const query of [KPIS, `query { exportMatches { rows } }`, `query { exportNeeds { rows } }`, `query { declineFeedback { count } }`]) {
      const result = await app.gql(query, {}, as(viewer));
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });
});
