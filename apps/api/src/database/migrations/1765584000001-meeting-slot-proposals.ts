import { MigrationInterface, QueryRunner } from 'typeorm';

/** A side of an accepted brokerage-day meeting may propose another slot; staff apply it (or not). */
export class MeetingSlotProposals1765584000001 implements MigrationInterface {
  name = 'MeetingSlotProposals1765584000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE event_meetings
        ADD COLUMN proposed_slot_id uuid REFERENCES event_slots(id) ON DELETE SET NULL,
        ADD COLUMN proposed_by uuid REFERENCES event_registrations(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE event_meetings DROP COLUMN proposed_by, DROP COLUMN proposed_slot_id');
  }
}
