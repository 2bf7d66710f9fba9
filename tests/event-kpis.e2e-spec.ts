import { parse } from 'csv-parse/sync';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const FIGURES = 'registrations requests accepted declined expired scheduled held noShows matches collaborations';
const EVENT_KPIS = `query($id: ID!) { eventKpis(eventId: $id) { ${FIGURES} } }`;
const PERIOD_KPIS = `query($filter: KpiFilter) { kpis(filter: $filter) { from to events { total { ${FIGURES} } events { eventId title startsOn endsOn status ${FIGURES} } } } }`;
const EXPORT = `query($filter: KpiFilter) { exportEvents(filter: $filter) { filename language rows columns { key label } content } }`;

const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { id } }`;
const STATUS = `mutation($id: ID!, $status: EventStatus!) { setEventStatus(id: $id, input: { status: $status }) { id status } }`;
const SESSION = `mutation($eventId: ID!, $input: SessionInput!) { addEventSession(eventId: $eventId, input: $input) { id } }`;
const TABLES = `mutation($eventId: ID!, $input: TablesInput!) { setEventTables(eventId: $eventId, input: $input) { id } }`;
const REGISTER = `mutation($eventId: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $eventId, input: $input) { id } }`;
const REQUEST = `mutation($eventId: ID!, $input: MeetingRequestInput!) { requestEventMeeting(eventId: $eventId, input: $input) { id status } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerMeetingInput!) { answerEventMeeting(id: $id, input: $input) { id status } }`;
const SCHEDULE = `mutation($id: ID!) { scheduleEvent(eventId: $id) { meetings placed } }`;
const MARK = `mutation($id: ID!, $attendance: MeetingAttendance!) { markEventMeeting(id: $id, input: { attendance: $attendance }) { id attendance } }`;
const CONVERT = `mutation($id: ID!, $needId: ID!) { convertEventMeetingToMatch(id: $id, needId: $needId) { id matchId } }`;
const PROPOSE = `mutation($id: ID!) { proposeMatch(id: $id) { id status } }`;
const ANSWER_MATCH = `mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { id status } }`;
const START = `mutation($id: ID!, $input: StartCollaborationInput!) { startCollaboration(matchId: $id, input: $input) { id status } }`;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const at = (date: string, hh: number, mm = 0) => `${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00.000Z`;

/** The period the tests read: the scripted day (in 20 days) is in it, the later one (in 50 days) is not. */
const PERIOD = { from: day(0), to: day(40) };

describe('event figures on the KPI page and as CSV', () => {
  let app: TestApp;
  let world: World;
  const as = (viewer: ViewerName, language?: string) => ({ token: world.tokens[viewer], ...(language ? { language } : {}) });

  /** An OPEN event on `date`: one morning session (4 slots), two tables. */
  const openEvent = async (title: string, date: string) => {
    const { createEvent } = await app.ok(
      CREATE,
      {
        input: {
          title,
          description: 'Rendez-vous entre coopératives et laboratoires',
          startsOn: date,
          endsOn: date,
          venue: 'Technopole d’Agadir',
          online: false,
          registrationOpensAt: new Date(Date.now() - DAY).toISOString(),
          registrationClosesAt: new Date(Date.now() + 10 * DAY).toISOString(),
          meetingMinutes: 30,
          capacity: 50,
          requestMode: 'OPT_IN',
          requestsExpireAt: new Date(Date.now() + 15 * DAY).toISOString(),
          maxRequests: 5,
        },
      },
      as('staff'),
    );
    await app.ok(SESSION, { eventId: createEvent.id, input: { name: 'Matinée', startsAt: at(date, 9), endsAt: at(date, 11, 40), breakMinutes: 10 } }, as('staff'));
    await app.ok(TABLES, { eventId: createEvent.id, input: { count: 2 } }, as('staff'));
    await app.ok(STATUS, { id: createEvent.id, status: 'OPEN' }, as('staff'));
    return createEvent.id as string;
  };
  const register = async (viewer: ViewerName, eventId: string) =>
    (await app.ok(REGISTER, { eventId, input: { offer: 'Analyses d’huile d’argan', seek: 'Stabilité oxydative de l’huile d’argan', languages: ['fr'] } }, as(viewer))).registerForEvent.id as string;
  const request = async (viewer: ViewerName, eventId: string, recipientId: string) =>
    (await app.ok(REQUEST, { eventId, input: { recipientId, message: 'Échangeons sur l’argan' } }, as(viewer))).requestEventMeeting.id as string;
  const answer = (viewer: ViewerName, id: string, accept: boolean) => app.ok(ANSWER, { id, input: { accept } }, as(viewer));

  const periodEvents = async (viewer: ViewerName, filter: Record<string, unknown> = PERIOD) => (await app.ok(PERIOD_KPIS, { filter }, as(viewer))).kpis.events;
  const csvRecords = (file: { content: string; columns: { key: string }[] }): Record<string, string>[] =>
    parse(file.content, { bom: true, columns: file.columns.map((c) => c.key), from_line: 2 });

  let dayId: string;
  let laterId: string;
  let draftId: string;
  const expected = { registrations: 3, requests: 3, accepted: 2, declined: 1, expired: 0, scheduled: 2, held: 1, noShows: 1, matches: 1, collaborations: 1 };

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);

    // The scripted day: three members register, three requests, two accepted and scheduled,
    // one held (turned into a match, then a collaboration), one no-show, one declined.
    dayId = await openEvent('Journée d’affaires Argan', day(20));
    await register('industrialOwner', dayId);
    const member = await register('industrialMember', dayId);
    const researcher = await register('researcherMember', dayId);
    const held = await request('industrialOwner', dayId, researcher);
    const noShow = await request('industrialMember', dayId, researcher);
    const declined = await request('industrialOwner', dayId, member);
    await answer('researcherMember', held, true);
    await answer('researcherMember', noShow, true);
    await answer('industrialMember', declined, false);
    expect((await app.ok(SCHEDULE, { id: dayId }, as('staff'))).scheduleEvent).toMatchObject({ meetings: 2, placed: 2 });
    await app.ok(MARK, { id: held, attendance: 'HELD' }, as('staff'));
    await app.ok(MARK, { id: noShow, attendance: 'NO_SHOW' }, as('staff'));
    const matchId = (await app.ok(CONVERT, { id: held, needId: world.needs.public.id }, as('staff'))).convertEventMeetingToMatch.matchId as string;
    await app.ok(PROPOSE, { id: matchId }, as('staff'));
    await app.ok(ANSWER_MATCH, { id: matchId }, as('industrialOwner'));
    expect((await app.ok(ANSWER_MATCH, { id: matchId }, as('researcherMember'))).answerMatch.status).toBe('INTRODUCED');
    expect((await app.ok(START, { id: matchId, input: { title: 'Stabilisation de l’huile d’argan', startDate: day(30) } }, as('staff'))).startCollaboration.status).toBe('COLLABORATING');

    // Outside the period: a later day with one registration; a draft inside it is not counted either.
    laterId = await openEvent('Journée d’affaires Safran', day(50));
    await register('industrialOwner', laterId);
    draftId = (await app.ok(CREATE, { input: { title: 'Brouillon', description: 'x', startsOn: day(21), endsOn: day(21), online: true, onlineUrl: 'https://visio.example.org/b', registrationOpensAt: new Date(Date.now() - DAY).toISOString(), registrationClosesAt: new Date(Date.now() + 10 * DAY).toISOString(), meetingMinutes: 30, requestMode: 'OPT_IN', maxRequests: 5 } }, as('staff'))).createEvent.id;
  });
  afterAll(() => app?.close());

  it('staff and admin see the event’s figures, the same in eventKpis and on the KPI page', async () => {
    for (const viewer of ['staff', 'admin'] as const) {
      expect((await app.ok(EVENT_KPIS, { id: dayId }, as(viewer))).eventKpis).toEqual(expected);
      const { events, total } = await periodEvents(viewer);
      expect(events).toEqual([{ eventId: dayId, title: 'Journée d’affaires Argan', startsOn: day(20), endsOn: day(20), status: 'OPEN', ...expected }]);
      expect(total).toEqual(expected);
    }
  });

  it('counts only the published events whose first day is in the period; totals sum the events', async () => {
    const ids = (events: { eventId: string }[]) => events.map((e) => e.eventId);
    expect(ids((await periodEvents('staff')).events)).not.toContain(laterId);
    expect(ids((await periodEvents('staff')).events)).not.toContain(draftId);
    const wide = await periodEvents('staff', { from: day(0), to: day(60) });
    expect(ids(wide.events)).toEqual([dayId, laterId]);
    expect(wide.events[1]).toMatchObject({ registrations: 1, requests: 0, matches: 0, collaborations: 0 });
    expect(wide.total).toEqual({ ...expected, registrations: 4 });
    // The later day alone is in its own period; nothing in a period without events.
    expect(ids((await periodEvents('staff', { from: day(45), to: day(55) })).events)).toEqual([laterId]);
    expect(await periodEvents('staff', { from: day(-60), to: day(-1) })).toEqual({ events: [], total: Object.fromEntries(Object.keys(expected).map((k) => [k, 0])) });
  });

  it('a match the event did not create (an existing pair met again) counts neither as a match nor its collaboration', async () => {
    const again = await openEvent('Journée d’affaires Argan II', day(25));
    await register('industrialOwner', again);
    const researcher = await register('researcherMember', again);
    const meeting = await request('industrialOwner', again, researcher);
    await answer('researcherMember', meeting, true);
    await app.ok(MARK, { id: meeting, attendance: 'HELD' }, as('staff'));
    const linked = (await app.ok(CONVERT, { id: meeting, needId: world.needs.public.id }, as('staff'))).convertEventMeetingToMatch.matchId;
    expect(linked).toBeTruthy(); // linked to the first day's match, which is collaborating
    const figures = { registrations: 2, requests: 1, accepted: 1, declined: 0, expired: 0, scheduled: 0, held: 1, noShows: 0, matches: 0, collaborations: 0 };
    expect((await app.ok(EVENT_KPIS, { id: again }, as('staff'))).eventKpis).toEqual(figures);
    expect((await periodEvents('staff')).events.find((e: { eventId: string }) => e.eventId === again)).toMatchObject(figures);
    await app.db.query(`UPDATE events SET status = 'DRAFT' WHERE id = $1`, [again]); // out of the other tests' period figures
  });

  it('members are refused the figures and the export (FORBIDDEN)', async () => {
    for (const viewer of ['industrialOwner', 'industrialMember', 'researcherMember', 'industrialLapsed', 'researcherLapsed'] as const) {
      expect(errorCode(await app.gql(EVENT_KPIS, { id: dayId }, as(viewer)))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(PERIOD_KPIS, { filter: PERIOD }, as(viewer)))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(EXPORT, { filter: PERIOD }, as(viewer)))).toBe('FORBIDDEN');
    }
  });

  it('exports the events as CSV with headings and labels in French and Arabic, and the same numbers', async () => {
    const fr = (await app.ok(EXPORT, { filter: PERIOD }, as('staff', 'fr'))).exportEvents;
    expect(fr.language).toBe('fr');
    expect(fr.filename).toMatch(/^passerelle-events-\d{4}-\d{2}-\d{2}-fr\.csv$/);
    expect(fr.rows).toBe(1);
    const frHeader = parse(fr.content, { bom: true, to_line: 1 })[0];
    expect(frHeader).toEqual([
      'Identifiant',
      'Journée d’affaires',
      'Premier jour (AAAA-MM-JJ)',
      'Dernier jour (AAAA-MM-JJ)',
      'Statut (code)',
      'Statut',
      'Inscriptions',
      'Demandes de rendez-vous',
      'Acceptées',
      'Déclinées',
      'Expirées',
      'Planifiés',
      'Tenus',
      'Absences',
      'Pistes',
      'Collaborations',
    ]);
    const [row] = csvRecords(fr);
    expect(row).toEqual({
      id: dayId,
      event: 'Journée d’affaires Argan',
      starts_on: day(20),
      ends_on: day(20),
      status: 'OPEN',
      status_label: 'Ouverte',
      registrations: '3',
      requests: '3',
      accepted: '2',
      declined: '1',
      expired: '0',
      scheduled: '2',
      held: '1',
      no_shows: '1',
      matches: '1',
      collaborations: '1',
    });

    const ar = (await app.ok(EXPORT, { filter: PERIOD }, as('staff', 'ar'))).exportEvents;
    expect(ar.language).toBe('ar');
    const arHeader: string[] = parse(ar.content, { bom: true, to_line: 1 })[0];
    expect(arHeader).toEqual(ar.columns.map((c: { label: string }) => c.label));
    expect(arHeader).toEqual(expect.arrayContaining(['يوم الأعمال', 'التسجيلات', 'المنعقدة', 'الغيابات', 'التعاونات', 'الحالة (رمز)']));
    const [arRow] = csvRecords(ar);
    expect(arRow).toEqual({ ...row, status_label: 'مفتوح' });

    // The export follows the period: the later day alone in its own.
    const later = csvRecords((await app.ok(EXPORT, { filter: { from: day(45), to: day(55) } }, as('admin', 'en'))).exportEvents);
    expect(later.map((r) => [r.id, r.registrations])).toEqual([[laterId, '1']]);
  });

  it('refuses a period that ends before it starts on its field', async () => {
    const result = await app.gql(EXPORT, { filter: { from: day(10), to: day(0) } }, as('staff', 'en'));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'to' })]);
  });
});
