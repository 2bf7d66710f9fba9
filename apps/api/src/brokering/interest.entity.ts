import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InterestStatus } from './brokering.enums';

/** A researcher's expression of interest in a need; staff turn it into a match or dismiss it. */
@ObjectType()
@Entity('need_interests')
export class Interest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @Column({ name: 'researcher_profile_id', type: 'uuid' })
  researcherProfileId: string;

  @Field()
  @Column({ type: 'text' })
  message: string;

  @Field(() => InterestStatus)
  @Column({ type: 'varchar' })
  status: InterestStatus;

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ name: 'handled_by', type: 'uuid', nullable: true })
  handledBy: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
