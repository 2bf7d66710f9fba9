import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MeetingAttendance, MeetingStatus } from '../events.enums';

/** A meeting request between two registrations; once accepted, a meeting placed in a slot at a table. */
@Entity('event_meetings')
export class EventMeeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'varchar' })
  status: MeetingStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId: string | null;

  @Column({ name: 'table_id', type: 'uuid', nullable: true })
  tableId: string | null;

  /** Placed by staff by hand: the scheduler keeps it there when it can. */
  @Column({ type: 'boolean' })
  pinned: boolean;

  @Column({ name: 'unplaced_reason', type: 'varchar', nullable: true })
  unplacedReason: string | null;

  @Column({ type: 'varchar', nullable: true })
  attendance: MeetingAttendance | null;

  @Column({ name: 'requester_follow_up', type: 'boolean', nullable: true })
  requesterFollowUp: boolean | null;

  @Column({ name: 'recipient_follow_up', type: 'boolean', nullable: true })
  recipientFollowUp: boolean | null;

  /** Another slot a side proposed (staff apply it with a move). */
  @Column({ name: 'proposed_slot_id', type: 'uuid', nullable: true })
  proposedSlotId: string | null;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ name: 'match_created', type: 'boolean' })
  matchCreated: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
