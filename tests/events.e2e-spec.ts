import ICAL from 'ical.js';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

const EVENT_FIELDS = 'id title status venue meetingMinutes requestMode maxRequests registrationOpen participantCount';
const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: EventStatus!) { setEventStatus(id: $id, input: { status: $status }) { id status } }`;
const LIST = `{ events { id title status } }`;
const ONE = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} sessions { id name } slots { id startsAt endsAt } tables { id name } myRegistration { id status offer } } }`;
const SESSION = `mutation($eventId: ID!, $input: SessionInput!) { addEventSession(eventId: $eventId, input: $input) { id name breakMinutes } }`;
const TABLES = `mutation($eventId: ID!, $input: TablesInput!) { setEventTables(eventId: $eventId, input: $input) { id name } }`;
const REGISTER = `mutation($eventId: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $eventId, input: $input) { id kind fullName offer seek languages } }`;
const WITHDRAW = `mutation($eventId: ID!) { withdrawFromEvent(eventId: $eventId) }`;
const DEFAULTS = `{ eventRegistrationDefaults { offer seek languages } }`;
const PARTICIPANTS = `query($id: ID!, $filter: ParticipantFilter) { event(id: $id) { participants(filter: $filter) { id kind fullName organisationName contact { email phone } } } }`;
const SUGGESTIONS = `query($id: ID!) { eventSuggestions(eventId: $id) { score reasons requestStatus participant { id fullName kind } } }`;
const MEETING_FIELDS = 'id status message declineReason startsAt endsAt tableName slotId tableId attendance matchId myFollowUp unplacedReason requester { id fullName contact { email } } recipient { id fullName contact { email } }';
const REQUEST = `mutation($eventId: ID!, $input: MeetingRequestInput!) { requestEventMeeting(eventId: $eventId, input: $input) { ${MEETING_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerMeetingInput!) { answerEventMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelEventMeeting(id: $id) { id status } }`;
const MEETINGS = `query($id: ID!) { eventMeetings(eventId: $id) { ${MEETING_FIELDS} } }`;
const SCHEDULE = `mutation($id: ID!) { scheduleEvent(eventId: $id) { meetings placed upperBound unplaced { meetingId reason } } }`;
const MOVE = `mutation($id: ID!, $input: MoveMeetingInput!) { moveEventMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
const AGENDA = `query($id: ID!, $participantId: ID) { eventAgenda(eventId: $id, participantId: $participantId) { id startsAt endsAt tableName } }`;
const ICS = `query($id: ID!, $participantId: ID) { eventAgendaIcs(eventId: $id, participantId: $participantId) }`;
const SEND = `mutation($id: ID!) { sendEventAgendas(eventId: $id) }`;
const MARK = `mutation($id: ID!, $attendance: MeetingAttendance!) { markEventMeeting(id: $id, input: { attendance: $attendance }) { id attendance } }`;
const FOLLOW_UP = `mutation($id: ID!, $worth: Boolean!) { setEventMeetingFollowUp(id: $id, worthContinuing: $worth) { id myFollowUp } }`;
const NEEDS = `query($id: ID!) { eventMeetingNeeds(meetingId: $id) { id title } }`;
const CONVERT = `mutation($id: ID!, $needId: ID!) { convertEventMeetingToMatch(id: $id, needId: $needId) { id matchId } }`;
const KPIS = `query($id: ID!) { eventKpis(eventId: $id) { registrations requests accepted declined expired scheduled held noShows matches } }`;
const MATCH = `query($id: ID!) { match(id: $id) { id status } }`;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const at = (date: string, hh: number, mm = 0) => new Date(`${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00.000Z`).toISOString();

describe('brokerage days', () => {
  let app: TestApp;
  let world: World;
  const as = (viewer: ViewerName, language?: string) => ({ token: world.tokens[viewer], ...(language ? { language } : {}) });
  const members: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
  const eventDate = day(20);

  const input = (extra: Record<string, unknown> = {}) => ({
    title: 'Journée d’affaires Argan',
    description: 'Rendez-vous entre coopératives et laboratoires',
    startsOn: eventDate,
    endsOn: eventDate,
    venue: 'Technopole d’Agadir',
    online: false,
    registrationOpensAt: new Date(Date.now() - DAY).toISOString(),
    registrationClosesAt: new Date(Date.now() + 10 * DAY).toISOString(),
    meetingMinutes: 30,
    capacity: 50,
    requestMode: 'OPT_IN',
    requestsExpireAt: new Date(Date.now() + 15 * DAY).toISOString(),
    maxRequests: 5,
    ...extra,
  });

  /** An OPEN event with one morning session (4 slots of 30 min + 10 min breaks) and `tables` tables. */
  const openEvent = async (extra: Record<string, unknown> = {}, tables = 2) => {
    const { createEvent } = await app.ok(CREATE, { input: input(extra) }, as('staff'));
    await app.ok(SESSION, { eventId: createEvent.id, input: { name: 'Matinée', startsAt: at(eventDate, 9), endsAt: at(eventDate, 11, 40), breakMinutes: 10 } }, as('staff'));
    await app.ok(TABLES, { eventId: createEvent.id, input: { count: tables } }, as('staff'));
    await app.ok(STATUS, { id: createEvent.id, status: 'OPEN' }, as('staff'));
    return createEvent.id as string;
  };
  const register = async (viewer: ViewerName, eventId: string, extra: Record<string, unknown> = {}) =>
    (await app.ok(REGISTER, { eventId, input: { offer: 'Analyses d’huile d’argan', seek: 'Stabilité oxydative de l’huile d’argan cosmétique', languages: ['fr'], ...extra } }, as(viewer)))
      .registerForEvent as { id: string };
  const request = (viewer: ViewerName, eventId: string, recipientId: string, message = 'Échangeons sur l’argan') => app.gql(REQUEST, { eventId, input: { recipientId, message } }, as(viewer));
  const requested = async (viewer: ViewerName, eventId: string, recipientId: string) => {
    const result = await request(viewer, eventId, recipientId);
    expect(result.errors).toBeUndefined();
    return result.data!.requestEventMeeting as { id: string; status: string };
  };
  const accept = (viewer: ViewerName, id: string) => app.ok(ANSWER, { id, input: { accept: true } }, as(viewer));

  const name = (viewer: ViewerName) => world.users[viewer].fullName;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app?.close());

  describe('events', () => {
    it('staff create a draft that members neither list nor read, then open it with generated slots and tables', async () => {
      const { createEvent } = await app.ok(CREATE, { input: input() }, as('staff'));
      expect(createEvent).toMatchObject({ status: 'DRAFT', meetingMinutes: 30, participantCount: 0 });
      for (const viewer of members) {
        expect((await app.ok(LIST, {}, as(viewer))).events.map((e: { id: string }) => e.id)).not.toContain(createEvent.id);
        expect(errorCode(await app.gql(ONE, { id: createEvent.id }, as(viewer)))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(PARTICIPANTS, { id: createEvent.id }, as(viewer)))).toBe('NOT_FOUND');
      }
      expect((await app.ok(LIST, {}, as('admin'))).events.map((e: { id: string }) => e.id)).toContain(createEvent.id);

      await app.ok(SESSION, { eventId: createEvent.id, input: { name: 'Matinée', startsAt: at(eventDate, 9), endsAt: at(eventDate, 11, 40), breakMinutes: 10 } }, as('staff'));
      await app.ok(TABLES, { eventId: createEvent.id, input: { names: ['Argan', 'Safran', 'Cactus'] } }, as('staff'));
      const { event } = await app.ok(ONE, { id: createEvent.id }, as('staff'));
      // 9:00–9:30, 9:40–10:10, 10:20–10:50, 11:00–11:30 (11:40 leaves no room for a fifth)
      expect(event.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([at(eventDate, 9), at(eventDate, 9, 40), at(eventDate, 10, 20), at(eventDate, 11)]);
      expect(event.slots[0].endsAt).toBe(at(eventDate, 9, 30));
      expect(event.tables.map((t: { name: string }) => t.name)).toEqual(['Argan', 'Safran', 'Cactus']);

      await app.ok(STATUS, { id: createEvent.id, status: 'OPEN' }, as('staff'));
      for (const viewer of members) expect((await app.ok(ONE, { id: createEvent.id }, as(viewer))).event).toMatchObject({ status: 'OPEN', registrationOpen: true });
    });

    it('only staff create, edit, change the status of and lay out events', async () => {
      const id = await openEvent();
      for (const viewer of members) {
        expect(errorCode(await app.gql(CREATE, { input: input() }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(UPDATE, { id, input: input({ title: 'Pris' }) }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(STATUS, { id, status: 'CLOSED' }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(TABLES, { eventId: id, input: { count: 9 } }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(SESSION, { eventId: id, input: { name: 'X', startsAt: at(eventDate, 14), endsAt: at(eventDate, 15), breakMinutes: 0 } }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(SCHEDULE, { id }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(SEND, { id }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(KPIS, { id }, as(viewer)))).toBe('FORBIDDEN');
      }
      expect((await app.ok(ONE, { id }, as('staff'))).event.title).toBe('Journée d’affaires Argan');
    });

    it('refuses impossible dates and status jumps on their fields, changing nothing', async () => {
      const bad = await app.gql(CREATE, { input: input({ endsOn: day(19) }) }, as('staff', 'en'));
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'endsOn' })]);
      const window = await app.gql(CREATE, { input: input({ registrationClosesAt: new Date(Date.now() - 2 * DAY).toISOString() }) }, as('staff'));
      expect(window.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'registrationClosesAt' })]);
      const { createEvent } = await app.ok(CREATE, { input: input() }, as('staff'));
      expect(errorCode(await app.gql(STATUS, { id: createEvent.id, status: 'HELD' }, as('staff')))).toBe('CONFLICT');
      const short = await app.gql(SESSION, { eventId: createEvent.id, input: { name: 'Trop court', startsAt: at(eventDate, 9), endsAt: at(eventDate, 9, 20), breakMinutes: 0 } }, as('staff'));
      expect(short.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'endsAt' })]);
      expect((await app.ok(ONE, { id: createEvent.id }, as('staff'))).event).toMatchObject({ status: 'DRAFT', sessions: [] });
    });
  });

  describe('registration and the catalogue', () => {
    let eventId: string;
    beforeAll(async () => {
      eventId = await openEvent();
    });

    it('pre-fills the form from the researcher profile and the industrial’s open needs', async () => {
      const researcher = (await app.ok(DEFAULTS, {}, as('researcherMember'))).eventRegistrationDefaults;
      expect(researcher.offer).toContain('Chimie des huiles végétales');
      const industrial = (await app.ok(DEFAULTS, {}, as('industrialOwner'))).eventRegistrationDefaults;
      expect(industrial.seek).toContain('Emballage biodégradable pour savon');
      expect(industrial.seek).not.toContain('Brouillon');
      expect(industrial.seek).not.toContain('Ancien besoin archivé');
    });

    it('members register (staff cannot); outside the window or on a draft, nobody can', async () => {
      expect(errorCode(await app.gql(REGISTER, { eventId, input: { offer: '', seek: '', languages: [] } }, as('staff')))).toBe('FORBIDDEN');
      const owner = await register('industrialOwner', eventId);
      expect(owner).toMatchObject({ kind: 'INDUSTRIAL', languages: ['fr'] });
      await register('researcherMember', eventId, { offer: 'Chimie des huiles végétales, stabilité oxydative de l’huile d’argan', seek: 'Coopératives' });
      await register('industrialMember', eventId, { offer: 'Safran', seek: 'Séchage du safran' });
      const { createEvent: closed } = await app.ok(CREATE, { input: input({ registrationOpensAt: new Date(Date.now() + DAY).toISOString() }) }, as('staff'));
      await app.ok(STATUS, { id: closed.id, status: 'OPEN' }, as('staff'));
      expect(errorCode(await app.gql(REGISTER, { eventId: closed.id, input: { offer: '', seek: '', languages: [] } }, as('researcherMember')))).toBe('CONFLICT');
      const { createEvent: draft } = await app.ok(CREATE, { input: input() }, as('staff'));
      expect(errorCode(await app.gql(REGISTER, { eventId: draft.id, input: { offer: '', seek: '', languages: [] } }, as('researcherMember')))).toBe('NOT_FOUND');
    });

    it('the catalogue is for staff and registered participants, with filters; contacts stay hidden', async () => {
      const all = (await app.ok(PARTICIPANTS, { id: eventId }, as('industrialOwner'))).event.participants;
      expect(all.map((p: { fullName: string }) => p.fullName).sort()).toEqual([name('industrialMember'), name('industrialOwner'), name('researcherMember')].sort());
      expect(all.find((p: { fullName: string }) => p.fullName === name('researcherMember')).contact).toBeNull();
      expect(all.find((p: { fullName: string }) => p.fullName === name('industrialOwner')).contact).toMatchObject({ email: world.users.industrialOwner.email });
      // Not registered: an empty catalogue, the event itself still readable.
      expect((await app.ok(PARTICIPANTS, { id: eventId }, as('researcherLapsed'))).event.participants).toEqual([]);
      const researchers = (await app.ok(PARTICIPANTS, { id: eventId, filter: { kind: 'RESEARCHER' } }, as('industrialOwner'))).event.participants;
      expect(researchers.map((p: { fullName: string }) => p.fullName)).toEqual([name('researcherMember')]);
      const search = (await app.ok(PARTICIPANTS, { id: eventId, filter: { search: 'safran' } }, as('researcherMember'))).event.participants;
      expect(search.map((p: { fullName: string }) => p.fullName)).toEqual([name('industrialMember')]);
      const staffView = (await app.ok(PARTICIPANTS, { id: eventId }, as('staff'))).event.participants;
      expect(staffView.every((p: { contact: unknown }) => p.contact !== null)).toBe(true);
    });

    it('does not name an organisation once it is archived (organisation.policy.ts)', async () => {
      const member = world.organisations.member;
      const organisationOf = async () =>
        (await app.ok(PARTICIPANTS, { id: eventId }, as('researcherMember'))).event.participants.find((p: { fullName: string }) => p.fullName === name('industrialMember')).organisationName;
      expect(await organisationOf()).toBe(member.name);
      await app.db.query('UPDATE organisations SET archived_at = now() WHERE id = $1', [member.id]);
      try {
        expect(await organisationOf()).toBeNull();
      } finally {
        await app.db.query('UPDATE organisations SET archived_at = NULL WHERE id = $1', [member.id]);
      }
    });

    it('suggests the researcher to the argan cooperative (and back), with reasons', async () => {
      const forOwner = (await app.ok(SUGGESTIONS, { id: eventId }, as('industrialOwner', 'en'))).eventSuggestions;
      expect(forOwner[0].participant.fullName).toBe(name('researcherMember'));
      expect(forOwner[0].score).toBeGreaterThan(0);
      expect(forOwner[0].reasons.length).toBeGreaterThan(0);
      const forResearcher = (await app.ok(SUGGESTIONS, { id: eventId }, as('researcherMember'))).eventSuggestions;
      expect(forResearcher.map((s: { participant: { fullName: string } }) => s.participant.fullName)).toContain(name('industrialOwner'));
      expect(forResearcher.every((s: { participant: { kind: string } }) => s.participant.kind === 'INDUSTRIAL')).toBe(true);
      // Not registered: no suggestions.
      expect((await app.ok(SUGGESTIONS, { id: eventId }, as('researcherLapsed'))).eventSuggestions).toEqual([]);
    });

    it('suggests two industrials to each other only where each offers what the other seeks', async () => {
      const other = await openEvent();
      await register('industrialOwner', other, { offer: 'Tourteaux et coques d’argan pour le compostage', seek: 'Emballage biodégradable pour savon artisanal' });
      await register('industrialMember', other, { offer: 'Emballage biodégradable pour savon artisanal et cosmétique', seek: 'Tourteaux et coques d’argan pour le compostage' });
      await register('industrialLapsed', other, { offer: 'Biscuits aux céréales', seek: 'Farine de blé dur' });
      const names = async (viewer: ViewerName) => (await app.ok(SUGGESTIONS, { id: other }, as(viewer))).eventSuggestions.map((s: { participant: { fullName: string } }) => s.participant.fullName);
      expect(await names('industrialOwner')).toContain(name('industrialMember'));
      expect(await names('industrialMember')).toContain(name('industrialOwner'));
      expect(await names('industrialOwner')).not.toContain(name('industrialLapsed'));
    });
  });

  describe('meeting requests', () => {
    let eventId: string;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      eventId = await openEvent({ maxRequests: 2 });
      ids.owner = (await register('industrialOwner', eventId)).id;
      ids.researcher = (await register('researcherMember', eventId)).id;
      ids.member = (await register('industrialMember', eventId)).id;
      ids.lapsed = (await register('researcherLapsed', eventId)).id;
    });

    it('only the requested side answers; contacts appear for the two sides once accepted, never for others', async () => {
      const meeting = await requested('industrialOwner', eventId, ids.researcher);
      expect(meeting.status).toBe('PENDING');
      expect(errorCode(await app.gql(ANSWER, { id: meeting.id, input: { accept: true } }, as('industrialOwner')))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(ANSWER, { id: meeting.id, input: { accept: true } }, as('industrialMember')))).toBe('NOT_FOUND');
      expect((await app.ok(MEETINGS, { id: eventId }, as('industrialMember'))).eventMeetings).toEqual([]);
      const incoming = (await app.ok(MEETINGS, { id: eventId }, as('researcherMember'))).eventMeetings;
      expect(incoming).toEqual([expect.objectContaining({ id: meeting.id, status: 'PENDING', message: 'Échangeons sur l’argan' })]);
      expect(incoming[0].requester.contact).toBeNull();
      const notice = await app.db.query(`SELECT params FROM notifications WHERE user_id = $1 AND kind = 'EVENT_MEETING_REQUESTED'`, [world.users.researcherMember.id]);
      expect(notice[0].params).toMatchObject({ requesterName: name('industrialOwner') });

      const { answerEventMeeting } = await accept('researcherMember', meeting.id);
      expect(answerEventMeeting.status).toBe('ACCEPTED');
      expect(answerEventMeeting.requester.contact).toEqual({ email: world.users.industrialOwner.email });
      const seenByOwner = (await app.ok(PARTICIPANTS, { id: eventId }, as('industrialOwner'))).event.participants;
      expect(seenByOwner.find((p: { id: string }) => p.id === ids.researcher).contact.email).toBe(world.users.researcherMember.email);
      expect(seenByOwner.find((p: { id: string }) => p.id === ids.member).contact).toBeNull();
      const seenByMember = (await app.ok(PARTICIPANTS, { id: eventId }, as('industrialMember'))).event.participants;
      expect(seenByMember.find((p: { id: string }) => p.id === ids.researcher).contact).toBeNull();
      expect(seenByMember.find((p: { id: string }) => p.id === ids.owner).contact).toBeNull();
      // A second request between the same two is refused.
      expect(errorCode(await request('researcherMember', eventId, ids.owner))).toBe('CONFLICT');
    });

    it('a declined request keeps contacts hidden and carries its reason', async () => {
      const meeting = await requested('industrialMember', eventId, ids.lapsed);
      const { answerEventMeeting } = await app.ok(ANSWER, { id: meeting.id, input: { accept: false, reason: 'Pas mon domaine' } }, as('researcherLapsed'));
      expect(answerEventMeeting).toMatchObject({ status: 'DECLINED', declineReason: 'Pas mon domaine' });
      expect(answerEventMeeting.requester.contact).toBeNull();
      const seen = (await app.ok(MEETINGS, { id: eventId }, as('industrialMember'))).eventMeetings.find((m: { id: string }) => m.id === meeting.id);
      expect(seen.recipient.contact).toBeNull();
      expect(errorCode(await app.gql(ANSWER, { id: meeting.id, input: { accept: true } }, as('researcherLapsed')))).toBe('CONFLICT');
    });

    it('limits live requests per participant', async () => {
      await requested('industrialOwner', eventId, ids.member);
      const third = await request('industrialOwner', eventId, ids.lapsed);
      expect(errorCode(third)).toBe('CONFLICT');
      expect(third.errors![0].message).toContain('2');
    });

    it('auto-accept events accept at once', async () => {
      const auto = await openEvent({ requestMode: 'AUTO_ACCEPT' });
      const a = await register('industrialOwner', auto);
      const b = await register('researcherMember', auto);
      expect((await requested('industrialOwner', auto, b.id)).status).toBe('ACCEPTED');
      expect(a.id).toBeDefined();
    });
  });

  describe('expiry', () => {
    it('requests not answered by the expiry date expire, on read and in the sweep, and cannot be answered', async () => {
      const eventId = await openEvent();
      await register('industrialOwner', eventId);
      const researcher = await register('researcherMember', eventId);
      const member = await register('industrialMember', eventId);
      const pending = await requested('industrialOwner', eventId, researcher.id);
      const answered = await requested('industrialMember', eventId, researcher.id);
      await accept('researcherMember', answered.id);
      await app.db.query(`UPDATE events SET requests_expire_at = now() - interval '1 minute' WHERE id = $1`, [eventId]);
      const seen = (await app.ok(MEETINGS, { id: eventId }, as('researcherMember'))).eventMeetings;
      expect(seen.find((m: { id: string }) => m.id === pending.id).status).toBe('EXPIRED');
      expect(seen.find((m: { id: string }) => m.id === answered.id).status).toBe('ACCEPTED');
      expect(errorCode(await app.gql(ANSWER, { id: pending.id, input: { accept: true } }, as('researcherMember')))).toBe('CONFLICT');
      expect(errorCode(await request('industrialOwner', eventId, member.id))).toBe('CONFLICT');

      // The periodic sweep does the same for events nobody reads.
      const other = await openEvent();
      await register('industrialOwner', other);
      const r2 = await register('researcherMember', other);
      const unread = await requested('industrialOwner', other, r2.id);
      await app.db.query(`UPDATE events SET requests_expire_at = now() - interval '1 minute' WHERE id = $1`, [other]);
      const { EventsService } = await import('../apps/api/src/events/events.service');
      expect(await app.app.get(EventsService).expireRequests()).toBeGreaterThanOrEqual(1);
      const [row] = await app.db.query('SELECT status FROM event_meetings WHERE id = $1', [unread.id]);
      expect(row.status).toBe('EXPIRED');
      expect((await app.ok(KPIS, { id: other }, as('staff'))).eventKpis).toMatchObject({ requests: 1, expired: 1, accepted: 0 });
    });
  });

  describe('scheduling, agendas and after the day', () => {
    let eventId: string;
    const ids: Record<string, string> = {};
    let meetingId: string;
    let second: string;

    beforeAll(async () => {
      eventId = await openEvent({}, 2);
      ids.owner = (await register('industrialOwner', eventId)).id;
      ids.researcher = (await register('researcherMember', eventId)).id;
      ids.member = (await register('industrialMember', eventId)).id;
      meetingId = (await requested('industrialOwner', eventId, ids.researcher)).id;
      await accept('researcherMember', meetingId);
      second = (await requested('industrialMember', eventId, ids.researcher)).id;
      await accept('researcherMember', second);
    });

    it('staff schedule every accepted meeting without double booking', async () => {
      const { scheduleEvent } = await app.ok(SCHEDULE, { id: eventId }, as('staff'));
      expect(scheduleEvent).toMatchObject({ meetings: 2, placed: 2, unplaced: [] });
      const meetings = (await app.ok(MEETINGS, { id: eventId }, as('staff'))).eventMeetings;
      const [a, b] = [meetings.find((m: { id: string }) => m.id === meetingId), meetings.find((m: { id: string }) => m.id === second)];
      expect(a.slotId).not.toBeNull();
      expect(a.slotId).not.toBe(b.slotId); // the researcher is in both
    });

    it('moves refuse a double booking of a person or a table', async () => {
      const meetings = (await app.ok(MEETINGS, { id: eventId }, as('staff'))).eventMeetings;
      const a = meetings.find((m: { id: string }) => m.id === meetingId);
      const b = meetings.find((m: { id: string }) => m.id === second);
      // The researcher is busy in a's slot (at any table).
      const otherTable = (await app.ok(ONE, { id: eventId }, as('staff'))).event.tables.find((t: { id: string }) => t.id !== a.tableId).id;
      const busy = await app.gql(MOVE, { id: second, input: { slotId: a.slotId, tableId: otherTable } }, as('staff'));
      expect(errorCode(busy)).toBe('CONFLICT');
      expect(errorCode(await app.gql(MOVE, { id: second, input: { slotId: a.slotId, tableId: a.tableId } }, as('staff')))).toBe('CONFLICT');
      expect(errorCode(await app.gql(MOVE, { id: second, input: { slotId: b.slotId, tableId: b.tableId } }, as('researcherMember')))).toBe('FORBIDDEN');
      const after = (await app.ok(MEETINGS, { id: eventId }, as('staff'))).eventMeetings.find((m: { id: string }) => m.id === second);
      expect(after).toMatchObject({ slotId: b.slotId, tableId: b.tableId });
      // A free slot works, and both sides are told.
      const slots = (await app.ok(ONE, { id: eventId }, as('staff'))).event.slots.map((s: { id: string }) => s.id);
      const free = slots.find((s: string) => s !== a.slotId && s !== b.slotId);
      const { moveEventMeeting } = await app.ok(MOVE, { id: second, input: { slotId: free, tableId: a.tableId } }, as('staff'));
      expect(moveEventMeeting.slotId).toBe(free);
      const changed = await app.db.query(`SELECT user_id FROM notifications WHERE kind = 'EVENT_MEETING_CHANGED'`);
      expect(changed.map((n: { user_id: string }) => n.user_id)).toEqual(expect.arrayContaining([world.users.researcherMember.id, world.users.industrialMember.id]));
    });

    it('a side proposes another slot; staff apply it at a free table; others may not', async () => {
      const PROPOSE = `mutation($id: ID!, $slotId: ID!) { proposeEventMeetingSlot(id: $id, slotId: $slotId) { id proposedSlotId proposedById } }`;
      const APPLY = `mutation($id: ID!) { applyEventMeetingProposal(id: $id) { id slotId tableId proposedSlotId } }`;
      const meetings = (await app.ok(MEETINGS, { id: eventId }, as('staff'))).eventMeetings;
      const taken = new Set(meetings.map((m: { slotId: string }) => m.slotId));
      const slots = (await app.ok(ONE, { id: eventId }, as('staff'))).event.slots.map((s: { id: string }) => s.id);
      const free = slots.find((s: string) => !taken.has(s));
      expect(errorCode(await app.gql(PROPOSE, { id: meetingId, slotId: free }, as('industrialMember')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(APPLY, { id: meetingId }, as('staff')))).toBe('CONFLICT'); // nothing proposed yet
      const { proposeEventMeetingSlot } = await app.ok(PROPOSE, { id: meetingId, slotId: free }, as('industrialOwner'));
      expect(proposeEventMeetingSlot).toEqual({ id: meetingId, proposedSlotId: free, proposedById: ids.owner });
      expect(errorCode(await app.gql(APPLY, { id: meetingId }, as('industrialOwner')))).toBe('FORBIDDEN');
      const { applyEventMeetingProposal } = await app.ok(APPLY, { id: meetingId }, as('staff'));
      expect(applyEventMeetingProposal).toMatchObject({ slotId: free, proposedSlotId: null });
      // A slot where the researcher already meets someone else: the proposal is kept, applying it is refused.
      const other = meetings.find((m: { id: string }) => m.id === second);
      await app.ok(PROPOSE, { id: meetingId, slotId: other.slotId }, as('researcherMember'));
      expect(errorCode(await app.gql(APPLY, { id: meetingId }, as('staff')))).toBe('CONFLICT');
      const [row] = await app.db.query('SELECT slot_id FROM event_meetings WHERE id = $1', [meetingId]);
      expect(row.slot_id).toBe(free);
    });

    it('each side sees its agenda; staff may read anyone’s; others none', async () => {
      const mine = (await app.ok(AGENDA, { id: eventId }, as('researcherMember'))).eventAgenda;
      expect(mine.map((m: { id: string }) => m.id).sort()).toEqual([meetingId, second].sort());
      expect(new Date(mine[0].startsAt).getTime()).toBeLessThan(new Date(mine[1].startsAt).getTime());
      expect((await app.ok(AGENDA, { id: eventId }, as('industrialOwner'))).eventAgenda.map((m: { id: string }) => m.id)).toEqual([meetingId]);
      expect((await app.ok(AGENDA, { id: eventId, participantId: ids.owner }, as('staff'))).eventAgenda.map((m: { id: string }) => m.id)).toEqual([meetingId]);
      expect(errorCode(await app.gql(AGENDA, { id: eventId, participantId: ids.owner }, as('industrialMember')))).toBe('NOT_FOUND');
      expect((await app.ok(AGENDA, { id: eventId }, as('researcherLapsed'))).eventAgenda).toEqual([]);
    });

    it('the .ics agenda parses back with ical.js: one event per meeting, its times, summary and location', async () => {
      const agenda = (await app.ok(AGENDA, { id: eventId }, as('researcherMember'))).eventAgenda;
      const text = (await app.ok(ICS, { id: eventId }, as('researcherMember'))).eventAgendaIcs as string;
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events).toHaveLength(2);
      const byStart = events.sort((x, y) => x.startDate.toJSDate().getTime() - y.startDate.toJSDate().getTime());
      byStart.forEach((event, i) => {
        expect(event.startDate.toJSDate().toISOString()).toBe(new Date(agenda[i].startsAt).toISOString());
        expect(event.endDate.toJSDate().toISOString()).toBe(new Date(agenda[i].endsAt).toISOString());
        expect(event.uid).toBe(`${agenda[i].id}@passerelle`);
        expect(event.location).toContain('Technopole d’Agadir');
        expect(event.location).toContain(`Table ${agenda[i].tableName}`);
      });
      expect(byStart.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining(name('industrialOwner')), expect.stringContaining(name('industrialMember'))]));
      expect(byStart[0].summary.startsWith('Rendez-vous')).toBe(true);
      // Someone else's calendar is not for members.
      expect(errorCode(await app.gql(ICS, { id: eventId, participantId: ids.researcher }, as('industrialOwner')))).toBe('NOT_FOUND');
    });

    it('staff send agendas: in-app and e-mail, in the recipient’s language', async () => {
      await app.db.query(`UPDATE users SET preferred_language = 'ar' WHERE id = $1`, [world.users.industrialOwner.id]);
      const { sendEventAgendas } = await app.ok(SEND, { id: eventId }, as('staff'));
      expect(sendEventAgendas).toBe(3);
      const [mail] = await app.db.query(
        `SELECT e.language, e.subject, e.text FROM email_outbox e JOIN notifications n ON n.id = e.notification_id WHERE n.kind = 'EVENT_AGENDA' AND n.user_id = $1`,
        [world.users.industrialOwner.id],
      );
      expect(mail.language).toBe('ar');
      expect(mail.subject).toContain('جدول مواعيدكم');
      expect(mail.text).toContain(name('researcherMember'));
      await app.db.query(`UPDATE users SET preferred_language = 'fr' WHERE id = $1`, [world.users.industrialOwner.id]);
    });

    it('staff mark held; sides note a follow-up; a held meeting becomes one match, never a duplicate pair', async () => {
      expect(errorCode(await app.gql(MARK, { id: meetingId, attendance: 'HELD' }, as('industrialOwner')))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CONVERT, { id: meetingId, needId: world.needs.public.id }, as('staff')))).toBe('CONFLICT'); // not held yet
      await app.ok(MARK, { id: meetingId, attendance: 'HELD' }, as('staff'));
      await app.ok(MARK, { id: second, attendance: 'NO_SHOW' }, as('staff'));
      expect((await app.ok(FOLLOW_UP, { id: meetingId, worth: true }, as('industrialOwner'))).setEventMeetingFollowUp.myFollowUp).toBe(true);
      expect(errorCode(await app.gql(FOLLOW_UP, { id: meetingId, worth: true }, as('industrialMember')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(NEEDS, { id: meetingId }, as('industrialOwner')))).toBe('FORBIDDEN');
      const needs = (await app.ok(NEEDS, { id: meetingId }, as('staff'))).eventMeetingNeeds.map((n: { id: string }) => n.id);
      expect(needs).toContain(world.needs.public.id);
      expect(errorCode(await app.gql(CONVERT, { id: meetingId, needId: world.needs.public.id }, as('industrialOwner')))).toBe('FORBIDDEN');
      const foreign = await app.gql(CONVERT, { id: meetingId, needId: '00000000-0000-4000-8000-000000000000' }, as('staff'));
      expect(foreign.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'needId' })]);

      const { convertEventMeetingToMatch } = await app.ok(CONVERT, { id: meetingId, needId: world.needs.public.id }, as('staff'));
      expect(convertEventMeetingToMatch.matchId).toBeTruthy();
      expect((await app.ok(MATCH, { id: convertEventMeetingToMatch.matchId }, as('staff'))).match.status).toBe('SHORTLISTED');
      expect(errorCode(await app.gql(CONVERT, { id: meetingId, needId: world.needs.public.id }, as('staff')))).toBe('CONFLICT');

      // The same pair met again at another event: linked to the existing match, not duplicated.
      const again = await openEvent();
      await register('industrialOwner', again);
      const r = await register('researcherMember', again);
      const m = await requested('industrialOwner', again, r.id);
      await accept('researcherMember', m.id);
      await app.ok(MARK, { id: m.id, attendance: 'HELD' }, as('staff'));
      const linked = (await app.ok(CONVERT, { id: m.id, needId: world.needs.public.id }, as('staff'))).convertEventMeetingToMatch;
      expect(linked.matchId).toBe(convertEventMeetingToMatch.matchId);
      const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM matches WHERE need_id = $1 AND researcher_profile_id = $2', [
        world.needs.public.id,
        world.profiles.researcherMember.id,
      ]);
      expect(count).toBe(1);
      expect((await app.ok(KPIS, { id: again }, as('staff'))).eventKpis.matches).toBe(0);
    });

    it('counts the event', async () => {
      expect((await app.ok(KPIS, { id: eventId }, as('staff'))).eventKpis).toEqual({
        registrations: 3,
        requests: 2,
        accepted: 2,
        declined: 0,
        expired: 0,
        scheduled: 2,
        held: 1,
        noShows: 1,
        matches: 1,
      });
    });

    it('withdrawing cancels the participant’s meetings and tells the other side', async () => {
      const other = await openEvent();
      await register('industrialOwner', other);
      const r = await register('researcherMember', other);
      const m = await requested('industrialOwner', other, r.id);
      await accept('researcherMember', m.id);
      expect((await app.ok(WITHDRAW, { eventId: other }, as('researcherMember'))).withdrawFromEvent).toBe(true);
      const [row] = await app.db.query('SELECT status FROM event_meetings WHERE id = $1', [m.id]);
      expect(row.status).toBe('CANCELLED');
      expect((await app.ok(ONE, { id: other }, as('researcherMember'))).event.myRegistration.status).toBe('WITHDRAWN');
      expect((await app.ok(PARTICIPANTS, { id: other }, as('researcherMember'))).event.participants).toEqual([]);
      expect(errorCode(await app.gql(CANCEL, { id: m.id }, as('industrialOwner')))).toBe('CONFLICT');
    });
  });

  it('turns malformed input into field errors, never an internal error', async () => {
    const results: GraphQLResponse[] = [
      await app.gql(ONE, { id: 'not-a-uuid' }, as('staff')),
      await app.gql(CREATE, { input: input({ meetingMinutes: 2 }) }, as('staff')),
      await app.gql(CREATE, { input: input({ onlineUrl: 'javascript:alert(1)' }) }, as('staff')),
    ];
    for (const result of results) expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
