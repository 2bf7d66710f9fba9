import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A block of meetings (morning, afternoon); its slots are generated from the event's meeting length and the break. */
@ObjectType('EventSession')
@Entity('event_sessions')
export class EventSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Field()
  @Column({ type: 'varchar' })
  name: string;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => Int, { description: 'Minutes between two meetings' })
  @Column({ name: 'break_minutes', type: 'int' })
  breakMinutes: number;
}

@ObjectType('EventSlot')
@Entity('event_slots')
export class EventSlot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Field(() => ID)
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}

@ObjectType('EventTable')
@Entity('event_tables')
export class EventTable {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Field()
  @Column({ type: 'varchar' })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;
}
