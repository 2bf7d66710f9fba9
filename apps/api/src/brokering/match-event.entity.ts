import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MatchEventType, MatchStatus } from './brokering.enums';

/** The audit log of the pipeline: one row per transition (or note), never updated. */
@ObjectType()
@Entity('match_events')
export class MatchEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  /** Resolved as `actor` in brokering.resolver.ts. */
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Field(() => MatchEventType)
  @Column({ type: 'varchar' })
  event: MatchEventType;

  @Field(() => MatchStatus, { nullable: true, description: 'Null when the match was created by this event' })
  @Column({ name: 'from_status', type: 'varchar', nullable: true })
  fromStatus: MatchStatus | null;

  @Field(() => MatchStatus)
  @Column({ name: 'to_status', type: 'varchar' })
  toStatus: MatchStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
