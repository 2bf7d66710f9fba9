import { registerEnumType } from '@nestjs/graphql';

/** As in the EEN partnering database. */
export enum NeedVisibility {
  /** Any signed-in member. */
  PUBLIC = 'PUBLIC',
  /** Members whose organisation's cluster membership is active. */
  MEMBERS = 'MEMBERS',
  /** The cluster's staff (and the need's own organisation). */
  STAFF_ONLY = 'STAFF_ONLY',
}

export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}

registerEnumType(NeedVisibility, { name: 'NeedVisibility' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
