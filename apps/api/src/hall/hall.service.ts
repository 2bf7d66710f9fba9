import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { isUniqueViolation } from '../database/unique-violation';
import { EquipmentInput, MaintenanceInput } from './dto/hall.input';
import { assertDays, dayCount } from './hall-days';
import { HallEquipment } from './hall-equipment.entity';
import { HallMaintenance } from './hall-maintenance.entity';
import { HallBookingStatus } from './hall.enums';
import { HallOccupancy } from './hall.models';
import { hallPolicy } from './hall.policy';
import { isExclusionViolation, lockEquipment } from './hall-locks';

/** Longest period hallOccupancy answers for (about three years). */
const MAX_OCCUPANCY_DAYS = 1100;

/** The technology hall's catalogue: equipment, maintenance periods, and occupancy figures. */
@Injectable()
export class HallService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  catalogue(viewer: Viewer, includeArchived: boolean): Promise<HallEquipment[]> {
    const archived = includeArchived && hallPolicy.seesArchived(viewer);
    return this.db.getRepository(HallEquipment).find({ where: archived ? {} : { archivedAt: IsNull() }, order: { category: 'ASC', name: 'ASC' } });
  }

  async equipment(id: string): Promise<HallEquipment> {
    const equipment = await this.db.getRepository(HallEquipment).findOneBy({ id });
    if (!equipment) throw new NotFoundError('HallEquipment', id);
    return equipment;
  }

  async create(viewer: Viewer, input: EquipmentInput): Promise<HallEquipment> {
    hallPolicy.assertManagesCatalogue(viewer);
    return this.saveUnique(() => this.db.getRepository(HallEquipment).save({ ...clean(input), createdBy: viewer.id }));
  }

  async update(viewer: Viewer, id: string, input: EquipmentInput): Promise<HallEquipment> {
    hallPolicy.assertManagesCatalogue(viewer);
    const equipment = await this.equipment(id);
    Object.assign(equipment, clean(input));
    return this.saveUnique(() => this.db.getRepository(HallEquipment).save(equipment));
  }

  /** Leaves the catalogue (no new requests); its bookings stay as they are. */
  async archive(viewer: Viewer, id: string): Promise<HallEquipment> {
    hallPolicy.assertManagesCatalogue(viewer);
    const equipment = await this.equipment(id);
    if (!equipment.archivedAt) equipment.archivedAt = new Date();
    return this.db.getRepository(HallEquipment).save(equipment);
  }

  /** Maintenance days: refused over days a booking or a request already holds. */
  async addMaintenance(viewer: Viewer, equipmentId: string, input: MaintenanceInput): Promise<HallMaintenance> {
    hallPolicy.assertManagesCatalogue(viewer);
    assertDays(input, { maxDays: 366 });
    try {
      return await this.db.transaction(async (manager) => {
        const equipment = await lockEquipment(manager, equipmentId);
        const [clash]: { startsOn: string; endsOn: string }[] = await manager.query(
          `SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM hall_bookings
            WHERE equipment_id = $1 AND status = ANY($2::varchar[]) AND starts_on <= $4 AND ends_on >= $3 ORDER BY starts_on LIMIT 1`,
          [equipmentId, [HallBookingStatus.PENDING, HallBookingStatus.APPROVED], input.startsOn, input.endsOn],
        );
        if (clash) throw InvalidInputError.field('startsOn', 'hallMaintenanceOverBooking', { equipment: equipment.name, from: clash.startsOn, to: clash.endsOn });
        const [other]: { startsOn: string; endsOn: string }[] = await manager.query(
          `SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM hall_maintenance
            WHERE equipment_id = $1 AND starts_on <= $3 AND ends_on >= $2 ORDER BY starts_on LIMIT 1`,
          [equipmentId, input.startsOn, input.endsOn],
        );
        if (other) throw InvalidInputError.field('startsOn', 'hallMaintenanceClash', { equipment: equipment.name, from: other.startsOn, to: other.endsOn });
        return manager.getRepository(HallMaintenance).save({ equipmentId, startsOn: input.startsOn, endsOn: input.endsOn, note: input.note?.trim() || null, createdBy: viewer.id });
      });
    } catch (error) {
      if (isExclusionViolation(error)) throw InvalidInputError.field('startsOn', 'periodOrder');
      throw error;
    }
  }

  async removeMaintenance(viewer: Viewer, id: string): Promise<boolean> {
    hallPolicy.assertManagesCatalogue(viewer);
    const result = await this.db.getRepository(HallMaintenance).delete({ id });
    if (!result.affected) throw new NotFoundError('HallMaintenance', id);
    return true;
  }

  /** Maintenance periods that end on or after `from` (every signed-in person may read them). */
  maintenance(equipmentId: string, from: string, to: string | null): Promise<HallMaintenance[]> {
    return this.db.query(
      `SELECT id, equipment_id AS "equipmentId", starts_on::text AS "startsOn", ends_on::text AS "endsOn", note, created_by AS "createdBy", created_at AS "createdAt"
         FROM hall_maintenance WHERE equipment_id = $1 AND ends_on >= $2 AND ($3::date IS NULL OR starts_on <= $3) ORDER BY starts_on`,
      [equipmentId, from, to],
    );
  }

  /**
   * Staff: per equipment and month of [from, to], the days held by APPROVED bookings over the days
   * outside maintenance. Equipment archived before the period and never booked in it is left out.
   */
  async occupancy(viewer: Viewer, from: string, to: string): Promise<HallOccupancy[]> {
    hallPolicy.assertDecides(viewer);
    assertDays({ startsOn: from, endsOn: to }, { allowPast: true, maxDays: MAX_OCCUPANCY_DAYS });
    const rows: { equipmentId: string; equipmentName: string; month: string; bookedDays: number; availableDays: number }[] = await this.db.query(
      `WITH days AS (SELECT d::date AS day FROM generate_series($1::date, $2::date, interval '1 day') d),
            equipment AS (
              SELECT e.id, e.name FROM hall_equipment e
               WHERE e.created_at::date <= $2::date
                 AND (e.archived_at IS NULL OR e.archived_at::date >= $1::date
                      OR EXISTS (SELECT 1 FROM hall_bookings b WHERE b.equipment_id = e.id AND b.status = 'APPROVED' AND b.starts_on <= $2 AND b.ends_on >= $1))),
            marked AS (
              SELECT e.id, e.name, d.day,
                     EXISTS (SELECT 1 FROM hall_maintenance m WHERE m.equipment_id = e.id AND d.day BETWEEN m.starts_on AND m.ends_on) AS maintenance,
                     EXISTS (SELECT 1 FROM hall_bookings b WHERE b.equipment_id = e.id AND b.status = 'APPROVED' AND d.day BETWEEN b.starts_on AND b.ends_on) AS booked
                FROM equipment e CROSS JOIN days d)
       SELECT id AS "equipmentId", name AS "equipmentName", to_char(day, 'YYYY-MM') AS month,
              count(*) FILTER (WHERE booked AND NOT maintenance)::int AS "bookedDays",
              count(*) FILTER (WHERE NOT maintenance)::int AS "availableDays"
         FROM marked GROUP BY id, name, to_char(day, 'YYYY-MM') ORDER BY name, id, month`,
      [from, to],
    );
    return rows.map((row) => ({ ...row, rate: row.availableDays ? Math.round((row.bookedDays / row.availableDays) * 10_000) / 10_000 : 0 }));
  }

  private async saveUnique(save: () => Promise<HallEquipment>): Promise<HallEquipment> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error)) throw InvalidInputError.field('name', 'hallEquipmentNameTaken');
      throw error;
    }
  }
}

function clean(input: EquipmentInput): Partial<HallEquipment> {
  const text = (value: string | null | undefined) => value?.trim() || null;
  return {
    name: input.name.trim(),
    category: input.category,
    description: (input.description ?? '').trim(),
    capacity: text(input.capacity),
    rules: text(input.rules),
    photoUrl: text(input.photoUrl),
    status: input.status,
  };
}

export { dayCount };
