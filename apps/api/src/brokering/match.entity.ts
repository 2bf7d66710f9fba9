import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MatchFeature } from '../matching/proposed-match.model';
import { DeclineReason, MatchOrigin, MatchOutcome, MatchStatus, SideAnswer } from './brokering.enums';

/**
 * A need–researcher pair in the brokering pipeline. The need, the researcher, each side's
 * answer, the contacts and the timeline are resolved in brokering.resolver.ts, where the
 * viewer's right to see them is checked.
 */
@ObjectType()
@Entity('matches')
export class Match {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @Column({ name: 'researcher_profile_id', type: 'uuid' })
  researcherProfileId: string;

  @Field(() => MatchStatus)
  @Column({ type: 'varchar' })
  status: MatchStatus;

  @Field(() => MatchOrigin)
  @Column({ type: 'varchar' })
  origin: MatchOrigin;

  @Field(() => Float, { nullable: true, description: "The engine's score when it was saved (none for matches made by hand)" })
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Field(() => [MatchFeature])
  @Column({ type: 'jsonb', default: [] })
  features: MatchFeature[];

  /** The staff member who follows this match. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'industrial_answer', type: 'varchar', nullable: true })
  industrialAnswer: SideAnswer | null;

  @Column({ name: 'industrial_reason', type: 'varchar', nullable: true })
  industrialReason: DeclineReason | null;

  @Column({ name: 'industrial_note', type: 'text', nullable: true })
  industrialNote: string | null;

  @Column({ name: 'industrial_answered_at', type: 'timestamptz', nullable: true })
  industrialAnsweredAt: Date | null;

  @Column({ name: 'researcher_answer', type: 'varchar', nullable: true })
  researcherAnswer: SideAnswer | null;

  @Column({ name: 'researcher_reason', type: 'varchar', nullable: true })
  researcherReason: DeclineReason | null;

  @Column({ name: 'researcher_note', type: 'text', nullable: true })
  researcherNote: string | null;

  @Column({ name: 'researcher_answered_at', type: 'timestamptz', nullable: true })
  researcherAnsweredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'introduced_at', type: 'timestamptz', nullable: true })
  introducedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'collaboration_started_at', type: 'timestamptz', nullable: true })
  collaborationStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => MatchOutcome, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  outcome: MatchOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  /** When the status last changed: the pipeline's "age" filter reads it. */
  @Field()
  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Field(() => Int, { description: 'Grows with every change; pass it back as expectedVersion to act only on what you saw' })
  @VersionColumn()
  version: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
