import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EventStatus, MeetingRequestMode } from '../events.enums';

/** A brokerage day. Sessions, tables, registrations and meetings are resolved in events.resolver.ts. */
@ObjectType('BrokerageEvent')
@Entity('events')
export class BrokerageEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar' })
  title: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD (inclusive)' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  venue: string | null;

  @Field()
  @Column({ type: 'boolean' })
  online: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'online_url', type: 'varchar', nullable: true })
  onlineUrl: string | null;

  @Field()
  @Column({ name: 'registration_opens_at', type: 'timestamptz' })
  registrationOpensAt: Date;

  @Field()
  @Column({ name: 'registration_closes_at', type: 'timestamptz' })
  registrationClosesAt: Date;

  @Field(() => Int)
  @Column({ name: 'meeting_minutes', type: 'int' })
  meetingMinutes: number;

  @Field(() => Int, { nullable: true, description: 'Most registrations accepted (none: no limit)' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Field(() => EventStatus)
  @Column({ type: 'varchar' })
  status: EventStatus;

  @Field(() => MeetingRequestMode)
  @Column({ name: 'request_mode', type: 'varchar' })
  requestMode: MeetingRequestMode;

  @Field(() => Date, { nullable: true, description: 'Requests not answered by then expire' })
  @Column({ name: 'requests_expire_at', type: 'timestamptz', nullable: true })
  requestsExpireAt: Date | null;

  @Field(() => Int, { description: 'Most live requests (pending or accepted) a participant may send' })
  @Column({ name: 'max_requests', type: 'int' })
  maxRequests: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
