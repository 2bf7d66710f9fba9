import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../apps/api/src/database/data-source-options';
import { TechnologyHall1765152000000 } from '../apps/api/src/database/migrations/1765152000000-technology-hall';

/**
 * The technology-hall migration on bookings of the old shape (a collaboration, days, a free-text
 * list of equipment): written with the migrations before it applied, then migrated.
 */
describe('migration 1765152000000: hall bookings onto the equipment catalogue', () => {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `passerelle_hall_migration_${randomBytes(5).toString('hex')}`;
  let db: DataSource;
  const timestamp = (m: { name: string }) => /\d+$/.exec(m.name)![0];
  const before = MIGRATIONS.filter((m) => timestamp(m) < timestamp(TechnologyHall1765152000000));

  const withAdmin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const source = (migrations: unknown[]) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return new DataSource({ type: 'postgres', url: url.toString(), migrations: migrations as never, logging: false });
  };

  beforeAll(async () => {
    await withAdmin(`CREATE DATABASE ${name}`);
    db = source(before);
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await db?.destroy();
    await withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('applies only the migrations before it first', () => {
    expect(before.map(timestamp).every((t) => t < '1765152000000')).toBe(true);
    expect(before.length).toBeGreaterThanOrEqual(8);
  });

  it('turns each old booking into APPROVED bookings of catalogue items, one item per name whatever its case', async () => {
    const one = async <T = Record<string, string>>(sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as T[])[0];
    const org = await one(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status) VALUES ('Coopérative Tifawt', 'COOPERATIVE', '{AGRIFOOD}', 'Tiznit', 'Souss-Massa', 'ACTIVE') RETURNING id`);
    const lab = await one(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status) VALUES ('Labo Agadir', 'RESEARCH_LAB', '{COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE') RETURNING id`);
    const person = (email: string, role: string, organisationId: string | null) =>
      one(`INSERT INTO users (email, password_hash, full_name, role, organisation_id, preferred_language, status) VALUES ($1, 'x', $1, $2, $3, 'fr', 'ACTIVE') RETURNING id`, [email, role, organisationId]);
    const staff = await person('staff@old.test', 'STAFF', null);
    const industrial = await person('ind@old.test', 'INDUSTRIAL', org.id);
    const researcher = await person('res@old.test', 'RESEARCHER', lab.id);
    const profile = await one(`INSERT INTO researcher_profiles (user_id, headline, expertise, availability, trl_min, trl_max) VALUES ($1, 'Chimie', 'Huiles', 'AVAILABLE', 1, 9) RETURNING id`, [researcher.id]);
    const collaboration = async (title: string) => {
      const need = await one(
        `INSERT INTO needs (organisation_id, author_id, title, description, language, sector, trl_current, trl_target, visibility, status) VALUES ($1, $2, $3, 'd', 'fr', 'AGRIFOOD', 3, 6, 'PUBLIC', 'OPEN') RETURNING id`,
        [org.id, industrial.id, title],
      );
      const match = await one(
        `INSERT INTO matches (need_id, researcher_profile_id, status, score, features, created_by, origin) VALUES ($1, $2, 'COLLABORATING', 1, '{}', $3, 'STAFF') RETURNING id`,
        [need.id, profile.id, staff.id],
      );
      return (await one(`INSERT INTO collaborations (match_id, title, start_date, created_by) VALUES ($1, $2, '2026-01-05', $3) RETURNING id`, [match.id, title, staff.id])).id;
    };
    const first = await collaboration('Poudre de figue');
    const second = await collaboration('Huile de pépins');
    const book = (collaborationId: string, from: string, to: string, equipment: string[], note: string | null, createdAt: string) =>
      db.query(`INSERT INTO hall_bookings (collaboration_id, starts_on, ends_on, equipment, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        collaborationId, from, to, equipment, note, staff.id, createdAt,
      ]);
    await book(first, '2026-02-02', '2026-02-04', ['Atomiseur', 'presse à froid'], 'Essais de séchage', '2026-01-10T09:00:00Z');
    await book(second, '2026-02-10', '2026-02-11', ['ATOMISEUR ', 'Lyophilisateur'], null, '2026-01-11T09:00:00Z');
    // Overlapping the first on the same equipment (the old check was in the application only): kept, as CANCELLED.
    await book(second, '2026-02-04', '2026-02-05', ['atomiseur'], 'Doublon', '2026-01-12T09:00:00Z');

    const all = source([...before, TechnologyHall1765152000000]);
    await all.initialize();
    try {
      const applied = await all.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(['TechnologyHall1765152000000']);
      const equipment: { name: string; category: string; status: string }[] = await all.query(`SELECT name, category, status FROM hall_equipment ORDER BY lower(name)`);
      expect(equipment).toEqual([
        { name: 'Atomiseur', category: 'OTHER', status: 'AVAILABLE' },
        { name: 'Lyophilisateur', category: 'OTHER', status: 'AVAILABLE' },
        { name: 'presse à froid', category: 'OTHER', status: 'AVAILABLE' },
      ]);
      const bookings = await all.query(
        `SELECT e.name, b.collaboration_id AS "collaborationId", b.organisation_id AS "organisationId", b.requested_by AS "requestedBy",
                b.starts_on::text AS "startsOn", b.ends_on::text AS "endsOn", b.purpose, b.status
           FROM hall_bookings b JOIN hall_equipment e ON e.id = b.equipment_id ORDER BY b.starts_on, e.name`,
      );
      const common = { organisationId: org.id, requestedBy: staff.id };
      expect(bookings).toEqual([
        { name: 'Atomiseur', collaborationId: first, startsOn: '2026-02-02', endsOn: '2026-02-04', purpose: 'Essais de séchage', status: 'APPROVED', ...common },
        { name: 'presse à froid', collaborationId: first, startsOn: '2026-02-02', endsOn: '2026-02-04', purpose: 'Essais de séchage', status: 'APPROVED', ...common },
        { name: 'Atomiseur', collaborationId: second, startsOn: '2026-02-04', endsOn: '2026-02-05', purpose: 'Doublon', status: 'CANCELLED', ...common },
        { name: 'Atomiseur', collaborationId: second, startsOn: '2026-02-10', endsOn: '2026-02-11', purpose: 'Huile de pépins', status: 'APPROVED', ...common },
        { name: 'Lyophilisateur', collaborationId: second, startsOn: '2026-02-10', endsOn: '2026-02-11', purpose: 'Huile de pépins', status: 'APPROVED', ...common },
      ]);
      expect(await all.query(`SELECT to_regclass('hall_bookings_legacy') AS legacy`)).toEqual([{ legacy: null }]);
      // The new rule holds on migrated rows: an overlapping booking of the same equipment is refused.
      const [atomiseur] = await all.query(`SELECT id FROM hall_equipment WHERE name = 'Atomiseur'`);
      await expect(
        all.query(`INSERT INTO hall_bookings (equipment_id, requested_by, starts_on, ends_on, purpose, status) VALUES ($1, $2, '2026-02-11', '2026-02-12', 'x', 'PENDING')`, [atomiseur.id, staff.id]),
      ).rejects.toThrow(/hall_bookings_no_overlap/);
      // And the hall's notification kinds are allowed.
      await all.query(`INSERT INTO notifications (user_id, kind, params) VALUES ($1, 'HALL_BOOKING_APPROVED', '{}')`, [industrial.id]);

      // Down again: approved bookings of collaborations go back to the old shape.
      await all.query(`DELETE FROM notifications`);
      await all.undoLastMigration({ transaction: 'each' });
      const old = await all.query(`SELECT collaboration_id AS "collaborationId", starts_on::text AS "startsOn", equipment FROM hall_bookings ORDER BY starts_on`);
      expect(old).toEqual([
        { collaborationId: first, startsOn: '2026-02-02', equipment: ['atomiseur', 'presse à froid'] },
        { collaborationId: second, startsOn: '2026-02-10', equipment: ['atomiseur', 'lyophilisateur'] },
      ]);
    } finally {
      await all.destroy();
    }
  });
});
