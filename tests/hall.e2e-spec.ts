import { HallBooking } from '../apps/api/src/brokering/hall-booking.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

const CATALOGUE = `query($all: Boolean) { hallCatalogue(includeArchived: $all) { id name category status archivedAt } }`;
const EQUIPMENT = `query($id: ID!) { hallEquipment(id: $id) { id name maintenance { startsOn endsOn note } } }`;
const CREATE = `mutation($input: EquipmentInput!) { createHallEquipment(input: $input) { id name category status capacity } }`;
const UPDATE = `mutation($id: ID!, $input: EquipmentInput!) { updateHallEquipment(id: $id, input: $input) { id name status } }`;
const ARCHIVE = `mutation($id: ID!) { archiveHallEquipment(id: $id) { id archivedAt } }`;
const MAINTENANCE = `mutation($id: ID!, $input: MaintenanceInput!) { addHallMaintenance(equipmentId: $id, input: $input) { id startsOn endsOn } }`;
const BOOKING_FIELDS = 'id status startsOn endsOn purpose decisionReason requesterName organisationName collaborationId collaborationTitle mayCancel equipment { id name }';
const REQUEST = `mutation($input: HallBookingRequestInput!) { requestHallBooking(input: $input) { ${BOOKING_FIELDS} } }`;
const APPROVE = `mutation($id: ID!) { approveHallBooking(id: $id) { id status } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseHallBooking(id: $id, reason: $reason) { id status decisionReason } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelHallBooking(id: $id, reason: $reason) }`;
const MOVE = `mutation($id: ID!, $input: DaysInput!) { moveHallBooking(id: $id, input: $input) { id startsOn endsOn status } }`;
const LIST = `query($filter: HallBookingFilter) { hallBookings(filter: $filter, first: 100) { totalCount items { ${BOOKING_FIELDS} } } }`;
const ONE = `query($id: ID!) { hallBooking(id: $id) { ${BOOKING_FIELDS} } }`;
const CALENDAR = `query($id: ID!, $from: String!, $to: String!) {
  hallEquipment(id: $id) { calendar(from: $from, to: $to) { kind startsOn endsOn note booking { id purpose requesterName organisationName } } }
}`;
const OCCUPANCY = `query($from: String!, $to: String!) { hallOccupancy(from: $from, to: $to) { equipmentId equipmentName month bookedDays availableDays rate } }`;

/** A day `offset` days from today, YYYY-MM-DD (requests may not start in the past). */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const fields = (result: GraphQLResponse) => result.errors?.[0]?.extensions.fields as { field: string; reason: string }[] | undefined;

describe('the technology hall', () => {
  let app: TestApp;
  let world: World;
  let press: string;
  let dryer: string;
  let counter = 0;

  const as = (viewer: ViewerName, language?: string) => ({ token: world.tokens[viewer], ...(language ? { language } : {}) });
  const members: ViewerName[] = ['industrialOwner', 'industrialMember', 'researcherMember', 'researcherLapsed'];
  const equipmentInput = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    category: 'EXTRACTION',
    description: 'Presse à vis en inox',
    capacity: '40 kg par heure',
    rules: 'Nettoyage en fin de journée',
    status: 'AVAILABLE',
    ...extra,
  });
  const newEquipment = async (name: string) => (await app.ok(CREATE, { input: equipmentInput(name) }, as('staff'))).createHallEquipment.id as string;
  const request = (viewer: ViewerName, equipmentId: string, from: number, to: number, extra: Record<string, unknown> = {}) =>
    app.gql(REQUEST, { input: { equipmentId, startsOn: day(from), endsOn: day(to), purpose: `Essai de pressage n°${++counter}`, ...extra } }, as(viewer));
  const requested = async (viewer: ViewerName, equipmentId: string, from: number, to: number, extra: Record<string, unknown> = {}) => {
    const result = await request(viewer, equipmentId, from, to, extra);
    expect(result.errors).toBeUndefined();
    return result.data!.requestHallBooking as { id: string; status: string; purpose: string };
  };
  const notices = (userId: string, kind: string): Promise<{ params: Record<string, string> }[]> =>
    app.db.query(`SELECT params FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [userId, kind]);

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    press = await newEquipment('Presse à froid');
    dryer = await newEquipment('Atomiseur');
  });
  afterAll(() => app.close());

  describe('the catalogue', () => {
    it('is read by every signed-in person, and by no anonymous one', async () => {
      expect(errorCode(await app.gql(CATALOGUE))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.gql(EQUIPMENT, { id: press }))).toBe('UNAUTHENTICATED');
      for (const viewer of [...members, 'staff', 'admin'] as ViewerName[]) {
        const names = (await app.ok(CATALOGUE, {}, as(viewer))).hallCatalogue.map((e: { name: string }) => e.name);
        expect([viewer, names]).toEqual([viewer, expect.arrayContaining(['Presse à froid', 'Atomiseur'])]);
        expect((await app.ok(EQUIPMENT, { id: press }, as(viewer))).hallEquipment.name).toBe('Presse à froid');
      }
    });

    it('is kept by staff and admins only: members cannot create, edit or archive', async () => {
      for (const viewer of members) {
        expect([viewer, errorCode(await app.gql(CREATE, { input: equipmentInput(`Intrus ${viewer}`) }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
        expect([viewer, errorCode(await app.gql(UPDATE, { id: press, input: equipmentInput('Renommée') }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
        expect([viewer, errorCode(await app.gql(ARCHIVE, { id: press }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
        expect([viewer, errorCode(await app.gql(MAINTENANCE, { id: press, input: { startsOn: day(200), endsOn: day(201) } }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
      }
      expect(errorCode(await app.gql(CREATE, { input: equipmentInput('Anonyme') }))).toBe('UNAUTHENTICATED');
      expect((await app.db.query(`SELECT count(*)::int AS n FROM hall_equipment WHERE name LIKE 'Intrus%' OR name = 'Renommée'`))[0].n).toBe(0);

      const created = (await app.ok(CREATE, { input: equipmentInput('Réacteur d’émulsion', { category: 'FORMULATION', capacity: '50 L par lot' }) }, as('admin'))).createHallEquipment;
      expect(created).toMatchObject({ name: 'Réacteur d’émulsion', category: 'FORMULATION', status: 'AVAILABLE', capacity: '50 L par lot' });
      const edited = await app.ok(UPDATE, { id: created.id, input: equipmentInput('Réacteur d’émulsion 50 L', { status: 'UNDER_MAINTENANCE' }) }, as('staff'));
      expect(edited.updateHallEquipment).toMatchObject({ name: 'Réacteur d’émulsion 50 L', status: 'UNDER_MAINTENANCE' });
      await app.ok(ARCHIVE, { id: created.id }, as('staff'));
      const memberView = (await app.ok(CATALOGUE, { all: true }, as('industrialOwner'))).hallCatalogue.map((e: { id: string }) => e.id);
      expect(memberView).not.toContain(created.id);
      const staffView = (await app.ok(CATALOGUE, { all: true }, as('staff'))).hallCatalogue.map((e: { id: string }) => e.id);
      expect(staffView).toContain(created.id);
      expect(fields(await request('industrialOwner', created.id, 30, 31))).toEqual([{ field: 'equipmentId', reason: 'cet équipement ne figure plus au catalogue' }]);
    });

    it('refuses bad input field by field, and a name already in the catalogue', async () => {
      const bad = await app.gql(CREATE, { input: equipmentInput('P', { photoUrl: 'javascript:alert(1)' }) }, as('staff'));
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad)!.map((f) => f.field).sort()).toEqual(['name', 'photoUrl']);
      const duplicate = await app.gql(CREATE, { input: equipmentInput('presse À FROID') }, as('staff'));
      expect(fields(duplicate)).toEqual([{ field: 'name', reason: 'un équipement du catalogue porte déjà ce nom' }]);
      expect(errorCode(await app.gql(UPDATE, { id: 'not-an-id', input: equipmentInput('Presse') }, as('staff')))).toBe('BAD_USER_INPUT');
    });
  });

  describe('booking requests', () => {
    it('a member asks, staff are told, others see the days only, staff approve and the requester is told', async () => {
      const asked = await requested('industrialOwner', press, 10, 12);
      expect(asked).toMatchObject({ status: 'PENDING', requesterName: 'Test owner', organisationName: 'Coopérative Tifawt Argan', mayCancel: true, equipment: { name: 'Presse à froid' } });
      for (const staff of ['staff', 'admin'] as const) {
        const told = await notices(world.users[staff].id, 'HALL_BOOKING_REQUESTED');
        expect(told.map((n) => n.params)).toContainEqual(expect.objectContaining({ equipmentName: 'Presse à froid', startsOn: day(10), requesterName: 'Test owner' }));
      }

      // Someone else's request: not in their list, not readable alone, on the calendar as days only.
      for (const viewer of ['industrialMember', 'researcherMember', 'researcherLapsed'] as ViewerName[]) {
        const list = (await app.ok(LIST, {}, as(viewer))).hallBookings.items.map((b: { id: string }) => b.id);
        expect([viewer, list]).toEqual([viewer, expect.not.arrayContaining([asked.id])]);
        expect([viewer, errorCode(await app.gql(ONE, { id: asked.id }, as(viewer)))]).toEqual([viewer, 'NOT_FOUND']);
        const calendar = await app.gql(CALENDAR, { id: press, from: day(0), to: day(40) }, as(viewer));
        expect(calendar.data!.hallEquipment.calendar).toContainEqual({ kind: 'PENDING', startsOn: day(10), endsOn: day(12), note: null, booking: null });
        expect(JSON.stringify(calendar)).not.toContain(asked.purpose);
      }
      const own = await app.ok(CALENDAR, { id: press, from: day(0), to: day(40) }, as('industrialOwner'));
      expect(own.hallEquipment.calendar).toContainEqual(expect.objectContaining({ kind: 'PENDING', booking: expect.objectContaining({ id: asked.id, purpose: asked.purpose }) }));
      for (const staff of ['staff', 'admin'] as ViewerName[]) {
        expect((await app.ok(LIST, {}, as(staff))).hallBookings.items.map((b: { id: string }) => b.id)).toContain(asked.id);
        expect((await app.ok(ONE, { id: asked.id }, as(staff))).hallBooking.purpose).toBe(asked.purpose);
      }
      expect((await app.ok(ONE, { id: asked.id }, as('industrialOwner'))).hallBooking.purpose).toBe(asked.purpose);
      expect(errorCode(await app.gql(LIST))).toBe('UNAUTHENTICATED');

      for (const viewer of members) expect([viewer, errorCode(await app.gql(APPROVE, { id: asked.id }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
      expect((await app.ok(APPROVE, { id: asked.id }, as('staff'))).approveHallBooking.status).toBe('APPROVED');
      expect(fields(await app.gql(APPROVE, { id: asked.id }, as('staff')))).toEqual([{ field: 'id', reason: 'cette demande a déjà été traitée' }]);
      const approved = await notices(world.users.industrialOwner.id, 'HALL_BOOKING_APPROVED');
      expect(approved.map((n) => n.params)).toContainEqual({ equipmentName: 'Presse à froid', startsOn: day(10), endsOn: day(12) });
      const [mail] = await app.db.query(`SELECT language, subject FROM email_outbox WHERE to_address = $1 AND subject LIKE 'Réservation acceptée%'`, [world.users.industrialOwner.email]);
      expect(mail).toMatchObject({ language: 'fr' });
      const calendar = await app.ok(CALENDAR, { id: press, from: day(0), to: day(40) }, as('researcherMember'));
      expect(calendar.hallEquipment.calendar).toContainEqual({ kind: 'APPROVED', startsOn: day(10), endsOn: day(12), note: null, booking: null });
    });

    it('refuses a request that overlaps a booking or another pending request, naming the days, in the caller’s language', async () => {
      await requested('industrialOwner', dryer, 50, 54);
      const french = await request('researcherMember', dryer, 54, 56);
      expect(errorCode(french)).toBe('BAD_USER_INPUT');
      expect(fields(french)).toEqual([{ field: 'startsOn', reason: `« Atomiseur » est déjà réservé ou demandé du ${day(50)} au ${day(54)} : choisissez d’autres jours` }]);
      await app.db.query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [world.users.industrialMember.id]);
      const english = await app.gql(REQUEST, { input: { equipmentId: dryer, startsOn: day(48), endsOn: day(50), purpose: 'Spray-drying trial' } }, as('industrialMember'));
      await app.db.query(`UPDATE users SET preferred_language = 'ar' WHERE id = $1`, [world.users.industrialMember.id]);
      const arabic = await app.gql(REQUEST, { input: { equipmentId: dryer, startsOn: day(52), endsOn: day(52), purpose: 'تجربة تجفيف' } }, as('industrialMember'));
      await app.db.query(`UPDATE users SET preferred_language = 'fr' WHERE id = $1`, [world.users.industrialMember.id]);
      expect(fields(english)).toEqual([{ field: 'startsOn', reason: `“Atomiseur” is already booked or requested from ${day(50)} to ${day(54)}: choose other days` }]);
      expect(fields(arabic)).toEqual([{ field: 'startsOn', reason: `«Atomiseur» محجوز أو مطلوب من قبل من ${day(50)} إلى ${day(54)}: اختاروا أياما أخرى` }]);
      // Staff booking directly meets the same rule; other days and other equipment are free.
      expect(fields(await request('staff', dryer, 51, 51))![0].field).toBe('startsOn');
      expect((await requested('staff', dryer, 55, 56)).status).toBe('APPROVED');
      expect((await requested('researcherMember', press, 50, 54)).status).toBe('PENDING');
    });

    it('lets exactly one of two simultaneous requests for the same days through', async () => {
      const equipment = await newEquipment('Lyophilisateur pilote');
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all([
          request('industrialOwner', equipment, 60 + round * 10, 63 + round * 10),
          request('researcherMember', equipment, 62 + round * 10, 64 + round * 10),
          request('industrialMember', equipment, 62 + round * 10, 62 + round * 10), // all three hold day 62 (+10 per round)
        ]);
        const won = results.filter((r) => !r.errors);
        const lost = results.filter((r) => r.errors);
        expect(won).toHaveLength(1);
        expect(lost.map(errorCode)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
        for (const result of lost) expect(fields(result)![0].reason).toMatch(/est déjà réservé ou demandé du \d{4}-\d{2}-\d{2} au \d{4}-\d{2}-\d{2}/);
      }
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM hall_bookings WHERE equipment_id = $1`, [equipment]);
      expect(n).toBe(3);
    });

    it('holds the rule in Postgres too: an overlapping row is refused by the exclusion constraint', async () => {
      const [existing] = await app.db.getRepository(HallBooking).findBy({ equipmentId: dryer });
      await expect(
        app.db.query(
          `INSERT INTO hall_bookings (equipment_id, requested_by, starts_on, ends_on, purpose, status) VALUES ($1, $2, $3, $3, 'bypass', 'PENDING')`,
          [dryer, world.users.staff.id, existing.startsOn],
        ),
      ).rejects.toThrow(/hall_bookings_no_overlap/);
    });

    it('blocks maintenance days, and refuses maintenance over days a booking holds', async () => {
      const equipment = await newEquipment('Unité de distillation');
      const period = await app.ok(MAINTENANCE, { id: equipment, input: { startsOn: day(20), endsOn: day(25), note: 'Détartrage' } }, as('staff'));
      expect(period.addHallMaintenance).toMatchObject({ startsOn: day(20), endsOn: day(25) });
      const blocked = await request('industrialOwner', equipment, 24, 27);
      expect(fields(blocked)).toEqual([{ field: 'startsOn', reason: `« Unité de distillation » est en maintenance du ${day(20)} au ${day(25)} : choisissez d’autres jours` }]);
      expect(fields(await request('staff', equipment, 19, 20))![0].reason).toContain('en maintenance');
      const booked = await requested('staff', equipment, 30, 31);
      const over = await app.gql(MAINTENANCE, { id: equipment, input: { startsOn: day(29), endsOn: day(30) } }, as('staff'));
      expect(fields(over)![0]).toEqual({ field: 'startsOn', reason: `une réservation ou une demande occupe déjà « Unité de distillation » du ${day(30)} au ${day(31)} : déplacez-la, refusez-la ou annulez-la d’abord` });
      const read = await app.ok(EQUIPMENT, { id: equipment }, as('researcherMember'));
      expect(read.hallEquipment.maintenance).toEqual([{ startsOn: day(20), endsOn: day(25), note: 'Détartrage' }]);
      const calendar = await app.ok(CALENDAR, { id: equipment, from: day(0), to: day(40) }, as('industrialMember'));
      expect(calendar.hallEquipment.calendar.map((e: { kind: string }) => e.kind)).toEqual(['MAINTENANCE', 'APPROVED']);
      expect(booked.status).toBe('APPROVED');
    });

    it('refuses with a reason, told to the requester; a refused request frees its days', async () => {
      const equipment = await newEquipment('Extrudeuse bi-vis');
      const asked = await requested('researcherMember', equipment, 40, 41);
      expect(fields(await app.gql(REFUSE, { id: asked.id, reason: '' }, as('staff')))![0].field).toBe('reason');
      expect(errorCode(await app.gql(REFUSE, { id: asked.id, reason: 'Non' }, as('researcherMember')))).toBe('FORBIDDEN');
      await app.db.query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [world.users.researcherMember.id]);
      const refused = await app.ok(REFUSE, { id: asked.id, reason: 'Ligne réservée à une formation ce jour-là' }, as('staff'));
      await app.db.query(`UPDATE users SET preferred_language = 'fr' WHERE id = $1`, [world.users.researcherMember.id]);
      const [mail] = await app.db.query(`SELECT language, subject, text FROM email_outbox WHERE to_address = $1 AND subject LIKE 'Booking refused%'`, [world.users.researcherMember.email]);
      expect(mail).toMatchObject({ language: 'en', subject: 'Booking refused: Extrudeuse bi-vis' });
      expect(mail.text).toContain('Reason: “Ligne réservée à une formation ce jour-là”');
      expect(refused.refuseHallBooking).toMatchObject({ status: 'REFUSED', decisionReason: 'Ligne réservée à une formation ce jour-là' });
      expect((await notices(world.users.researcherMember.id, 'HALL_BOOKING_REFUSED')).map((n) => n.params)).toContainEqual(
        expect.objectContaining({ equipmentName: 'Extrudeuse bi-vis', reason: 'Ligne réservée à une formation ce jour-là' }),
      );
      expect((await requested('industrialOwner', equipment, 40, 41)).status).toBe('PENDING');
    });

    it('cancels: the requester their own, staff any (the requester is told); nobody else', async () => {
      const equipment = await newEquipment('Ligne de conditionnement');
      const own = await requested('industrialOwner', equipment, 15, 15);
      for (const viewer of ['industrialMember', 'researcherMember', 'researcherLapsed'] as ViewerName[]) {
        expect([viewer, errorCode(await app.gql(CANCEL, { id: own.id }, as(viewer)))]).toEqual([viewer, 'NOT_FOUND']);
      }
      expect(errorCode(await app.gql(CANCEL, { id: own.id }))).toBe('UNAUTHENTICATED');
      expect((await app.ok(CANCEL, { id: own.id }, as('industrialOwner'))).cancelHallBooking).toBe(true);
      expect((await app.ok(ONE, { id: own.id }, as('industrialOwner'))).hallBooking).toMatchObject({ status: 'CANCELLED', mayCancel: false });
      expect(fields(await app.gql(CANCEL, { id: own.id }, as('staff')))).toEqual([{ field: 'id', reason: 'cette réservation est refusée ou annulée' }]);
      expect(await notices(world.users.industrialOwner.id, 'HALL_BOOKING_CANCELLED')).toEqual([]);

      const other = await requested('industrialOwner', equipment, 15, 16);
      await app.ok(APPROVE, { id: other.id }, as('staff'));
      await app.ok(CANCEL, { id: other.id, reason: 'Panne de la thermoformeuse' }, as('staff'));
      expect((await notices(world.users.industrialOwner.id, 'HALL_BOOKING_CANCELLED')).map((n) => n.params)).toEqual([
        { equipmentName: 'Ligne de conditionnement', startsOn: day(15), endsOn: day(16), reason: 'Panne de la thermoformeuse' },
      ]);
      expect((await requested('researcherMember', equipment, 15, 16)).status).toBe('PENDING');
    });

    it('moves a booking onto free days only (staff), and tells the requester', async () => {
      const equipment = await newEquipment('Chromatographe HPLC');
      const first = await requested('industrialOwner', equipment, 70, 71);
      await app.ok(APPROVE, { id: first.id }, as('staff'));
      await requested('researcherMember', equipment, 75, 76);
      for (const viewer of members) expect([viewer, errorCode(await app.gql(MOVE, { id: first.id, input: { startsOn: day(80), endsOn: day(81) } }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
      const clash = await app.gql(MOVE, { id: first.id, input: { startsOn: day(74), endsOn: day(75) } }, as('staff'));
      expect(fields(clash)).toEqual([{ field: 'startsOn', reason: `« Chromatographe HPLC » est déjà réservé ou demandé du ${day(75)} au ${day(76)} : choisissez d’autres jours` }]);
      // Onto days it partly holds itself: fine.
      const moved = await app.ok(MOVE, { id: first.id, input: { startsOn: day(71), endsOn: day(73) } }, as('staff'));
      expect(moved.moveHallBooking).toMatchObject({ startsOn: day(71), endsOn: day(73), status: 'APPROVED' });
      expect((await notices(world.users.industrialOwner.id, 'HALL_BOOKING_MOVED')).map((n) => n.params)).toEqual([
        { equipmentName: 'Chromatographe HPLC', startsOn: day(71), endsOn: day(73), previousStartsOn: day(70), previousEndsOn: day(71) },
      ]);
      expect((await requested('researcherMember', equipment, 70, 70)).status).toBe('PENDING');
    });

    it('refuses bad days and bad ids as BAD_USER_INPUT on their field', async () => {
      expect(fields(await request('industrialOwner', press, -2, 1))).toEqual([{ field: 'startsOn', reason: 'ne peut pas être un jour passé' }]);
      expect(fields(await request('industrialOwner', press, 90, 88))![0]).toEqual({ field: 'endsOn', reason: 'la fin doit suivre ou égaler le début' });
      expect(fields(await request('industrialOwner', press, 100, 300))![0]).toEqual({ field: 'endsOn', reason: 'au plus 92 jours' });
      const badDate = await app.gql(REQUEST, { input: { equipmentId: press, startsOn: '2027-02-30', endsOn: '2027-03-01', purpose: 'Essai de pressage' } }, as('industrialOwner'));
      expect(fields(badDate)![0].field).toBe('startsOn');
      const unknown = await request('industrialOwner', '00000000-0000-4000-8000-000000000000', 100, 101);
      expect(fields(unknown)![0].field).toBe('equipmentId');
      expect(fields(await request('industrialOwner', press, 100, 101, { purpose: 'x' }))![0].field).toBe('purpose');
      expect(fields(await request('industrialOwner', press, 100, 101, { organisationId: world.organisations.member.id }))).toEqual([
        { field: 'organisationId', reason: 'réservé à l’équipe du cluster' },
      ]);
      expect(errorCode(await app.gql(APPROVE, { id: 'nope' }, as('staff')))).toBe('BAD_USER_INPUT');
      expect(errorCode(await app.gql(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, as('staff')))).toBe('NOT_FOUND');
    });
  });

  describe('collaborations', () => {
    const START = `mutation($id: ID!, $input: StartCollaborationInput!) {
      startCollaboration(matchId: $id, input: $input) { collaboration { id bookings { id status startsOn equipment { name } purpose } } }
    }`;
    const BOOK = `mutation($id: ID!, $input: HallBookingInput!) { bookTechnologyHall(collaborationId: $id, input: $input) { id status equipment { name } } }`;
    let collaborationId: string;

    beforeAll(async () => {
      const needId = (await need(app.db, world.organisations.owner, world.users.industrialOwner, 'Poudre de figue de Barbarie', NeedVisibility.PUBLIC)).id;
      const match = (await app.ok(`mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`, { input: { needId, researcherProfileId: world.profiles.researcherMember.id } }, as('staff'))).createMatch;
      await app.ok(`mutation($id: ID!) { proposeMatch(id: $id) { id } }`, { id: match.id }, as('staff'));
      const answer = `mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { status } }`;
      await app.ok(answer, { id: match.id }, as('industrialOwner'));
      await app.ok(answer, { id: match.id }, as('researcherMember'));
      const cold = await newEquipment('Presse hydraulique');
      const clash = await app.gql(START, { id: match.id, input: { title: 'Atomisation de figue', startDate: day(1), booking: { startsOn: day(10), endsOn: day(11), equipmentIds: [press, cold] } } }, as('staff'));
      expect(fields(clash)![0].field).toBe('booking.startsOn'); // the press is held on those days; nothing was started
      const started = await app.ok(START, { id: match.id, input: { title: 'Atomisation de figue', startDate: day(1), booking: { startsOn: day(120), endsOn: day(121), equipmentIds: [press, cold] } } }, as('staff'));
      collaborationId = started.startCollaboration.collaboration.id;
      expect(started.startCollaboration.collaboration.bookings.map((b: { equipment: { name: string } }) => b.equipment.name).sort()).toEqual(['Presse hydraulique', 'Presse à froid']);
      expect(started.startCollaboration.collaboration.bookings[0]).toMatchObject({ status: 'APPROVED', purpose: 'Atomisation de figue' });
    });

    it('books more hall time for a collaboration (staff), shown to its parties', async () => {
      const booked = await app.ok(BOOK, { id: collaborationId, input: { startsOn: day(130), endsOn: day(130), equipmentIds: [dryer], note: 'Séchage du jus concentré' } }, as('staff'));
      expect(booked.bookTechnologyHall).toEqual([{ id: expect.any(String), status: 'APPROVED', equipment: { name: 'Atomiseur' } }]);
      expect(errorCode(await app.gql(BOOK, { id: collaborationId, input: { startsOn: day(140), endsOn: day(140), equipmentIds: [dryer] } }, as('industrialOwner')))).toBe('FORBIDDEN');
      const COLLABORATION = `query($id: ID!) { collaboration(id: $id) { bookings { purpose equipment { name } } } }`;
      for (const party of ['industrialOwner', 'researcherMember'] as ViewerName[]) {
        expect((await app.ok(COLLABORATION, { id: collaborationId }, as(party))).collaboration.bookings).toHaveLength(3);
      }
      expect(errorCode(await app.gql(COLLABORATION, { id: collaborationId }, as('industrialMember')))).toBe('NOT_FOUND');
    });

    it('lets a party ask for hall time for their collaboration, and nobody else', async () => {
      const linked = await requested('researcherMember', dryer, 131, 132, { collaborationId });
      expect(linked).toMatchObject({ collaborationId, collaborationTitle: 'Atomisation de figue', status: 'PENDING' });
      const outsider = await request('industrialMember', dryer, 133, 134, { collaborationId });
      expect(fields(outsider)).toEqual([{ field: 'collaborationId', reason: 'vous ne participez pas à cette collaboration' }]);
    });
  });

  describe('occupancy', () => {
    it('gives staff, per equipment and month, approved days over days outside maintenance', async () => {
      const equipment = await newEquipment('Broyeur à marteaux');
      // A whole future month: maintenance on its 1st–5th, an approved booking on its 10th–12th, a pending one on its 20th.
      const start = new Date(Date.now() + 100 * 86_400_000);
      const month = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 2).padStart(2, '0')}`;
      const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
      const ym = next.toISOString().slice(0, 7);
      const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
      await app.ok(MAINTENANCE, { id: equipment, input: { startsOn: `${ym}-01`, endsOn: `${ym}-05` } }, as('staff'));
      await app.ok(REQUEST, { input: { equipmentId: equipment, startsOn: `${ym}-10`, endsOn: `${ym}-12`, purpose: 'Broyage de tourteau' } }, as('staff'));
      await app.ok(REQUEST, { input: { equipmentId: equipment, startsOn: `${ym}-20`, endsOn: `${ym}-20`, purpose: 'Broyage de feuilles' } }, as('industrialOwner'));
      const figures = (await app.ok(OCCUPANCY, { from: `${ym}-01`, to: `${ym}-${last}` }, as('staff'))).hallOccupancy;
      const row = figures.find((f: { equipmentId: string }) => f.equipmentId === equipment);
      expect(row).toEqual({ equipmentId: equipment, equipmentName: 'Broyeur à marteaux', month: ym, bookedDays: 3, availableDays: last - 5, rate: Math.round((3 / (last - 5)) * 10_000) / 10_000 });
      expect(month).toBeDefined();
      for (const viewer of members) expect([viewer, errorCode(await app.gql(OCCUPANCY, { from: `${ym}-01`, to: `${ym}-10` }, as(viewer)))]).toEqual([viewer, 'FORBIDDEN']);
      expect(errorCode(await app.gql(OCCUPANCY, { from: `${ym}-01`, to: `${ym}-10` }))).toBe('UNAUTHENTICATED');
      expect(fields(await app.gql(OCCUPANCY, { from: '2026-05-01', to: '2026-04-01' }, as('staff')))![0].field).toBe('endsOn');
      expect(fields(await app.gql(OCCUPANCY, { from: '2020-01-01', to: '2026-04-01' }, as('staff')))![0].reason).toBe('au plus 1100 jours');
      expect(errorCode(await app.gql(OCCUPANCY, { from: 'janvier', to: '2026-04-01' }, as('staff')))).toBe('BAD_USER_INPUT');
    });
  });
});
