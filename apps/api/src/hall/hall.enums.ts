import { registerEnumType } from '@nestjs/graphql';

/** What a piece of the technology hall is for (an agri-food and cosmetics platform). */
export enum EquipmentCategory {
  PROCESSING = 'PROCESSING',
  EXTRACTION = 'EXTRACTION',
  DRYING = 'DRYING',
  FORMULATION = 'FORMULATION',
  PACKAGING = 'PACKAGING',
  ANALYSIS = 'ANALYSIS',
  OTHER = 'OTHER',
}

export enum EquipmentStatus {
  AVAILABLE = 'AVAILABLE',
  UNDER_MAINTENANCE = 'UNDER_MAINTENANCE',
}

/**
 * PENDING (a member asked) → APPROVED or REFUSED (staff); PENDING or APPROVED → CANCELLED (staff,
 * or the requester). PENDING and APPROVED hold their days: no other booking of the equipment may
 * overlap them (an exclusion constraint in Postgres).
 */
export enum HallBookingStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
}

export const HOLDING_STATUSES = [HallBookingStatus.PENDING, HallBookingStatus.APPROVED];

/** What a span of an equipment's calendar is. */
export enum HallCalendarKind {
  APPROVED = 'APPROVED',
  PENDING = 'PENDING',
  MAINTENANCE = 'MAINTENANCE',
}

registerEnumType(EquipmentCategory, { name: 'EquipmentCategory' });
registerEnumType(EquipmentStatus, {
  name: 'EquipmentStatus',
  valuesMap: { UNDER_MAINTENANCE: { description: 'Out of service until staff set it AVAILABLE again (maintenance periods block given days)' } },
});
registerEnumType(HallBookingStatus, { name: 'HallBookingStatus' });
registerEnumType(HallCalendarKind, { name: 'HallCalendarKind' });
