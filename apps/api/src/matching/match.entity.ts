import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MatchFeature } from './proposed-match.model';

/** A need–researcher pair kept by staff; the brokering pipeline starts here (SUGGESTED). */
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

  @Field()
  @Column({ type: 'varchar' })
  status: 'SUGGESTED';

  @Field(() => Float)
  @Column({ type: 'double precision' })
  score: number;

  @Field(() => [MatchFeature])
  @Column({ type: 'jsonb' })
  features: MatchFeature[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
