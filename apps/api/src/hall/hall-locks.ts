import { EntityManager, QueryFailedError } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { HallEquipment } from './hall-equipment.entity';

/**
 * Takes the equipment's row lock for the transaction: every change of its bookings and maintenance
 * goes one at a time, so the clash check and the write see the same calendar. (The exclusion
 * constraints on hall_bookings and hall_maintenance hold the rule even without it.)
 */
export async function lockEquipment(manager: EntityManager, id: string, options: { allowArchived?: boolean; field?: string } = { allowArchived: true }): Promise<HallEquipment> {
  const equipment = await manager.getRepository(HallEquipment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!equipment) {
    if (options.field) throw InvalidInputError.field(options.field, 'isUuid');
    throw new NotFoundError('HallEquipment', id);
  }
  if (!options.allowArchived && equipment.archivedAt) throw InvalidInputError.field(options.field ?? 'equipmentId', 'hallEquipmentArchived');
  return equipment;
}

/** Postgres refused a row an exclusion constraint forbids (two bookings of one equipment overlapping). */
export function isExclusionViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01';
}
