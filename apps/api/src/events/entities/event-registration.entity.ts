import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LanguageCode } from '../../common/language.enum';
import { ParticipantKind, RegistrationStatus } from '../events.enums';

/** A member's registration to an event (GraphQL: EventParticipant, built by the policy). */
@Entity('event_registrations')
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar' })
  kind: ParticipantKind;

  @Column({ type: 'text' })
  offer: string;

  @Column({ type: 'text' })
  seek: string;

  @Column({ type: 'varchar', array: true })
  languages: LanguageCode[];

  /** Null: available in every slot. */
  @Column({ name: 'available_slot_ids', type: 'uuid', array: true, nullable: true })
  availableSlotIds: string[] | null;

  @Column({ type: 'varchar' })
  status: RegistrationStatus;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
