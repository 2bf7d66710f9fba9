import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InterestKind, InterestStatus } from './brokering.enums';

/**
 * A request in the staff's queue about one need and one researcher: a researcher's expression of
 * interest, or an industrial's introduction request. Staff turn it into a match or dismiss it.
 */
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

  @Field(() => InterestKind)
  @Column({ type: 'varchar', default: InterestKind.EXPRESSION_OF_INTEREST })
  kind: InterestKind;

  /** Who asked (the researcher, or the industrial or staff member who requested the introduction); resolved as `requestedBy`. */
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedById: string;

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
