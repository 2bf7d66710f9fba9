import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { HallBookingStatus } from '../hall/hall.enums';

/**
 * Days of one equipment of the technology hall, asked for by a member (PENDING until staff decide)
 * or booked by staff (APPROVED at once), for a collaboration or not. Who may read which of these
 * fields is hall/hall.policy.ts's rule; the nested fields are in hall/hall-bookings.resolver.ts.
 */
@ObjectType('HallBooking')
@Entity('hall_bookings')
export class HallBooking {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'equipment_id', type: 'uuid' })
  equipmentId: string;

  @Column({ name: 'collaboration_id', type: 'uuid', nullable: true })
  collaborationId: string | null;

  /** The organisation the booking is for (the requester's, or the one staff booked for); null for the cluster's own use. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Field({ description: 'YYYY-MM-DD, first day' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field({ description: 'What the equipment is needed for' })
  @Column({ type: 'text' })
  purpose: string;

  @Field(() => HallBookingStatus)
  @Column({ type: 'varchar', length: 20 })
  status: HallBookingStatus;

  @Field(() => String, { nullable: true, description: 'Why staff refused or cancelled it' })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
